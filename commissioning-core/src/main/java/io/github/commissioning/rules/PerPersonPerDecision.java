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

  /**
   * Whether the rule judges a person with conflicts on a decision, given the person's roles in it (the bits of
   * {@link DecisionFacts.Entry#roles}).
   */
  abstract boolean isCandidate(int roles);

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

  /** The roles of {@link DecisionFacts#flags()} that make someone a candidate. */
  @Override
  final int mask() {
    int mask = 0;
    for (int roles = 0; roles < 16; roles++) {
      mask |= isCandidate(roles) ? 1 << roles : 0;
    }
    return mask;
  }

  @Override
  void judge(Analysis analysis, DecisionFacts.Entry attendance, List<Finding> findings) {
    PersonId[] people = attendance.withConflicts();
    for (int k = 0; k < people.length; k++) {
      if (!isCandidate(attendance.roles(k))) {
        continue;
      }
      PersonId person = people[k];
      Decision decision = attendance.decision();
      List<Conflict> conflicts = relevant(decision, person, attendance.conflicts(k));
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
