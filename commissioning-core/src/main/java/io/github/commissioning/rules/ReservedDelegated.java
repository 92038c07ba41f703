package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class ReservedDelegated extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.RESERVED_DELEGATED,
      "Reserved function delegated", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("Some functions stay with NHS England when primary care is delegated: the "
          + "performers list, appraisal and revalidation of individual GPs, and public health services it "
          + "commissions under its section 7A agreement (until NHS England delegated vaccination and most screening to "
          + "ICBs on 1 April 2026). A function marked reserved in the arrangement must be kept back from every "
          + "delegation that conveys decision rights, and not delegated on its own, on the dates its reservation "
          + "holds."
          + " Which functions are reserved is set by NHS England's delegation agreements, which the project has not checked, so the rule is provisional.")
      .remedy("Add the reserved function to the delegation's kept-back functions, or end a "
          + "delegation of the reserved function itself.")
      .sources(Sources.PRIMARY_CARE_DELEGATION.supports("NHS England keeps some functions reserved when it delegates "
              + "primary care"),
          Sources.CO_COMMISSIONING_STUDY.supports("the performers list, appraisal and revalidation stayed with "
              + "NHS England under delegation"),
          Sources.PUBLIC_HEALTH_AGREEMENT.supports("immunisation and screening are exercised by NHS England "
              + "under the section 7A agreement"),
          Sources.VACCINATION_DELEGATION.supports("vaccination and most screening delegated to ICBs from 1 April "
              + "2026"))
      .build();

  ReservedDelegated() {
    super(INFO);
  }

  @Override
  @SuppressWarnings("ReferenceEquality") // the last function's instance, kept for a run: not a test of equality
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    Map<FunctionId, List<FunctionId>> reservedUnder = Facts.of(analysis).reservedUnder;
    // the mechanism and function from the arrangement's columns, and the answer for a run of delegations of one
    // function looked up once: a delegation is read only if its function is, or holds, a reserved one
    Mechanism[] mechanisms = Access.mechanisms(arrangement);
    FunctionId[] functions = Access.delegationFunctions(arrangement);
    FunctionId lastFunction = null;
    boolean lastConcerned = false;
    for (int i = 0; i < mechanisms.length; i++) {
      if (!mechanisms[i].conveysDecisionRights()) {
        continue;
      }
      if (functions[i] != lastFunction) {
        lastFunction = functions[i];
        lastConcerned = Facts.of(analysis).reserved.contains(lastFunction) || reservedUnder.containsKey(lastFunction);
      }
      if (!lastConcerned) {
        continue;
      }
      Delegation d = arrangement.effectiveDelegations().get(i);
      List<FunctionId> reserved = reservedUnder.getOrDefault(d.function(), List.of());
      boolean isReserved = Facts.of(analysis).reserved.contains(d.function());
      CommissioningFunction function = arrangement.function(d.function()).orElseThrow();
      if (isReserved) {
        Optional<DateRange> when = d.period().intersection(function.reservedDuring());
        if (when.isEmpty()) {
          continue;
        }
        findings.add(Finding.builder(this).addSubjects(d.id(), function.id()).period(when.get())
            .footprint(d.footprint())
            .message(analysis.name(d.delegator()) + " delegates " + analysis.name(function.id())
                + ", a reserved function, to " + analysis.name(d.delegate()) + " " + Facts.when(when.get())
                + "; a reserved function is not delegated while reserved ("
                + function.reservedDuring() + "): end this delegation, or start it when the reservation ends")
            .addEvidence("reservation of " + analysis.name(function.id()) + ": " + function.reservedDuring())
            .addEvidence(Wording.describe(analysis, d)).build());
        continue;
      }
      for (FunctionId part : reserved) {
        boolean keptBack = d.keptBack().stream().anyMatch(k -> arrangement.isWithin(part, k));
        Optional<DateRange> when = d.period().intersection(arrangement.function(part).orElseThrow().reservedDuring());
        if (!keptBack && when.isPresent()) {
          findings.add(Finding.builder(this).addSubjects(d.id(), part).period(when.get()).footprint(d.footprint())
              .message(analysis.name(d.delegator()) + " delegates " + analysis.name(d.function()) + " to "
                  + analysis.name(d.delegate()) + " without keeping back the reserved function "
                  + analysis.name(part) + "; add it to the delegation's kept-back functions")
              .addEvidence(Wording.describe(analysis, d)).build());
        }
      }
    }
    return findings;
  }
}
