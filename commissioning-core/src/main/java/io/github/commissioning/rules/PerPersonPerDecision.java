package io.github.commissioning.rules;

import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.PersonId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A rule judging each person taking part in each decision against their conflicts. */
abstract class PerPersonPerDecision extends PerConflictedDecision {
  PerPersonPerDecision(RuleInfo info) {
    super(info);
  }

  /** Whether the rule judges a person the decision records: one with conflicts on it. */
  abstract boolean isCandidate(Decision decision, PersonId person);

  abstract List<Conflict> relevant(Decision decision, PersonId person, List<Conflict> conflicts);

  abstract String message(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts);

  List<String> evidence(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts) {
    return Wording.evidence(analysis, conflicts);
  }

  Severity base() {
    return Severity.ERROR;
  }

  /** How the person's conflict on this decision was managed, if it was; a managed conflict is INFO. */
  @Nullable String managed(Analysis analysis, Decision decision, PersonId person) {
    return null;
  }

  @Override
  void judge(Analysis analysis, Decision decision, DecisionFacts.Entry attendance, List<Finding> findings) {
    for (PersonId person : attendance.withConflicts()) {
      if (!isCandidate(decision, person)) {
        continue;
      }
      List<Conflict> conflicts = relevant(decision, person, attendance.conflictsOf(person));
      if (!conflicts.isEmpty()) {
        String managed = managed(analysis, decision, person);
        Finding.Builder finding = Finding.builder(this).addSubjects(decision.id(), person)
            .severity(managed != null ? Severity.INFO : Wording.strongest(conflicts, base()))
            .period(DateRange.of(decision.date(), decision.date()))
            .message(message(analysis, decision, person, conflicts))
            .addEvidence(evidence(analysis, decision, person, conflicts));
        if (managed != null) {
          finding.addEvidence("managed: " + managed);
        }
        findings.add(finding.build());
      }
    }
  }
}
