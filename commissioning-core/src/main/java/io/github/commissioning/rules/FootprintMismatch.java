package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import java.util.ArrayList;
import java.util.List;

final class FootprintMismatch extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.FOOTPRINT_MISMATCH,
      "Delegate's footprint outside the delegator's", Severity.WARNING)
      .status(RuleStatus.PROVISIONAL)
      .explanation("An organisation exercising a function for another should serve part of that "
          + "organisation's population. A delegate whose footprint reaches outside its delegator's may be the "
          + "wrong party, or may be recorded with the wrong footprint. The law sets such an area condition only "
          + "for devolution to combined and local authorities; the rule generalises it, and warns.")
      .remedy("Check that the right organisations are party to the delegation and that their "
          + "footprints are recorded correctly.")
      .sources(Sources.NHS_ACT_13Z.supports("section 13ZA: devolution to an authority whose area includes "
              + "the area of the arrangement"))
      .build();

  FootprintMismatch() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    Facts facts = Facts.of(analysis);
    for (int i = 0; i < arrangement.effectiveDelegations().size(); i++) {
      Delegation d = arrangement.effectiveDelegations().get(i);
      Organisation from = facts.delegators[i];
      Organisation to = facts.delegates[i];
      if (d.mechanism() == Mechanism.SUPPORT || from.footprint().isEmpty() || to.footprint().isEmpty()) {
        continue;
      }
      AreaSet outside = Access.areas(arrangement.geography(), to.footprint().get())
          .difference(Access.areas(arrangement.geography(), from.footprint().get()));
      if (!outside.isEmpty()) {
        findings.add(Finding.builder(this).addSubjects(d.id()).period(d.period()).footprint(to.footprint().get())
            .areas(Access.index(arrangement.geography()).areasOf(outside))
            .message(analysis.name(to.id()) + " serves " + analysis.name(to.footprint().get()) + ", of which "
                + outside.size() + " of " + Access.areas(arrangement.geography(), to.footprint().get()).size()
                + " areas lie outside the footprint of its delegator " + analysis.name(from.id()) + ", "
                + analysis.name(from.footprint().get()) + "; check that the right organisations are party to "
                + "delegation " + d.id())
            .addEvidence(Wording.describe(analysis, d)).build());
      }
    }
    return findings;
  }
}
