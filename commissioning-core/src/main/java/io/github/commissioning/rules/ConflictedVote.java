package io.github.commissioning.rules;

import io.github.commissioning.model.Decision;
import io.github.commissioning.model.PersonId;
import java.util.ArrayList;
import java.util.List;

final class ConflictedVote extends PerPersonPerDecision {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.CONFLICTED_VOTE,
      "Conflicted member voted", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("A member with a material interest in an item is excluded from it, or joins the "
          + "discussion without voting, as the chair decides; a conflicted member never votes. Declaring the "
          + "interest does not cure a vote."
          + " The project has not checked the guidance's wording, so the rule is provisional.")
      .remedy("Take the vote again without the conflicted member, recording their withdrawal.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("conflicted members are excluded from decisions on the "
              + "matters they are conflicted on"))
      .build();

  ConflictedVote() {
    super(INFO);
  }

  @Override
  boolean isCandidate(int roles) {
    return (roles & DecisionFacts.Entry.VOTED) != 0;
  }

  @Override
  List<Conflict> relevant(Decision decision, PersonId person, List<Conflict> conflicts) {
    return conflicts;
  }

  @Override
  String message(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts) {
    return analysis.name(person) + " voted on " + Wording.decisionName(analysis, decision) + " while conflicted by "
        + Wording.summary(analysis, conflicts) + "; a conflicted member does not vote: take the vote again without them";
  }

  @Override
  List<String> evidence(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts) {
    List<String> lines = new ArrayList<>(Wording.evidence(analysis, conflicts));
    lines.add("a member who votes also takes part in the discussion: this finding stands for both, and "
        + ConflictRules.CONFLICTED_PARTICIPATION + " is not reported for " + analysis.name(person));
    return lines;
  }
}
