package io.github.commissioning.rules;

import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.PersonId;
import java.util.List;
import java.util.Optional;

final class ConflictedChair extends PerConflictedDecision {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.CONFLICTED_CHAIR,
      "Conflicted chair chaired the item", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("The chair decides how conflicts are managed, so a conflicted chair hands the "
          + "item to an unconflicted vice-chair or member. The rule reports a chair with a conflict on the item "
          + "who did not withdraw. That the chair must hand over is the project's inference from the chair's role "
          + "in the guidance.")
      .remedy("Record that an unconflicted vice-chair or member chaired the item, or take the "
          + "decision again.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("the chair manages conflicts at meetings"))
      .build();

  ConflictedChair() {
    super(INFO);
  }

  @Override
  int mask() {
    return DecisionFacts.Entry.CHAIR_CONFLICTED;
  }

  @Override
  void judge(Analysis analysis, DecisionFacts.Entry entry, List<Finding> findings) {
    Optional<PersonId> chair = entry.chair;
    if (chair.isEmpty()) {
      return;
    }
    List<Conflict> conflicts = entry.conflictsOf(chair.get());
    if (conflicts.isEmpty()) {
      return;   // the usual case, decided without reading the decision
    }
    Decision decision = entry.decision();
    if (!decision.withdrew().contains(chair.get())) {
      findings.add(Finding.builder(this).addSubjects(decision.id(), chair.get())
          .severity(Wording.strongest(conflicts, Severity.ERROR)).period(DateRange.of(decision.date(), decision.date()))
          .message(analysis.name(chair.get()) + " chaired " + Wording.decisionName(analysis, decision)
              + " while conflicted by " + Wording.summary(analysis, conflicts) + "; an unconflicted vice-chair or member "
              + "should chair the item")
          .addEvidence(Wording.evidence(analysis, conflicts)).build());
    }
  }
}
