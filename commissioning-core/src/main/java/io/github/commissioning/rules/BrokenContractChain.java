package io.github.commissioning.rules;

import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;

final class BrokenContractChain extends PerDelegationPieces {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.BROKEN_CONTRACT_CHAIN,
      "Sub-contract with no prime contract above it", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("A sub-contract is let by the holder of a prime contract, which answers to the "
          + "commissioner for the sub-contractor's work. A sub-contract where the one letting it holds no prime "
          + "contract for the function, area and dates leaves nobody answering to the commissioner for it. This "
          + "follows the prime contractor model described in commentary, not a statute.")
      .remedy("Record the prime contract from the commissioner to the organisation that lets the "
          + "sub-contract, or have the commissioner contract with the provider directly.")
      .sources(Sources.KINGS_FUND_CONTRACTING.supports("under a prime contractor model the commissioner keeps "
              + "accountability and the prime contractor holds its sub-contractors to account"))
      .build();

  BrokenContractChain() {
    super(INFO);
  }

  @Override
  AreaSet areasOf(DelegationState state) {
    return state.withoutPrime();
  }

  @Override
  String message(Analysis analysis, Delegation d, String where, DateRange period) {
    return analysis.name(d.delegator()) + " lets a sub-contract for " + analysis.name(d.function()) + " to "
        + analysis.name(d.delegate()) + " " + where + " " + Facts.when(period) + ", but holds no prime contract for it "
        + "there; a sub-contract needs a commissioner–prime contract above it";
  }
}
