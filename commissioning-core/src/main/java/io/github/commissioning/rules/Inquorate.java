package io.github.commissioning.rules;

import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.EscalationKind;
import java.util.ArrayList;
import java.util.List;

final class Inquorate extends PerConflictedDecision {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.INQUORATE,
      "Inquorate once conflicted members are excluded", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("A decision needs a quorum of unconflicted voting members. When excluding the "
          + "conflicted leaves too few, the item is deferred, referred to a body that can be quorate, or "
          + "permitted members are co-opted. The rule reports a decision taken inquorate with none of these "
          + "recorded. The escalation path is from the guidance as recalled and has not been checked.")
      .remedy("Defer the item, refer it to a body that can be quorate, or record the co-option of "
          + "permitted members.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("what to do when conflicts leave a meeting inquorate"))
      .build();

  Inquorate() {
    super(INFO);
  }

  @Override
  int mask() {
    return DecisionFacts.Entry.BELOW_QUORUM;
  }

  @Override
  void judge(Analysis analysis, DecisionFacts.Entry attendance, List<Finding> findings) {
    if (attendance.conflictedCount == 0) {
      return;
    }
    // the body from its position: the decision is read only below its quorum
    DecisionBody body = Facts.of(analysis).body(attendance.position);
    if (attendance.remainingCount >= body.quorum()) {
      return;
    }
    Decision decision = attendance.decision();
    if (decision.escalation().map(e -> e == EscalationKind.DEFERRED || e == EscalationKind.REFERRED).orElse(false)) {
      return;
    }
    List<String> conflicted = new ArrayList<>();
    attendance.conflicted().forEach(p -> conflicted.add(analysis.name(p)));
    findings.add(Finding.builder(this).addSubjects(decision.id())
        .period(DateRange.of(decision.date(), decision.date()))
        .message(Wording.capitalised(Wording.decisionName(analysis, decision)) + " stands with " + attendance.remainingCount
            + " unconflicted voting member" + (attendance.remainingCount == 1 ? "" : "s") + ", below its quorum of "
            + body.quorum() + ", once " + Facts.joinAnd(conflicted) + (conflicted.size() == 1 ? " is" : " are")
            + " excluded, and no deferral, referral or "
            + "co-option is recorded; defer it, refer it to a body that can be quorate, or co-opt permitted members")
        .addEvidence("voting members present: " + attendance.present(), "conflicted: " + attendance.conflicted(),
            "unconflicted and co-opted: " + attendance.remaining(), "quorum of " + body.id() + ": " + body.quorum())
        .build());
  }
}
