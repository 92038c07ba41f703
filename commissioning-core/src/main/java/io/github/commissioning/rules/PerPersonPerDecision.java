package io.github.commissioning.rules;

import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.PersonId;
import java.util.List;
import java.util.SortedSet;

/** A rule judging each person taking part in each decision against their conflicts. */
abstract class PerPersonPerDecision extends PerConflictedDecision {
  PerPersonPerDecision(RuleInfo info) {
    super(info);
  }

  abstract SortedSet<PersonId> candidates(Decision decision);

  abstract List<Conflict> relevant(Decision decision, PersonId person, List<Conflict> conflicts);

  abstract String message(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts);

  List<String> evidence(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts) {
    return Wording.evidence(analysis, conflicts);
  }

  Severity base() {
    return Severity.ERROR;
  }

  @Override
  void judge(Analysis analysis, Decision decision, DecisionFacts.Entry attendance, List<Finding> findings) {
    for (PersonId person : candidates(decision)) {
      List<Conflict> conflicts = relevant(decision, person, attendance.conflictsOf(person));
      if (!conflicts.isEmpty()) {
        findings.add(Finding.builder(this).addSubjects(decision.id(), person)
            .severity(Wording.strongest(conflicts, base()))
            .period(DateRange.of(decision.date(), decision.date()))
            .message(message(analysis, decision, person, conflicts))
            .addEvidence(evidence(analysis, decision, person, conflicts)).build());
      }
    }
  }
}
