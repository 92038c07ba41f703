package io.github.commissioning.rules;

import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import java.util.List;

final class EscalationMissing extends PerConflictedDecision {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.ESCALATION_MISSING,
      "Most members conflicted and no record of how it was handled", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("When more than half the voting members present are conflicted on an item, the "
          + "chair decides, with the conflicts guardian, whether the item can proceed, and the record says what "
          + "was decided. The rule reports such a decision with no chair's decision, deferral, referral or "
          + "co-option recorded. Exactly half is not more than half. The rule rests on the guidance as recalled, "
          + "not checked.")
      .remedy("Record how the item was handled: the chair's decision, deferral, referral or "
          + "co-option.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("the chair's handling of items on which most members are "
              + "conflicted"))
      .build();

  EscalationMissing() {
    super(INFO);
  }

  @Override
  int mask() {
    return DecisionFacts.Entry.MOSTLY_CONFLICTED;
  }

  @Override
  void judge(Analysis analysis, DecisionFacts.Entry attendance, List<Finding> findings) {
    if (attendance.conflictedCount == 0 || attendance.conflictedCount * 2 <= attendance.presentCount) {
      return;   // the usual case, decided without reading the decision
    }
    Decision decision = attendance.decision();
    if (decision.escalation().isEmpty()) {
      findings.add(Finding.builder(this).addSubjects(decision.id())
          .period(DateRange.of(decision.date(), decision.date()))
          .message(attendance.conflictedCount + " of the " + attendance.presentCount + " voting members present "
              + "at " + Wording.decisionName(analysis, decision) + " were conflicted, more than half, and no chair's "
              + "decision, deferral, referral or co-option is recorded; record how the item was handled")
          .addEvidence("voting members present: " + attendance.present(), "conflicted: " + attendance.conflicted())
          .build());
    }
  }
}
