package io.github.commissioning.rules;

import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Timelines;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

final class ChainDepth extends PerDelegationPieces {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.CHAIN_DEPTH,
      "Chain of delegations too long", Severity.WARNING)
      .status(RuleStatus.PROVISIONAL)
      .explanation("Each further link between the organisation accountable for a function and the "
          + "one that exercises it makes the line of accountability harder to follow. The longest chain accepted "
          + "is a policy, three links by default, set with AccountabilityRules.chainDepth(n); no law sets a "
          + "limit. Three links hold today's normal chain: NHS England to an ICB, the ICB to a joint committee "
          + "of ICBs, the committee to a lead provider (s65Z5 allows each); the lead provider's sub-contractors "
          + "are contracts, not links. The default is the project's policy, not a sourced figure.")
      .remedy("Shorten the chain: delegate directly from a body nearer the accountable one, or set a "
          + "longer limit with AccountabilityRules.chainDepth(n) if the chain is intended.")
      .sources(Sources.AUDIT_COMMISSION_2005.supports("partnerships blur lines of accountability"),
          Sources.NHS_ACT_65Z5.supports("NHS England, ICBs, trusts and joint committees as parties to delegation"))
      .build();

  private final int maxLinks;

  ChainDepth(int maxLinks) {
    super(INFO);
    this.maxLinks = maxLinks;
  }

  @Override
  boolean mayHaveAreas(Timelines timelines, int position) {
    // a state at exactly one link too many lies between the shallowest and the deepest that pass areas on
    return timelines.ownShallowest(position) <= maxLinks + 1 && timelines.ownDeepest(position) > maxLinks;
  }

  @Override
  AreaSet areasOf(DelegationState state) {
    return state.depth() == maxLinks + 1 ? state.effective() : AreaSet.empty();
  }

  @Override
  String message(Analysis analysis, Delegation d, String where, DateRange period) {
    return analysis.name(d.delegate()) + " exercises " + analysis.name(d.function()) + " " + where + " "
        + Facts.when(period) + " at the end of a chain of more than " + maxLinks + " delegations from the accountable "
        + "body; shorten the chain";
  }

  @Override
  List<String> evidence(Analysis analysis, Delegation d, DateRange period) {
    List<String> evidence = new ArrayList<>();
    evidence.add(Wording.describe(analysis, d));
    // the chain from the accountable body down to this delegation: walk up its deepest upstream links
    for (DelegationState here : Facts.ownStates(analysis, d)) {
      if (here.period().contains(period.start()) && !here.effective().isEmpty()) {
        List<String> names = new ArrayList<>();
        names.add(analysis.arrangement().organisation(d.delegate()).orElseThrow().name());
        Optional<DelegationState> at = Optional.of(here);
        while (at.isPresent()) {
          Delegation link = at.get().delegation();
          names.add(analysis.arrangement().organisation(link.delegator()).orElseThrow().name());
          at = at.get().upstream();
        }
        Collections.reverse(names);
        evidence.add("chain: " + names.get(0) + " (accountable) → " + String.join(" → ", names.subList(1, names.size())));
        break;
      }
    }
    return evidence;
  }
}
