package io.github.commissioning.rules;

import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

final class FootprintMismatch extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.FOOTPRINT_MISMATCH,
      "Delegate's footprint outside the delegator's", Severity.WARNING)
      .status(RuleStatus.PROVISIONAL)
      .explanation("An organisation exercising a function for another should serve part of that "
          + "organisation's population. A delegate whose footprint reaches outside its delegator's may be the "
          + "wrong party, or may be recorded with the wrong footprint. The law sets such an area condition only "
          + "for devolution to combined and local authorities; the rule generalises it, and warns. It is silent "
          + "where serving beyond the delegator is the point: a joint committee (multi-ICB joint committees with NHS "
          + "England for specialised services from April 2024), NHS England's regional teams working for groups of "
          + "ICBs (dental, pharmacy and optometry hubs from April 2023), and a host or lead body of the delegator's "
          + "own kind acting for others.")
      .remedy("Check that the right organisations are party to the delegation and that their "
          + "footprints are recorded correctly.")
      .sources(Sources.NHS_ACT_13Z.supports("section 13ZA: devolution to an authority whose area includes "
              + "the area of the arrangement"),
          Sources.NHS_ACT_65Z5.supports("joint committees of several bodies exercising functions jointly"),
          Sources.SPECIALISED_DELEGATION.supports("specialised services exercised through multi-ICB joint "
              + "committees"))
      .build();

  FootprintMismatch() {
    super(INFO);
  }

  @Override
  @SuppressWarnings("ReferenceEquality") // the last footprint id kept, not a test of equality: a miss looks up
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    // the parties, their kinds and footprints, and the mechanism from the arrangement's columns: a delegation and
    // its parties are read only if it may be reported
    Mechanism[] mechanisms = Access.mechanisms(arrangement);
    OrganisationKind[] kinds = Access.kinds(arrangement);
    @Nullable FootprintId[] footprints = Access.organisationFootprints(arrangement);
    int[] delegators = Access.partyPositions(arrangement, Access.Party.DELEGATOR);
    int[] delegates = Access.partyPositions(arrangement, Access.Party.DELEGATE);
    List<Organisation> organisations = arrangement.organisations();
    @Nullable FootprintId lastFootprint = null;
    AreaSet lastAreas = AreaSet.empty();
    for (int i = 0; i < mechanisms.length; i++) {
      if (mechanisms[i] == Mechanism.SUPPORT || footprints[delegators[i]] == null || footprints[delegates[i]] == null
          || actsForSeveral(mechanisms[i], kinds[delegators[i]], kinds[delegates[i]])) {
        continue;
      }
      // the footprints' areas from the columns' ids, the last delegator's kept (a delegator's delegations come
      // together): the delegation and its parties are read only if the delegate serves areas outside
      FootprintId fromFootprint = Objects.requireNonNull(footprints[delegators[i]]);
      if (fromFootprint != lastFootprint) {
        lastFootprint = fromFootprint;
        lastAreas = Access.areas(arrangement.geography(), fromFootprint);
      }
      if (lastAreas.containsAll(Access.areas(arrangement.geography(),
          Objects.requireNonNull(footprints[delegates[i]])))) {
        continue;
      }
      Organisation from = organisations.get(delegators[i]);
      Organisation to = organisations.get(delegates[i]);
      Delegation d = arrangement.effectiveDelegations().get(i);
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

  /**
   * Whether the delegate is meant to serve beyond its delegator: a joint committee of several members (its
   * footprint is theirs together), NHS England's regional team working for a group of ICBs, or a host or lead
   * body of the delegator's own kind (one ICB acting for others).
   */
  private static boolean actsForSeveral(Mechanism mechanism, OrganisationKind from, OrganisationKind to) {
    return mechanism == Mechanism.JOINT_COMMITTEE || to == OrganisationKind.JOINT_COMMITTEE
        || to == OrganisationKind.REGIONAL_TEAM || to == from;
  }
}
