package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.*;
import static io.github.commissioning.rules.RuleTests.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.*;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaIndex;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.model.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The less travelled branches of the standard rules: each test names the case a rule must tell apart, and
 * asserts the finding, or its absence, that tells it.
 */
class RuleBranchesTest {

  private static Interest financial(int person, OrganisationId organisation) {
    return Interest.builder().person(person(person)).kind(InterestKind.FINANCIAL).organisation(organisation)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build();
  }

  @Test
  void aLongCycleIsOneFindingWithAShortenedPathAndTenDelegationsOfEvidence() {
    Fixture f = Fixture.clean();
    for (int i = 0; i < 12; i++) {
      f.organisations.add(Organisation.of(OrganisationId.of("J" + i), "Committee " + i, OrganisationKind.JOINT_COMMITTEE));
    }
    for (int i = 0; i < 12; i++) {
      f.delegations.add(delegation(DelegationId.of("c" + (char) ('a' + i)), OrganisationId.of("J" + i),
          OrganisationId.of("J" + ((i + 1) % 12)), TEES).mechanism(Mechanism.JOINT_COMMITTEE)
          .onwardDelegationPermitted(true).period(DateRange.startingOn(APRIL_2015.plusDays(i))).build());
    }
    Finding cycle = findingsOf(f, AccountabilityRules.CYCLE).get(0);
    assertEquals("12 delegations of Primary medical services (pms) form a cycle (Committee 0 (J0) → Committee 1 (J1) → "
        + "Committee 2 (J2) → Committee 3 (J3) → Committee 4 (J4) → Committee 5 (J5) → Committee 6 (J6) → Committee 7 "
        + "(J7) → Committee 8 (J8) → …) from 2015-04-12; none of them takes effect: end one of them", cycle.message());
    assertEquals(11, cycle.evidence().size());
    assertEquals("… and 2 more delegations", cycle.evidence().get(10));
    assertEquals(DateRange.startingOn(APRIL_2015.plusDays(11)), cycle.period().orElseThrow());
  }

  @Test
  void twoSeparateCyclesOfOneFunctionAreTwoFindings() {
    Fixture f = Fixture.clean();
    for (String code : List.of("J1", "J2", "J3", "J4")) {
      f.organisations.add(Organisation.of(OrganisationId.of(code), "Committee " + code, OrganisationKind.JOINT_COMMITTEE));
    }
    String[][] pairs = {{"J1", "J2"}, {"J2", "J1"}, {"J4", "J3"}, {"J3", "J4"}};
    for (String[] pair : pairs) {
      f.delegations.add(delegation(DelegationId.of(pair[0] + pair[1]), OrganisationId.of(pair[0]),
          OrganisationId.of(pair[1]), TEES).mechanism(Mechanism.JOINT_COMMITTEE).onwardDelegationPermitted(true).build());
    }
    List<Finding> found = findingsOf(f, AccountabilityRules.CYCLE);
    assertEquals(List.of("ACC-CYCLE|J1J2", "ACC-CYCLE|J3J4"), found.stream().map(x -> x.key().toString()).toList());
  }

