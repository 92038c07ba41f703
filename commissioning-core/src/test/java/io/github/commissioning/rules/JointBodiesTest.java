package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.A1;
import static io.github.commissioning.rules.Fixture.A3;
import static io.github.commissioning.rules.Fixture.APRIL_2013;
import static io.github.commissioning.rules.Fixture.DURHAM;
import static io.github.commissioning.rules.Fixture.ENGLAND;
import static io.github.commissioning.rules.Fixture.NHSE;
import static io.github.commissioning.rules.Fixture.TEES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Joint bodies as the model states them: a multi-ICB joint committee with NHS England for specialised services
 * (highly specialised services kept back), a host ICB acting for another, and NHS England's regional team
 * working for a group of ICBs. Accountability stays with each member for its own area.
 */
class JointBodiesTest {

  static final LocalDate APRIL_2024 = LocalDate.of(2024, 4, 1);
  static final FunctionId SPECIALISED = FunctionId.of("spec");
  static final FunctionId HIGHLY = FunctionId.of("spec.highly");
  static final FunctionId DENTAL = FunctionId.of("dental");
  static final OrganisationId TEES_ICB = OrganisationId.of("ICB-T");
  static final OrganisationId DURHAM_ICB = OrganisationId.of("ICB-D");
  static final OrganisationId COMMITTEE = OrganisationId.of("JC-SPEC");
  static final OrganisationId REGION = OrganisationId.of("Y63");

  /** Two ICBs (illustrative), a joint committee of both with NHS England, and a regional team. */
  static Fixture jointBodies() {
    Fixture f = Fixture.clean();
    DateRange icbEra = DateRange.startingOn(LocalDate.of(2022, 7, 1));
    f.organisations.add(Organisation.builder().id(TEES_ICB).name("Tees ICB (illustrative)").kind(OrganisationKind.ICB)
        .footprint(TEES).existence(icbEra).build());
    f.organisations.add(Organisation.builder().id(DURHAM_ICB).name("Durham ICB (illustrative)")
        .kind(OrganisationKind.ICB).footprint(DURHAM).existence(icbEra).build());
    f.organisations.add(Organisation.of(COMMITTEE, "North East specialised services joint committee",
        OrganisationKind.JOINT_COMMITTEE, ENGLAND));
    f.organisations.add(Organisation.of(REGION, "NHS England North East and Yorkshire", OrganisationKind.REGIONAL_TEAM,
        ENGLAND));
    for (OrganisationId member : List.of(NHSE, TEES_ICB, DURHAM_ICB)) {
      f.affiliations.add(Affiliation.of(member, AffiliationKind.MEMBER_OF, COMMITTEE, DateRange.startingOn(APRIL_2024)));
    }
    f.functions.add(CommissioningFunction.of(SPECIALISED, "Specialised services"));
    f.functions.add(CommissioningFunction.builder().id(HIGHLY).name("Highly specialised services").parent(SPECIALISED)
        .build());
    f.functions.add(CommissioningFunction.of(DENTAL, "Dental services"));
    f.duties.add(Duty.of(NHSE, SPECIALISED, ENGLAND, DateRange.startingOn(APRIL_2013)));
    f.duties.add(Duty.of(NHSE, DENTAL, ENGLAND, DateRange.startingOn(APRIL_2013)));
    f.delegations.add(Delegation.builder().id(DelegationId.of("X24-JC-spec")).delegator(NHSE).delegate(COMMITTEE)
        .function(SPECIALISED).footprint(ENGLAND).mechanism(Mechanism.JOINT_COMMITTEE)
        .period(DateRange.startingOn(APRIL_2024)).addKeptBack(HIGHLY).build());
    // dental delegated to each ICB; Durham's hosted by Tees; Tees has the regional team work for it
    for (OrganisationId icb : List.of(TEES_ICB, DURHAM_ICB)) {
      f.delegations.add(Delegation.builder().id(DelegationId.of("X24-" + icb + "-dental")).delegator(NHSE).delegate(icb)
          .function(DENTAL).footprint(icb.equals(TEES_ICB) ? TEES : DURHAM).mechanism(Mechanism.DELEGATION)
          .period(DateRange.startingOn(LocalDate.of(2023, 4, 1))).onwardDelegationPermitted(true).build());
    }
    f.delegations.add(Delegation.builder().id(DelegationId.of("host")).delegator(DURHAM_ICB).delegate(TEES_ICB)
        .function(DENTAL).footprint(DURHAM).mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(APRIL_2024))
        .build());
    f.delegations.add(Delegation.builder().id(DelegationId.of("hub")).delegator(TEES_ICB).delegate(REGION)
        .function(DENTAL).footprint(TEES).mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(APRIL_2024))
        .build());
    return f;
  }

  @Test
  void aJointCommitteeExercisesWhatItsMembersGiveItAndNhsEnglandStaysAccountable() {
    Accountability a = Accountability.of(jointBodies().build());
    Chain chain = a.chain(SPECIALISED, A3, APRIL_2024).orElseThrow();
    assertEquals("[NHS England (X24)]", a.accountableFor(SPECIALISED, A3, APRIL_2024).toString());
    assertEquals("North East specialised services joint committee (joint committee, s65Z5, from 2024-04-01)",
        chain.links().get(0).toString());
    // highly specialised services are kept back: NHS England exercises them itself
    assertEquals("NHS England (X24)", a.exercisedBy(HIGHLY, A3, APRIL_2024).orElseThrow().toString());
  }

  @Test
  void aHostIcbAndARegionalTeamExerciseForOthersLawfully() {
    Accountability a = Accountability.of(jointBodies().build());
    Chain durham = a.chain(DENTAL, A3, APRIL_2024).orElseThrow();
    assertEquals(List.of("Durham ICB (illustrative) (delegated, s65Z5, from 2023-04-01)",
        "Tees ICB (illustrative) (delegated, s65Z5, from 2024-04-01)"),
        durham.links().stream().map(Object::toString).toList());
    Chain tees = a.chain(DENTAL, A1, APRIL_2024).orElseThrow();
    assertEquals("NHS England North East and Yorkshire (delegated, s65Z5 (NHS England, through its regional team), "
        + "from 2024-04-01)", tees.links().get(1).toString());
  }

  @Test
  void theRulesFindNothingToReportInTheJointBodies() {
    Arrangement arrangement = jointBodies().build();
    Report report = RuleSet.standard().asOf(APRIL_2024).check(arrangement);
    assertEquals(List.of(), report.findings().stream().map(f -> f.key().toString()).toList());
  }
}
