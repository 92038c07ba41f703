package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.APRIL_2013;
import static io.github.commissioning.rules.Fixture.DECISION;
import static io.github.commissioning.rules.Fixture.FEDERATION;
import static io.github.commissioning.rules.Fixture.NHSE;
import static io.github.commissioning.rules.Fixture.PCCC;
import static io.github.commissioning.rules.Fixture.PRACTICE;
import static io.github.commissioning.rules.Fixture.TEES;
import static io.github.commissioning.rules.Fixture.TEES_CCG;
import static io.github.commissioning.rules.Fixture.decision;
import static io.github.commissioning.rules.Fixture.person;
import static io.github.commissioning.rules.RuleTests.assertSilent;
import static io.github.commissioning.rules.RuleTests.findingsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules put right for today: reservations that end, liability under s65Z5, PCCC composition for CCGs only,
 * late declarations counted from awareness, and awards judged under the procurement law of their date.
 */
class TodaysRulesTest {

  static final LocalDate APRIL_2025 = LocalDate.of(2025, 4, 1);
  static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);
  static final FunctionId VACCINATION = FunctionId.of("s7a.vaccination");
  static final OrganisationId ICB = OrganisationId.of("QHM");

  /** NHS England's s7A vaccination services, reserved until 31 March 2026, delegated to an ICB from a date. */
  static Fixture vaccinationDelegatedFrom(LocalDate start) {
    Fixture f = Fixture.clean();
    f.organisations.add(Organisation.builder().id(ICB).name("NHS North East and North Cumbria ICB")
        .kind(OrganisationKind.ICB).footprint(TEES).existence(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    f.functions.add(CommissioningFunction.builder().id(VACCINATION).name("Vaccination (s7A)").reserved(true)
        .reservedDuring(DateRange.of(APRIL_2013, APRIL_2026.minusDays(1))).build());
    f.duties.add(Duty.of(NHSE, VACCINATION, Fixture.ENGLAND, DateRange.startingOn(APRIL_2013)));
    f.delegations.add(Delegation.builder().id(DelegationId.of("X24-QHM-vacc")).delegator(NHSE).delegate(ICB)
        .function(VACCINATION).footprint(TEES).mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(start))
        .build());
    return f;
  }

  @Test
  void aReservedFunctionDelegatedBeforeItsReservationEndsIsFlaggedForThoseDatesOnly() {
    List<Finding> findings = findingsOf(vaccinationDelegatedFrom(APRIL_2025), AccountabilityRules.RESERVED_DELEGATED);
    assertEquals(1, findings.size());
    assertEquals(DateRange.of(APRIL_2025, APRIL_2026.minusDays(1)), findings.get(0).period().orElseThrow());
    assertTrue(findings.get(0).message().contains("while reserved (2013-04-01/2026-03-31)"), findings.get(0).message());
  }

  @Test
  void nearMissTheDelegationOfS7aServicesFromApril2026IsSilent() {
    assertSilent(vaccinationDelegatedFrom(APRIL_2026), AccountabilityRules.RESERVED_DELEGATED);
  }

  @Test
  void liabilityRecordedAsMovingCitesTheSectionOfTheDelegationsDate() {
    Fixture f = vaccinationDelegatedFrom(APRIL_2026);
    f.replace(f.delegations, d -> d.id().code().equals("X24-QHM-vacc"), f.delegations.get(f.delegations.size() - 1)
        .withLiabilityTransferRecorded(true));
    assertTrue(findingsOf(f, AccountabilityRules.LIABILITY_MOVED).get(0).message()
        .endsWith("delegation does not move liability (s65Z5): correct the record"));
    Fixture before = Fixture.clean();
    before.replace(before.delegations, d -> d.id().equals(Fixture.TO_TEES), before.delegations.get(0)
        .withLiabilityTransferRecorded(true));
    assertTrue(findingsOf(before, AccountabilityRules.LIABILITY_MOVED).get(0).message()
        .endsWith("delegation does not move liability (s13Z(6)): correct the record"));
  }

  @Test
  void aPcccOfAnIcbIsNotJudgedByTheGuidanceForCcgs() {
    Fixture f = Fixture.clean();
    // the PCCC chaired by a GP: a finding for a CCG's committee
    f.memberships.removeIf(m -> m.body().equals(PCCC)
        && (m.role() == io.github.commissioning.model.Role.CHAIR || m.person().equals(person(8))));
    f.memberships.add(io.github.commissioning.model.Membership.of(person(8), PCCC,
        io.github.commissioning.model.Role.CHAIR, io.github.commissioning.model.Designation.GP));
    assertEquals(1, findingsOf(f, ConflictRules.PCCC_COMPOSITION).size());
    f.replace(f.organisations, o -> o.id().equals(TEES_CCG), f.organisations.stream()
        .filter(o -> o.id().equals(TEES_CCG)).findFirst().orElseThrow().withKind(OrganisationKind.ICB));
    assertSilent(f, ConflictRules.PCCC_COMPOSITION);
  }

  @Test
  void aLateDeclarationIsCountedFromWhenThePersonBecameAware() {
    Fixture f = Fixture.clean();
    LocalDate arose = LocalDate.of(2020, 1, 1);
    LocalDate aware = LocalDate.of(2020, 3, 1);
    f.interests.add(Interest.builder().person(person(9)).kind(InterestKind.INDIRECT).organisation(PRACTICE)
        .period(DateRange.startingOn(arose)).becameAware(aware).declared(aware.plusDays(20)).build());
    assertSilent(f, ConflictRules.LATE_DECLARATION);
    f.interests.set(0, Interest.builder().from(f.interests.get(0)).declared(aware.plusDays(29)).build());
    assertEquals(List.of("Iris Irving (P9)'s indirect interest in The Densham Surgery (A81001) was registered on "
        + "2020-03-30, 29 days after Iris Irving (P9) became aware of it on 2020-03-01; interests are registered "
        + "within 28 days"), findingsOf(f, ConflictRules.LATE_DECLARATION).stream().map(Finding::message).toList());
  }

  @Test
  void aConflictedAwardFrom2024IsJudgedUnderTheProviderSelectionRegime() {
    Fixture f = ConflictedAwardTest.example();
    f.replace(f.decisions, d -> true, Fixture.decision(DECISION, PCCC).date(LocalDate.of(2024, 1, 1))
        .awardedTo(FEDERATION).declarations(person(3)).inProcurementRegister(true)
        .participants(List.of(person(7), person(2), person(3), person(8)))
        .voters(List.of(person(7), person(2), person(8))).build());
    assertTrue(findingsOf(f, ConflictRules.CONFLICTED_AWARD).get(0).message()
        .contains("under the Provider Selection Regime (in force from 2024-01-01)"));
    f.replace(f.decisions, d -> true, f.decisions.get(0).withDate(LocalDate.of(2023, 12, 31)));
    assertTrue(findingsOf(f, ConflictRules.CONFLICTED_AWARD).get(0).message()
        .contains("under the National Health Service (Procurement, Patient Choice and Competition) (No. 2) "
            + "Regulations 2013"));
  }

  @Test
  void aConflictedMemberPermittedToStayIsAManagedConflictAndInfo() {
    Fixture f = ConflictedParticipationTest.example();
    assertEquals(Severity.ERROR, findingsOf(f, ConflictRules.CONFLICTED_PARTICIPATION).get(0).severity());
    f.replace(f.decisions, d -> true, f.decisions.get(0).withPermittedToStay(person(8)));
    Finding managed = findingsOf(f, ConflictRules.CONFLICTED_PARTICIPATION).get(0);
    assertEquals(Severity.INFO, managed.severity());
    assertTrue(managed.evidence().contains("managed: the chair permitted Dr Hal Hughes (P8) to stay for the discussion"),
        managed.evidence().toString());
    assertTrue(managed.message().endsWith("; the conflict is managed (the chair permitted Dr Hal Hughes (P8) to stay "
        + "for the discussion): keep the record with the minutes"), managed.message());
    Fixture mitigated = ConflictedParticipationTest.example();
    mitigated.replace(mitigated.decisions, d -> true, mitigated.decisions.get(0)
        .withMitigation("the guardian reviewed the papers; the GP gave information only"));
    assertEquals(Severity.INFO, findingsOf(mitigated, ConflictRules.CONFLICTED_PARTICIPATION).get(0).severity());
  }

  @Test
  void aStatutoryPartnerMembersPrivateInterestIsInfoButAnotherMembersIsAnError() {
    Fixture f = IneligibleBoardMemberTest.example();
    assertEquals(Severity.ERROR, findingsOf(f, ConflictRules.INELIGIBLE_BOARD_MEMBER).get(0).severity());
    f.replace(f.memberships, m -> m.body().code().equals("QHM-B"), f.memberships.get(f.memberships.size() - 1)
        .withDesignations(io.github.commissioning.model.Designation.PARTNER_MEMBER_TRUSTS));
    Finding finding = findingsOf(f, ConflictRules.INELIGIBLE_BOARD_MEMBER).get(0);
    assertEquals(Severity.INFO, finding.severity());
    assertTrue(finding.evidence().get(0).startsWith("managed: Eve Evans (P5) holds a statutory partner member's seat"),
        finding.evidence().toString());
  }

  @Test
  void aStatutoryPartnerMemberOnTheContractedProvidersBoardIsADualRoleButInfo() {
    Fixture f = DualRoleTest.example();
    assertEquals(Severity.ERROR, findingsOf(f, ConflictRules.DUAL_ROLE).get(0).severity());
    f.replace(f.memberships, m -> m.person().equals(person(1)) && m.body().code().equals("16C-GB"),
        f.memberships.stream().filter(m -> m.person().equals(person(1)) && m.body().code().equals("16C-GB"))
            .findFirst().orElseThrow().withDesignations(io.github.commissioning.model.Designation.PARTNER_MEMBER_TRUSTS));
    Finding finding = findingsOf(f, ConflictRules.DUAL_ROLE).get(0);
    assertEquals(Severity.INFO, finding.severity());
    assertTrue(finding.message().contains("the seat is a statutory partner member's"), finding.message());
  }

  @Test
  void aSubContractToAnAffiliateWithItsMitigationRecordedIsInfo() {
    Fixture f = SelfCommissioningTest.example();
    assertEquals(Severity.ERROR, findingsOf(f, ConflictRules.SELF_COMMISSIONING).get(0).severity());
    f.replace(f.contracts, c -> c.id().code().equals("sub"), f.contracts.stream()
        .filter(c -> c.id().code().equals("sub")).findFirst().orElseThrow()
        .withMitigation("the ACO board excludes the trust's directors from sub-contract awards"));
    Finding finding = findingsOf(f, ConflictRules.SELF_COMMISSIONING).get(0);
    assertEquals(Severity.INFO, finding.severity());
    assertEquals("managed: the ACO board excludes the trust's directors from sub-contract awards",
        finding.evidence().get(finding.evidence().size() - 1));
  }

  @Test
  void theLawsMilestonesAreDatedSourcedAndInOrder() {
    List<io.github.commissioning.model.Milestone> milestones =
        io.github.commissioning.model.Law.england().milestones();
    assertEquals(LocalDate.of(2013, 4, 1), milestones.get(0).date());
    assertTrue(milestones.stream().anyMatch(m -> m.date().equals(APRIL_2026) && m.event().startsWith("Vaccination")));
    for (int i = 1; i < milestones.size(); i++) {
      assertTrue(!milestones.get(i).date().isBefore(milestones.get(i - 1).date()), milestones.toString());
      assertTrue(milestones.get(i).source().startsWith("https://"), milestones.get(i).source());
    }
    List<io.github.commissioning.model.Milestone> abolished = io.github.commissioning.model.Law.england()
        .withNhsEnglandAbolishedOn(LocalDate.of(2027, 4, 1)).milestones();
    assertEquals("2027-04-01: NHS England abolished; its functions pass to the Secretary of State and to ICBs "
        + "(Health Bill 2026, provisional until enacted)", abolished.get(abolished.size() - 1).toString());
  }

  @Test
  void aJointCommitteeOfABodyTheLawGivesNoSuchPowerIsIneligibleButAnIcbsIsNot() {
    Fixture f = vaccinationDelegatedFrom(APRIL_2026);
    OrganisationId dhsc = OrganisationId.of("DHSC");
    OrganisationId committee = OrganisationId.of("JC");
    f.organisations.add(Organisation.of(dhsc, "Department of Health and Social Care", OrganisationKind.SECRETARY_OF_STATE,
        Fixture.ENGLAND));
    f.organisations.add(Organisation.of(committee, "A joint committee", OrganisationKind.JOINT_COMMITTEE, TEES));
    f.duties.add(Duty.of(dhsc, VACCINATION, Fixture.ENGLAND, DateRange.startingOn(APRIL_2013)));
    f.delegations.add(Delegation.builder().id(DelegationId.of("DHSC-JC")).delegator(dhsc).delegate(committee)
        .function(VACCINATION).footprint(TEES).mechanism(Mechanism.JOINT_COMMITTEE).period(DateRange.startingOn(APRIL_2026))
        .build());
    f.delegations.add(Delegation.builder().id(DelegationId.of("QHM-JC")).delegator(ICB).delegate(committee)
        .function(VACCINATION).footprint(TEES).mechanism(Mechanism.JOINT_COMMITTEE).period(DateRange.startingOn(APRIL_2026))
        .build());
    assertEquals(List.of("ACC-INELIGIBLE-DELEGATE|DHSC-JC"), findingsOf(f, AccountabilityRules.INELIGIBLE_DELEGATE)
        .stream().map(x -> x.key().toString()).toList());
  }
}