  @Test
  void aClosedDutyHolderAndAClosedDelegatorAreNamedForWhatTheyHold() {
    Fixture f = Fixture.clean();
    f.organisations.add(Organisation.builder().id(OLD_CCG).name("NHS Durham Dales CCG").kind(OrganisationKind.CCG)
        .footprint(DURHAM).existence(DateRange.of(APRIL_2013, LocalDate.of(2020, 3, 31))).build());
    f.functions.add(CommissioningFunction.of(COMMUNITY, "Community services"));
    f.duties.add(Duty.of(OLD_CCG, COMMUNITY, ENGLAND, DateRange.startingOn(APRIL_2013)));
    f.delegations.add(Delegation.builder().id(DelegationId.of("00K-84H")).delegator(OLD_CCG).delegate(DURHAM_CCG)
        .function(COMMUNITY).footprint(DURHAM).mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(APRIL_2015)).build());
    List<String> messages = findingsOf(f, AccountabilityRules.DISSOLVED).stream().map(Finding::message).toList();
    assertEquals(List.of("NHS Durham Dales CCG (00K) closed on 2020-03-31 but is still the delegator of Community "
        + "services (community) in County Durham (DUR) (00K-84H) from 2020-04-01; no successor is recorded: record "
        + "one (a transfer naming successors by area), or end it by 2020-03-31",
        "NHS Durham Dales CCG (00K) closed on 2020-03-31 but still holds the duty for Community services "
        + "(community) in England (ENG) from 2020-04-01; no successor is recorded: record one (a transfer "
        + "naming successors by area), or end it by 2020-03-31"), messages);
  }

  @Test
  void anOrganisationThatOnlySupportsTheCommissionerCannotDecide() {
    Fixture f = Fixture.clean();
    BodyId board = BodyId.of("RVW-B");
    f.bodies.add(DecisionBody.builder().id(board).name("Trust board").organisation(TRUST).kind(BodyKind.BOARD).build());
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, TEES).function(CONTRACTS)
        .keptBack(List.of()).mechanism(Mechanism.SUPPORT).period(DateRange.of(APRIL_2015, JUNE_2021)).build());
    f.decisions.add(decision(DecisionId.of("D2"), board).build());
    Finding finding = findingsOf(f, AccountabilityRules.SUPPORT_DECIDES).get(0);
    assertTrue(finding.message().endsWith("but North Tees NHS FT (RVW) only supports the commissioner of it and has no "
        + "decision rights; the commissioner must take the decision"), finding.message());
    f.replace(f.delegations, d -> d.id().code().equals("16C-RVW"), delegation(DelegationId.of("16C-RVW"), TEES_CCG,
        TRUST, TEES).function(CONTRACTS).keptBack(List.of()).mechanism(Mechanism.SUPPORT)
        .period(DateRange.of(APRIL_2015, JUNE_2021.minusDays(1))).build());
    assertSilent(f, AccountabilityRules.SUPPORT_DECIDES);
    f.replace(f.delegations, d -> d.id().code().equals("16C-RVW"), delegation(DelegationId.of("16C-RVW"), TEES_CCG,
        TRUST, TEES).function(PERFORMERS).keptBack(List.of()).mechanism(Mechanism.SUPPORT)
        .period(DateRange.of(APRIL_2015, JUNE_2021)).build());
    assertSilent(f, AccountabilityRules.SUPPORT_DECIDES);
  }

  @Test
  void eachMechanismIsNamedInTheIneligibilityMessage() {
    Fixture f = Fixture.clean();
    OrganisationId stp = OrganisationId.of("STP1");
    f.organisations.add(Organisation.of(stp, "Tees STP", OrganisationKind.STP));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("s75"), TEES_CCG, TRUST, TEES).mechanism(Mechanism.LEAD_COMMISSIONING)
        .build());
    f.delegations.add(delegation(DelegationId.of("stp"), TEES_CCG, stp, TEES).build());
    f.delegations.add(delegation(DelegationId.of("jc"), TEES_CCG, PRACTICE, TEES).mechanism(Mechanism.JOINT_COMMITTEE)
        .build());
    List<String> messages = findingsOf(f, AccountabilityRules.INELIGIBLE_DELEGATE).stream().map(Finding::message)
        .toList();
    assertEquals(List.of(
        "The Densham Surgery (A81001) cannot receive Primary medical services (pms) from NHS Tees Valley CCG (16C) as a "
            + "joint committee from 2015-04-01: a GP practice cannot be a joint committee; record the joint committee "
            + "itself",
        "North Tees NHS FT (RVW) cannot receive Primary medical services (pms) from NHS Tees Valley CCG (16C) by lead "
            + "commissioning under s75 from 2015-04-01: a s75 partnership arrangement joins an NHS body and a local "
            + "authority, not a CCG and a foundation trust",
        "Tees STP (STP1) cannot receive Primary medical services (pms) from NHS Tees Valley CCG (16C) by "
            + "delegation from 2015-04-01: an STP or ICS partnership is not a legal entity and cannot hold functions; "
            + "delegate to a statutory body or a joint committee of its members"), messages);
  }

  @Test
  void aCouncilLeadingForACcgUnderS75IsEligibleEitherWay() {
    Fixture f = Fixture.clean();
    OrganisationId council = OrganisationId.of("LA1");
    f.organisations.add(Organisation.of(council, "Stockton Council", OrganisationKind.LOCAL_AUTHORITY, TEES));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("s75"), TEES_CCG, council, TEES).mechanism(Mechanism.LEAD_COMMISSIONING)
        .build());
    assertSilent(f, AccountabilityRules.INELIGIBLE_DELEGATE);
    f.delegations.add(delegation(DelegationId.of("s75-back"), council, TEES_CCG, TEES)
        .mechanism(Mechanism.LEAD_COMMISSIONING).build());
    assertSilent(f, AccountabilityRules.INELIGIBLE_DELEGATE);
  }

  @Test
  void aProviderGivenAStageOfCommissioningIsToldToRecordItAsSupport() {
    Fixture f = Fixture.clean();
    FunctionId monitoring = FunctionId.of("pms.monitoring");
    f.functions.add(CommissioningFunction.builder().id(monitoring).name("Contract monitoring").parent(PMS)
        .stage(CommissioningStage.CONTRACT_MANAGEMENT).build());
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-FED1"), TEES_CCG, FEDERATION, TEES).function(monitoring)
        .keptBack(List.of()).build());
    assertTrue(findingsOf(f, AccountabilityRules.INELIGIBLE_DELEGATE).get(0).message().endsWith(
        "a GP federation is not a body commissioning functions can be delegated to; record it as support, the "
            + "commissioner keeping the decisions on contract management"));
  }

  @Test
  void anIcbAuditChairAsDeputyChairIsFlagged() {
    Fixture f = Fixture.clean();
    OrganisationId icb = OrganisationId.of("QHM");
    BodyId board = BodyId.of("QHM-B");
    f.organisations.add(Organisation.builder().id(icb).name("NHS North East and North Cumbria ICB")
        .kind(OrganisationKind.ICB).footprint(ENGLAND).existence(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    f.bodies.add(DecisionBody.builder().id(board).name("ICB board").organisation(icb).kind(BodyKind.BOARD).build());
    f.memberships.add(Membership.of(person(6), board, Role.LAY, Designation.LAY_AUDIT, Designation.VICE_CHAIR,
        Designation.CONFLICTS_GUARDIAN));
    Finding finding = findingsOf(f, ConflictRules.GUARDIAN).stream()
        .filter(x -> x.subjects().contains(icb)).findFirst().orElseThrow();
    assertEquals("NHS North East and North Cumbria ICB (QHM) has its audit chair Fay Fisher (P6) as deputy chair of ICB "
        + "board (QHM-B) from 2022-07-01; designate an independent conflicts of interest guardian, normally the audit "
        + "chair", finding.message());
    f.replace(f.memberships, m -> m.body().equals(board), Membership.of(person(6), board, Role.LAY,
        Designation.LAY_AUDIT, Designation.CONFLICTS_GUARDIAN));
    assertTrue(findingsOf(f, ConflictRules.GUARDIAN).stream().noneMatch(x -> x.subjects().contains(icb)));
  }

  @Test
  void committeesInCommonAndABoardOfAJointCommitteeAreJointBodiesForTheirOwnContracts() {
    for (BodyKind kind : List.of(BodyKind.COMMITTEES_IN_COMMON, BodyKind.BOARD)) {
      Fixture f = Fixture.clean();
      OrganisationId committee = OrganisationId.of("JC1");
      f.organisations.add(Organisation.of(committee, "Tees joint committee", OrganisationKind.JOINT_COMMITTEE));
      f.affiliations.add(Affiliation.of(TRUST, AffiliationKind.MEMBER_OF, committee, DateRange.startingOn(APRIL_2015)));
      f.bodies.add(DecisionBody.builder().id(BodyId.of("JC1-B")).name("Joint body").organisation(committee).kind(kind)
          .build());
      f.decisions.add(decision(DecisionId.of("D2"), BodyId.of("JC1-B")).awardedTo(TRUST).inProcurementRegister(true)
          .participants(List.of()).voters(List.of()).build());
      assertEquals(1, findingsOf(f, ConflictRules.INSTITUTIONAL).size(), kind::name);
    }
    Fixture ccgBoard = Fixture.clean();
    ccgBoard.affiliations.add(Affiliation.of(TRUST, AffiliationKind.MEMBER_OF, TEES_CCG, DateRange.startingOn(APRIL_2015)));
    ccgBoard.decisions.add(decision(DecisionId.of("D2"), GB).awardedTo(TRUST).inProcurementRegister(true).build());
    assertSilent(ccgBoard, ConflictRules.INSTITUTIONAL);
  }

  @Test
  void aSubContractFromAnAffiliateUpwardsIsSelfCommissioningTooButADelegationIsNot() {
    Fixture f = Fixture.clean();
    OrganisationId aco = OrganisationId.of("ACO");
    f.organisations.add(Organisation.of(aco, "Tees Care Partnership", OrganisationKind.ACO));
    f.affiliations.add(Affiliation.of(aco, AffiliationKind.PART_OF, TRUST, DateRange.startingOn(LocalDate.of(2019, 4, 1))));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.contracts.add(contract(ContractId.of("prime"), TEES_CCG, aco, TEES).form(ContractForm.POPULATION_CONTRACT)
        .build());
    f.contracts.add(contract(ContractId.of("sub"), aco, TRUST, TEES).form(ContractForm.SUB_CONTRACT)
        .prime(ContractId.of("prime")).build());
    Finding finding = findingsOf(f, ConflictRules.SELF_COMMISSIONING).get(0);
    assertEquals(DateRange.startingOn(LocalDate.of(2019, 4, 1)), finding.period().orElseThrow());
    // a contract that is no sub-contract is not a sub-contract to an affiliate
    f.replace(f.contracts, c -> c.id().code().equals("sub"), contract(ContractId.of("sub"), aco, TRUST, TEES).build());
    assertSilent(f, ConflictRules.SELF_COMMISSIONING);
  }

  @Test
  void aDutyForAPartUnderAFunctionWithADutyIsNotAFunctionOfItsOwn() {
    Fixture f = Fixture.clean();
    f.duties.add(Duty.of(TEES_CCG, CONTRACTS, TEES, DateRange.startingOn(APRIL_2013)));
    assertSilent(f, AccountabilityRules.UNOWNED);
    assertEquals(1, findingsOf(f, AccountabilityRules.OVERLAP).size());
    assertEquals(List.of(CONTRACTS, TEES_CCG, NHSE), findingsOf(f, AccountabilityRules.OVERLAP).get(0).subjects());
  }

  @Test
  void aFootprintOutsideEveryDutyIsNotInScope() {
    Fixture f = Fixture.clean();
    f.footprints.add(Footprint.of(FootprintId.of("WAL"), "Wales", FootprintLevel.NATIONAL, List.of(AreaId.of("W1"))));
    assertSilent(f, AccountabilityRules.UNOWNED);
    f.replace(f.duties, d -> true, Duty.of(NHSE, PMS, TEES, DateRange.startingOn(APRIL_2013)));
    assertEquals(List.of(A3), findingsOf(f, AccountabilityRules.UNOWNED).get(0).areas());
  }

  @Test
  void aChairsDecisionDoesNotRestoreAQuorum() {
    Fixture f = InquorateTest.example();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION)
        .declarations(person(2), person(3)).withdrew(person(2), person(3)).participants(List.of(person(7)))
        .voters(List.of(person(7))).escalation(EscalationKind.CHAIR_DECISION).build());
    assertEquals(1, findingsOf(f, ConflictRules.INQUORATE).size());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION)
        .declarations(person(2), person(3)).withdrew(person(2), person(3)).participants(List.of(person(7)))
        .voters(List.of(person(7))).escalation(EscalationKind.DEFERRED).build());
    assertSilent(f, ConflictRules.INQUORATE);
  }

  @Test
  void primaryCareDelegatedByAnotherCcgIsNotDelegatedPrimaryCare() {
    Fixture f = Fixture.clean();
    f.delegations.removeIf(d -> d.id().equals(TO_TEES));
    f.replace(f.delegations, d -> d.id().equals(TO_DURHAM),
        delegation(TO_DURHAM, NHSE, DURHAM_CCG, ENGLAND).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("84H-16C"), DURHAM_CCG, TEES_CCG, TEES).build());
    f.replace(f.decisions, d -> true, decision(DECISION, GB).build());
    assertSilent(f, AccountabilityRules.WRONG_LEVEL);
  }

  @Test
  void aDelegationIsNoContractForADualRole() {
    Fixture f = DualRoleTest.example();
    f.contracts.clear();
    f.delegations.add(delegation(DelegationId.of("prime"), TEES_CCG, OrganisationId.of("ACO"), TEES)
        .period(DateRange.startingOn(LocalDate.of(2019, 4, 1))).build());
    assertSilent(f, ConflictRules.DUAL_ROLE);
  }

  @Test
  void twoConflictsOfOnePersonAreSummarisedAsOneAndMore() {
    Fixture f = Fixture.clean();
    f.interests.add(financial(8, PRACTICE));
    f.interests.add(financial(8, FEDERATION));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION).addParticipants(person(8))
        .addVoters(person(8)).build());
    Finding finding = findingsOf(f, ConflictRules.UNDECLARED).get(0);
    assertTrue(finding.message().contains("without declaring a financial interest in The Densham Surgery (A81001) and 1 "
        + "more, which"), finding.message());
    assertEquals(2, finding.evidence().size());
  }

  @Test
  void aLayMemberOfAnotherCcgIsNotLayHere() {
    Fixture f = Fixture.clean();
    BodyId durhamGb = BodyId.of("84H-GB");
    f.bodies.add(DecisionBody.builder().id(durhamGb).name("Durham governing body").organisation(DURHAM_CCG)
        .kind(BodyKind.GOVERNING_BODY).build());
    f.memberships.add(Membership.of(person(1), durhamGb, Role.LAY));
    f.memberships.removeIf(m -> m.body().equals(PCCC) && m.person().equals(person(7)));
    f.memberships.add(Membership.of(person(1), PCCC, Role.CHAIR));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).participants(List.of(person(1), person(2), person(3)))
        .voters(List.of(person(1), person(2), person(3))).build());
    assertTrue(findingsOf(f, ConflictRules.PCCC_COMPOSITION).get(0).message().contains("is chaired by Dr Ada Ahmed "
        + "(P1), who is not a lay member"));
  }

  @Test
  void aPracticeThatLeftTheFederationTheDayBeforeNoLongerCarriesTheInterest() {
    Fixture f = Fixture.clean();
    f.replace(f.affiliations, a -> true, Affiliation.builder().member(PRACTICE).kind(AffiliationKind.MEMBER_OF)
        .parent(FEDERATION).period(DateRange.of(APRIL_2013, JUNE_2021.minusDays(1))).build());
    f.interests.add(financial(8, PRACTICE));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION).addParticipants(person(8))
        .addVoters(person(8)).build());
    assertSilent(f, ConflictRules.UNDECLARED);
    assertSilent(f, ConflictRules.CONFLICTED_VOTE);
    f.replace(f.affiliations, a -> true, Affiliation.builder().member(PRACTICE).kind(AffiliationKind.MEMBER_OF)
        .parent(FEDERATION).period(DateRange.of(APRIL_2013, JUNE_2021)).build());
    assertEquals(1, findingsOf(f, ConflictRules.UNDECLARED).size());
  }

  @Test
  void anInterestTwoAffiliationsUpReachesTheDecision() {
    Fixture f = Fixture.clean();
    OrganisationId pcn = OrganisationId.of("PCN1");
    f.organisations.add(Organisation.of(pcn, "Stockton PCN", OrganisationKind.PCN));
    f.replace(f.affiliations, a -> true, Affiliation.of(PRACTICE, AffiliationKind.MEMBER_OF, pcn, DateRange.startingOn(APRIL_2013)));
    f.affiliations.add(Affiliation.of(pcn, AffiliationKind.MEMBER_OF, FEDERATION, DateRange.startingOn(APRIL_2013)));
    f.interests.add(financial(8, PRACTICE));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION).addParticipants(person(8))
        .addVoters(person(8)).build());
    Finding finding = findingsOf(f, ConflictRules.UNDECLARED).get(0);
    assertEquals("Dr Hal Hughes (P8) has a financial interest in The Densham Surgery (A81001) (interest "
        + "P8/FINANCIAL/A81001/2013-04-01, arose 2013-04-01, declared 2013-04-10): The Densham Surgery (A81001) is a "
        + "member of Stockton PCN (PCN1); Stockton PCN (PCN1) is a member of Stockton GP Federation (FED1); the "
        + "decision names Stockton GP Federation (FED1)", finding.evidence().get(0));
  }

  @Test
  void whenNobodyIsRecordedEveryVotingMemberIsTakenToBePresent() {
    Fixture f = Fixture.clean();
    f.interests.add(financial(2, PRACTICE));
    f.interests.add(financial(3, PRACTICE));
    f.interests.add(financial(8, PRACTICE));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION).participants(List.of())
        .voters(List.of()).build());
    Finding escalation = findingsOf(f, ConflictRules.ESCALATION_MISSING).get(0);
    assertEquals(List.of("voting members present: [P2, P3, P7, P8]", "conflicted: [P2, P3, P8]"), escalation.evidence());
    f.interests.removeIf(i -> i.person().equals(person(8)));
    assertSilent(f, ConflictRules.ESCALATION_MISSING);
  }

  @Test
  void theRecordedChairIsJudgedRatherThanTheBodysChair() {
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(3)).kind(InterestKind.PROFESSIONAL).organisation(FEDERATION)
        .period(DateRange.startingOn(APRIL_2013)).declared(APRIL_2013).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION).chairedBy(person(3))
        .declarations(person(3)).voters(List.of(person(7), person(2))).build());
    assertEquals(List.of(DECISION, person(3)), findingsOf(f, ConflictRules.CONFLICTED_CHAIR).get(0).subjects());
  }

  @Test
  void aBodysShortfallThatEndsAndReturnsIsTwoFindingsKeyedInOrder() {
    Fixture f = Fixture.clean();
    f.memberships.removeIf(m -> m.body().equals(GB) && m.designations().contains(Designation.REGISTERED_NURSE));
    f.memberships.add(Membership.builder().person(person(4)).body(GB).role(Role.CLINICAL)
        .addDesignations(Designation.REGISTERED_NURSE).period(DateRange.of(APRIL_2015, LocalDate.of(2017, 3, 31))).build());
    List<Finding> found = findingsOf(f, AccountabilityRules.COMPOSITION);
    assertEquals(List.of("ACC-COMPOSITION|16C-GB", "ACC-COMPOSITION|16C-GB|2"),
        found.stream().map(x -> x.key().toString()).toList());
    assertEquals(List.of(DateRange.of(LocalDate.MIN, APRIL_2015.minusDays(1)), DateRange.startingOn(LocalDate.of(2017, 4, 1))),
        found.stream().map(x -> x.period().orElseThrow()).toList());
  }

  @Test
  void theStandardCollectionsListTheirRulesInIdOrder() {
    List<String> accountability = AccountabilityRules.all().stream().map(Rule::id).toList();
    assertEquals(accountability.stream().sorted().toList(), accountability);
    assertEquals(21, accountability.size());
    List<String> conflicts = ConflictRules.all().stream().map(Rule::id).toList();
    assertEquals(conflicts.stream().sorted().toList(), conflicts);
    assertEquals(17, conflicts.size());
    assertEquals("WARNING", AccountabilityRules.chainDepth(1).info().defaultSeverity().name());
  }

  @Test
  void describingAreasNamesTheSmallestMatchingFootprintOrListsTheAreas() {
    Fixture f = Fixture.clean();
    List<AreaId> seven = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      seven.add(AreaId.of("B" + i));
    }
    f.footprints.add(Footprint.of(FootprintId.of("BIG-PCN"), "Big network", FootprintLevel.NEIGHBOURHOOD, seven));
    f.footprints.add(Footprint.of(FootprintId.of("BIG"), "Big place", FootprintLevel.PLACE, seven));
    Arrangement arrangement = f.build();
    Analysis analysis = Analysis.of(arrangement, AS_OF);
    AreaSet big = Access.areas(arrangement.geography(), FootprintId.of("BIG"));
    assertEquals("in Big place (BIG)", analysis.describe(big));
    AreaIndex index = Access.index(arrangement.geography());
    AreaSet six = big.difference(AreaSet.of(index.indexOf(AreaId.of("B7"))));
    assertEquals("in 6 areas (B1, B2, B3, B4, B5, … and 1 more)", analysis.describe(six));
    AreaSet one = AreaSet.of(index.indexOf(AreaId.of("B3")));
    assertEquals("in 1 area (B3)", analysis.describe(one));
  }
}
