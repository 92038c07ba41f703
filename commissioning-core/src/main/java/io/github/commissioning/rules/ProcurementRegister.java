package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import java.util.ArrayList;
import java.util.List;

final class ProcurementRegister extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.PROCUREMENT_REGISTER,
      "Procurement decision missing from the register", Severity.WARNING)
      .status(RuleStatus.PROVISIONAL)
      .explanation("Each procurement decision is entered in the register of procurement decisions, "
          + "with who took part and how conflicts were handled. The rule reports a decision recorded as a "
          + "procurement decision, or one that awards a contract, that is not recorded as entered in the "
          + "register."
          + " The project has not checked the guidance's wording, so the rule is provisional.")
      .remedy("Enter the decision in the register of procurement decisions and record that it was.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("a register of procurement decisions"))
      .build();

  ProcurementRegister() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    List<Finding> findings = new ArrayList<>();
    // the procurement decisions, as the arrangement lists them: most decisions are not
    for (int i : Access.procurementDecisions(analysis.arrangement())) {
      Decision decision = analysis.arrangement().decisions().get(i);
      if ((decision.isProcurement() || decision.awardedTo().isPresent()) && !decision.isInProcurementRegister()) {
        findings.add(Finding.builder(this).addSubjects(decision.id()).period(DateRange.of(decision.date(), decision.date()))
            .message(Wording.capitalised(Wording.decisionName(analysis, decision)) + " is a procurement decision"
                + decision.awardedTo().map(o -> " awarding a contract to " + analysis.name(o)).orElse("")
                + " but is not in the register of procurement decisions kept under "
                + Wording.procurementRegimeOn(decision.date()) + "; enter it, with who took part and how "
                + "conflicts were handled")
            .build());
      }
    }
    return findings;
  }
}
