package io.github.commissioning.rules;

import io.github.commissioning.model.Decision;
import io.github.commissioning.model.PersonId;
import java.util.List;
import org.jspecify.annotations.Nullable;

final class ConflictedParticipation extends PerPersonPerDecision {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.CONFLICTED_PARTICIPATION,
      "Conflicted member took part in the discussion", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("Since 2016 the guidance excludes a member with a financial conflict from the "
          + "discussion as well as the vote. The rule reports a conflicted member who took part without voting "
          + "and did not withdraw. A conflicted member who also voted is reported by COI-CONFLICTED-VOTE instead, "
          + "which subsumes this finding. Which conflicts call for exclusion from the discussion is left to the "
          + "chair by the guidance; the rule's line is the project's reading.")
      .remedy("Record the member's withdrawal from the item, or have the chair record why they "
          + "stayed: a member the chair permitted to stay, a recorded mitigation, or a statutory partner member's "
          + "seat makes the finding INFO, with how it was managed as evidence.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("conflicted members are excluded from the discussion as the "
              + "chair decides"))
      .build();

  ConflictedParticipation() {
    super(INFO);
  }

  @Override
  boolean isCandidate(int roles) {
    return (roles & DecisionFacts.Entry.TOOK_PART) != 0
        && (roles & (DecisionFacts.Entry.VOTED | DecisionFacts.Entry.WITHDREW)) == 0;
  }

  @Override
  List<Conflict> relevant(Decision decision, PersonId person, List<Conflict> conflicts) {
    return conflicts;
  }

  @Override
  @Nullable String managed(Analysis analysis, Decision decision, PersonId person) {
    return Facts.managed(analysis, decision, person);
  }

  @Override
  String message(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts) {
    String managed = managed(analysis, decision, person);
    return analysis.name(person) + " took part in the discussion of " + Wording.decisionName(analysis, decision)
        + " while conflicted by " + Wording.summary(analysis, conflicts) + (managed == null
            ? "; the chair should have excluded them from the item"
            : "; the conflict is managed (" + managed + "): keep the record with the minutes");
  }
}
