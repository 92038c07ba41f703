package io.github.commissioning.rules;

import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Timelines;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Mechanism;
import java.util.ArrayList;
import java.util.List;

final class OnwardUnpermitted extends PerDelegationPieces {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.ONWARD_UNPERMITTED,
      "Onward delegation without permission", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("A delegate may pass a function on only if its own delegation permits onward "
          + "delegation. Without that permission the onward delegation has no effect, and the function stays with "
          + "the delegate. Delegation agreements say whether a delegate may delegate further; treating an onward "
          + "delegation without permission as void is the project's inference.")
      .remedy("Obtain the delegator's permission for onward delegation, recorded on the delegation "
          + "to the delegate, or end the onward delegation.")
      .sources(Sources.PRIMARY_CARE_DELEGATION.supports("delegation agreements set what the delegate may do with the "
              + "functions delegated to it"))
      .build();

  OnwardUnpermitted() {
    super(INFO);
  }

  @Override
  boolean mayHaveAreas(Timelines timelines, int position) {
    return (timelines.ownMarks(position) & Timelines.UNPERMITTED) != 0;
  }

  @Override
  AreaSet areasOf(DelegationState state) {
    return state.unpermitted();
  }

  @Override
  String message(Analysis analysis, Delegation d, String where, DateRange period) {
    return analysis.name(d.delegator()) + " passes " + analysis.name(d.function()) + " on to "
        + analysis.name(d.delegate()) + " " + where + " " + Facts.when(period) + ", but holds it there only as a delegate "
        + "not permitted to delegate onward; obtain that permission or end this delegation";
  }

  @Override
  List<String> evidence(Analysis analysis, Delegation d, DateRange period) {
    List<String> evidence = new ArrayList<>();
    evidence.add(Wording.describe(analysis, d));
    for (Delegation in : Facts.of(analysis).incoming().getOrDefault(d.delegator(), List.of())) {
      if (!in.isOnwardDelegationPermitted() && in.mechanism() != Mechanism.SUPPORT
          && in.period().contains(period.start()) && analysis.arrangement().isWithin(d.function(), in.function())) {
        evidence.add(Wording.describe(analysis, in));
      }
    }
    return evidence;
  }
}
