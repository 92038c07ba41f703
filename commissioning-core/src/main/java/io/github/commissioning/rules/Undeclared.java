package io.github.commissioning.rules;

import io.github.commissioning.model.Decision;
import io.github.commissioning.model.PersonId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Also the base of {@link Indirect}, which judges interests held through a close associate. */
class Undeclared extends PerPersonPerDecision {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.UNDECLARED,
      "Conflict not declared at the meeting", Severity.ERROR)
      .status(RuleStatus.STABLE)
      .explanation("Interests are declared at the start of a meeting, so that the chair can manage "
          + "them. A member who takes part in a decision that one of their interests reaches (directly, or "
          + "through an organisation the interest's organisation belongs to or has as a member) without declaring "
          + "it leaves a conflict unmanaged, which affects or appears to affect the integrity of the decision. A "
          + "financial interest gives an error; a non-financial one a warning.")
      .remedy("Record the member's declaration at the meeting and how the conflict was managed "
          + "(withdrawal from the item or from the vote), or take the decision again.")
      .sources(Sources.NHS_ACT_14O.supports("conflicts are declared and managed so that they do not "
              + "affect the integrity of decisions"),
          Sources.CONFLICTS_GUIDANCE.supports("interests are declared at the start of meetings and recorded "
              + "in the minutes"))
      .build();

  private final boolean indirect;

  Undeclared() {
    this(INFO, false);
  }

  Undeclared(RuleInfo info, boolean indirect) {
    super(info);
    this.indirect = indirect;
  }

  @Override
  boolean isCandidate(int roles) {
    return DecisionFacts.Entry.isTakingPart(roles) && (roles & DecisionFacts.Entry.DECLARED) == 0;
  }

  @Override
  List<Conflict> relevant(Decision decision, PersonId person, List<Conflict> conflicts) {
    int matching = 0;
    for (Conflict c : conflicts) {
      matching += c.isIndirect() == indirect ? 1 : 0;
    }
    if (matching == conflicts.size()) {
      return conflicts;   // the usual case: all direct, or all indirect
    }
    List<Conflict> relevant = new ArrayList<>(matching);
    for (Conflict c : conflicts) {
      if (c.isIndirect() == indirect) {
        relevant.add(c);
      }
    }
    return Collections.unmodifiableList(relevant);
  }

  @Override
  String message(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts) {
    return analysis.name(person) + " took part in " + Wording.decisionName(analysis, decision) + " without declaring "
        + Wording.summary(analysis, conflicts) + ", which the decision reaches; declare interests at the start of the item "
        + "and record how they were managed";
  }
}
