package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.*;
import static io.github.commissioning.rules.RuleTests.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.*;
import io.github.commissioning.model.*;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link IneligibleDelegate}, rule {@value AccountabilityRules.INELIGIBLE_DELEGATE}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class IneligibleDelegateTest {

  /** The example of the rule's page: Tees Valley CCG, permitted to delegate onward, delegates primary medical services to a foundation trust in April 2021. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, TEES)
        .period(DateRange.startingOn(LocalDate.of(2021, 4, 1))).build());
    // example:end
    return f;
  }

  @Test
  void aTrustCannotReceiveADelegationBeforeJuly2022() {
    assertReport(example(), """
        ERROR ACC-INELIGIBLE-DELEGATE|16C-RVW
        subjects: DelegationId 16C-RVW
        period: 2021-04-01/..
        footprint: TEES
        areas: []
        message: North Tees NHS FT (RVW) cannot receive Primary medical services (pms) from NHS Tees Valley CCG (16C) by delegation from 2021-04-01: NHS trusts and foundation trusts could receive commissioning functions only from 2022-07-01 (s65Z5); start it then, or record a contract with the provider if it is to provide the service, or record it as support if it is to help commission it
        evidence: delegation 16C-RVW: NHS Tees Valley CCG (16C) → North Tees NHS FT (RVW), Primary medical services (pms) for Tees Valley (TEES), delegated, 2021-04-01/.., keeping back [pms.performers]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.INELIGIBLE_DELEGATE);
  }

  @Test
  void aTrustCanReceiveADelegationFromTheFirstOfJuly2022() {
    Fixture f = example();
    f.replace(f.delegations, d -> d.id().code().equals("16C-RVW"), delegation(DelegationId.of("16C-RVW"), TEES_CCG,
        TRUST, TEES).period(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    assertSilent(f, AccountabilityRules.INELIGIBLE_DELEGATE);
    f.replace(f.delegations, d -> d.id().code().equals("16C-RVW"), delegation(DelegationId.of("16C-RVW"), TEES_CCG,
        TRUST, TEES).period(DateRange.startingOn(LocalDate.of(2022, 6, 30))).build());
    assertEquals(1, findingsOf(f, AccountabilityRules.INELIGIBLE_DELEGATE).size());
  }

  @Test
  void aSupportUnitGivenDecisionRightsIsIneligibleButSupportIsNot() {
    Fixture f = Fixture.clean();
    OrganisationId csu = OrganisationId.of("0DF");
    f.organisations.add(Organisation.of(csu, "North of England CSU", OrganisationKind.CSU));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-CSU"), TEES_CCG, csu, TEES).build());
    Finding finding = findingsOf(f, AccountabilityRules.INELIGIBLE_DELEGATE).get(0);
    assertTrue(finding.message().endsWith("a commissioning support unit has no decision rights, and commissioners "
        + "stay accountable; record it as support"), finding.message());
    f.replace(f.delegations, d -> d.id().code().equals("16C-CSU"),
        delegation(DelegationId.of("16C-CSU"), TEES_CCG, csu, TEES).mechanism(Mechanism.SUPPORT).build());
    assertSilent(f, AccountabilityRules.INELIGIBLE_DELEGATE);
  }

  @Test
  void aCcgJointCommitteeBeforeOctober2014IsIneligibleAndFromThenIsNot() {
    Fixture f = Fixture.clean();
    OrganisationId committee = OrganisationId.of("JC1");
    f.organisations.add(Organisation.of(committee, "Tees and Durham joint committee", OrganisationKind.JOINT_COMMITTEE));
    f.duties.add(Duty.of(TEES_CCG, CONTRACTS, TEES, DateRange.startingOn(APRIL_2013)));
    f.replace(f.duties, d -> d.holder().equals(NHSE), Duty.of(NHSE, PMS, DURHAM, DateRange.startingOn(APRIL_2013)));
    f.delegations.removeIf(d -> d.id().equals(TO_TEES));
    f.delegations.add(delegation(DelegationId.of("16C-JC1"), TEES_CCG, committee, TEES).function(CONTRACTS)
        .keptBack(List.of()).mechanism(Mechanism.JOINT_COMMITTEE).period(DateRange.startingOn(LocalDate.of(2014, 9, 30)))
        .build());
    Finding finding = findingsOf(f, AccountabilityRules.INELIGIBLE_DELEGATE).get(0);
    assertTrue(finding.message().endsWith("joint committees of CCGs had no legal basis before 2014-10-01 (s14Z3(2A)); "
        + "start it then, or have each CCG ratify the committees' decisions"), finding.message());
    f.replace(f.delegations, d -> d.id().code().equals("16C-JC1"), delegation(DelegationId.of("16C-JC1"), TEES_CCG,
        committee, TEES).function(CONTRACTS).keptBack(List.of()).mechanism(Mechanism.JOINT_COMMITTEE)
        .period(DateRange.startingOn(LocalDate.of(2014, 10, 1))).build());
    assertSilent(f, AccountabilityRules.INELIGIBLE_DELEGATE);
  }
}
