package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.APRIL_2013;
import static io.github.commissioning.rules.Fixture.APRIL_2015;
import static io.github.commissioning.rules.Fixture.DECISION;
import static io.github.commissioning.rules.Fixture.DURHAM;
import static io.github.commissioning.rules.Fixture.DURHAM_CCG;
import static io.github.commissioning.rules.Fixture.ENGLAND;
import static io.github.commissioning.rules.Fixture.GB;
import static io.github.commissioning.rules.Fixture.NHSE;
import static io.github.commissioning.rules.Fixture.PCCC;
import static io.github.commissioning.rules.Fixture.PERFORMERS;
import static io.github.commissioning.rules.Fixture.PMS;
import static io.github.commissioning.rules.Fixture.TEES;
import static io.github.commissioning.rules.Fixture.TEES_CCG;
import static io.github.commissioning.rules.Fixture.TO_TEES;
import static io.github.commissioning.rules.Fixture.TRUST;
import static io.github.commissioning.rules.Fixture.decision;
import static io.github.commissioning.rules.Fixture.delegation;
import static io.github.commissioning.rules.Fixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Period;
import io.github.commissioning.model.Role;
import io.github.commissioning.value.Identifier;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each standard accountability rule: firing on its exact subjects, and silent on the clean arrangement. */
class AccountabilityRulesTest {

  static Stream<String> accountabilityRuleIds() {
    return AccountabilityRules.all().stream().map(Rule::id);
  }

  @ParameterizedTest
  @MethodSource("accountabilityRuleIds")
  void everyRuleIsSilentOnTheCleanArrangement(String ruleId) {
    Rule rule = AccountabilityRules.all().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
    assertEquals(List.of(), rule.evaluate(Analysis.of(Fixture.clean().build(), Fixture.AS_OF)));
  }

  @Test
  void theStandardRuleSetHoldsEveryAccountabilityRule() {
    assertEquals(18, AccountabilityRules.all().size());
    assertTrue(RuleSet.standard().rules().stream().map(Rule::id).toList()
        .containsAll(accountabilityRuleIds().toList()));
  }

  /** The findings of one rule, asserting there is exactly one, with these subjects. */
  private static Finding only(Fixture fixture, String ruleId, Identifier<?>... subjects) {
    List<Finding> found = fixture.check().findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    assertEquals(1, found.size(), () -> ruleId + " found " + found);
    assertEquals(List.of(subjects), found.get(0).subjects());
    return found.get(0);
  }

  private static void assertNone(Fixture fixture, String ruleId) {
    assertEquals(List.of(), fixture.check().findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList());
  }

  @Test
  void functionWithNoDutyHolderInDurhamIsFlagged() {
    Fixture f = Fixture.clean();
    f.replace(f.duties, d -> true, Duty.of(NHSE, PMS, TEES, Period.from(APRIL_2013)));
    Finding finding = only(f, AccountabilityRules.UNOWNED, PMS);
    assertEquals("Primary medical services (pms) has no duty holder in County Durham (DUR) from 2013-04-01; "
        + "give an organisation the duty for it there", finding.message());
    assertEquals(List.of(AreaId.of("A83001")), finding.areas());
    assertEquals("ACC-UNOWNED|pms|2013-04-01", finding.key().toString());
    assertEquals(Severity.ERROR, finding.severity());
  }

  @Test
  void aGapBetweenTwoDutiesIsFlaggedForItsDatesOnly() {
    Fixture f = Fixture.clean();
    f.replace(f.duties, d -> true, Duty.of(NHSE, PMS, ENGLAND, Period.of(APRIL_2013, LocalDate.of(2014, 3, 31))));
    f.duties.add(Duty.of(NHSE, PMS, ENGLAND, Period.from(APRIL_2015)));
    Finding finding = only(f, AccountabilityRules.UNOWNED, PMS);
    assertEquals("Primary medical services (pms) has no duty holder in England (ENG) from 2014-04-01 to 2015-03-31; "
        + "give an organisation the duty for it there", finding.message());
  }

  @Test
  void twoDutyHoldersForTheSameAreaOverlap() {
    Fixture f = Fixture.clean();
    f.duties.add(Duty.of(DURHAM_CCG, PMS, DURHAM, Period.from(LocalDate.of(2020, 4, 1))));
    Finding finding = only(f, AccountabilityRules.OVERLAP, PMS, DURHAM_CCG, NHSE);
    assertEquals("NHS County Durham CCG (84H) and NHS England (X24) are both accountable for Primary medical services "
        + "(pms) in County Durham (DUR) from 2020-04-01; agree which one holds the duty there", finding.message());
    assertEquals(Severity.WARNING, finding.severity());
  }

  @Test
  void delegatingBeyondWhatIsHeldIsFlagged() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, ENGLAND)
        .period(Period.from(LocalDate.of(2022, 7, 1))).build());
    Finding finding = only(f, AccountabilityRules.NOT_HELD, DelegationId.of("16C-RVW"));
    assertEquals("NHS Tees Valley CCG (16C) delegates Primary medical services (pms) to North Tees NHS FT (RVW) in "
        + "County Durham (DUR) from 2022-07-01 but does not hold it there then; narrow the delegation to what "
        + "NHS Tees Valley CCG (16C) holds", finding.message());
  }

  @Test
  void delegatingAPartKeptBackFromTheDelegatorIsFlagged() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, TEES).keptBack(List.of())
        .period(Period.from(LocalDate.of(2022, 7, 1))).build());
    List<Finding> found = f.check().findings().stream()
        .filter(x -> x.ruleId().equals(AccountabilityRules.NOT_HELD)).toList();
    assertEquals(1, found.size(), found::toString);
    assertEquals(List.of(DelegationId.of("16C-RVW"), PERFORMERS), found.get(0).subjects());
    assertEquals("NHS Tees Valley CCG (16C) delegates Performers list (pms.performers), a part of Primary medical "
        + "services (pms), to North Tees NHS FT (RVW) in Tees Valley (TEES) from 2022-07-01, but that part was kept "
        + "back from it; keep Performers list (pms.performers) back in this delegation too", found.get(0).message());
  }

  @Test
  void onwardDelegationWithoutPermissionIsFlagged() {
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, TEES)
        .period(Period.from(LocalDate.of(2022, 7, 1))).build());
    Finding finding = only(f, AccountabilityRules.ONWARD_UNPERMITTED, DelegationId.of("16C-RVW"));
    assertEquals("NHS Tees Valley CCG (16C) passes Primary medical services (pms) on to North Tees NHS FT (RVW) in "
        + "Tees Valley (TEES) from 2022-07-01, but holds it there only as a delegate not permitted to delegate "
        + "onward; obtain that permission or end this delegation", finding.message());
    assertTrue(finding.evidence().get(1).startsWith("delegation X24-16C: NHS England (X24) → NHS Tees Valley CCG"),
        finding.evidence().toString());
  }

  @Test
  void onwardDelegationWithPermissionIsSilent() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, TEES)
        .period(Period.from(LocalDate.of(2022, 7, 1))).build());
    assertEquals(List.of(), f.check().findings());
  }

  @Test
  void primaryCareDelegatedWithoutKeepingBackThePerformersListIsFlagged() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES), delegation(TO_TEES, NHSE, TEES_CCG, TEES).keptBack(List.of())
        .build());
    Finding finding = only(f, AccountabilityRules.RESERVED_DELEGATED, TO_TEES, PERFORMERS);
    assertEquals("NHS England (X24) delegates Primary medical services (pms) to NHS Tees Valley CCG (16C) without "
        + "keeping back the reserved function Performers list (pms.performers); add it to the delegation's kept-back "
        + "functions", finding.message());
  }

  @Test
  void delegatingAReservedFunctionItselfIsFlagged() {
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("perf"), NHSE, TEES_CCG, TEES).function(PERFORMERS)
        .keptBack(List.of()).build());
    Finding finding = only(f, AccountabilityRules.RESERVED_DELEGATED, DelegationId.of("perf"), PERFORMERS);
    assertEquals("NHS England (X24) delegates Performers list (pms.performers), a reserved function, to NHS Tees "
        + "Valley CCG (16C); reserved functions are never delegated: end this delegation", finding.message());
  }

  @Test
  void aTrustCannotReceiveADelegationBeforeJuly2022() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, TEES)
        .period(Period.from(LocalDate.of(2021, 4, 1))).build());
    Finding finding = only(f, AccountabilityRules.INELIGIBLE_DELEGATE, DelegationId.of("16C-RVW"));
    assertEquals("North Tees NHS FT (RVW) cannot receive Primary medical services (pms) from NHS Tees Valley CCG (16C) "
        + "by delegated from 2021-04-01: NHS trusts and foundation trusts could receive commissioning functions only "
        + "from 2022-07-01 (s65Z5); start it then, or use a prime contract", finding.message());
  }

  @Test
  void aSupportUnitGivenDecisionRightsIsIneligible() {
    Fixture f = Fixture.clean();
    OrganisationId csu = OrganisationId.of("0DF");
    f.organisations.add(Organisation.of(csu, "North of England CSU", OrganisationKind.CSU));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-CSU"), TEES_CCG, csu, TEES).build());
    Finding finding = only(f, AccountabilityRules.INELIGIBLE_DELEGATE, DelegationId.of("16C-CSU"));
    assertTrue(finding.message().endsWith("a commissioning support unit has no decision rights, and commissioners "
        + "stay accountable; record it as support"), finding.message());
  }

  @Test
  void aCcgJointCommitteeBeforeOctober2014IsIneligibleAndAfterIsNot() {
    Fixture f = Fixture.clean();
    OrganisationId committee = OrganisationId.of("JC1");
    f.organisations.add(Organisation.of(committee, "Tees and Durham joint committee", OrganisationKind.JOINT_COMMITTEE));
    f.duties.add(Duty.of(TEES_CCG, Fixture.CONTRACTS, TEES, Period.from(APRIL_2013)));
    f.replace(f.duties, d -> d.holder().equals(NHSE), Duty.of(NHSE, PMS, DURHAM, Period.from(APRIL_2013)));
    f.delegations.removeIf(d -> d.id().equals(TO_TEES));
    f.delegations.add(delegation(DelegationId.of("16C-JC1"), TEES_CCG, committee, TEES).function(Fixture.CONTRACTS)
        .keptBack(List.of()).mechanism(Mechanism.JOINT_COMMITTEE).period(Period.from(LocalDate.of(2014, 4, 1))).build());
    Finding finding = only(f, AccountabilityRules.INELIGIBLE_DELEGATE, DelegationId.of("16C-JC1"));
    assertTrue(finding.message().endsWith("joint committees of CCGs had no legal basis before 2014-10-01 (s14Z3(2A)); "
        + "start it then, or have each CCG ratify the committees' decisions"), finding.message());
    f.replace(f.delegations, d -> d.id().code().equals("16C-JC1"), delegation(DelegationId.of("16C-JC1"), TEES_CCG,
        committee, TEES).function(Fixture.CONTRACTS).keptBack(List.of()).mechanism(Mechanism.JOINT_COMMITTEE)
        .period(Period.from(LocalDate.of(2014, 10, 1))).build());
    assertNone(f, AccountabilityRules.INELIGIBLE_DELEGATE);
  }

  @Test
  void aCycleOfDelegationsIsOneFinding() {
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("cyc1"), TEES_CCG, DURHAM_CCG, TEES).onwardDelegationPermitted(true)
        .build());
    f.delegations.add(delegation(DelegationId.of("cyc2"), DURHAM_CCG, TEES_CCG, TEES).onwardDelegationPermitted(true)
        .build());
    Finding finding = only(f, AccountabilityRules.CYCLE, DelegationId.of("cyc1"));
    assertEquals("2 delegations of Primary medical services (pms) form a cycle (NHS Tees Valley CCG (16C) → NHS County "
        + "Durham CCG (84H) → NHS Tees Valley CCG (16C)) from 2015-04-01; none of them takes effect: end one of them",
        finding.message());
  }

  @Test
  void aDissolvedCcgStillHoldingADelegationIsFlaggedWithItsSuccessor() {
    Fixture f = Fixture.clean();
    f.replace(f.organisations, o -> o.id().equals(TEES_CCG), Organisation.builder().id(TEES_CCG)
        .name("NHS Tees Valley CCG").kind(OrganisationKind.CCG).footprint(TEES)
        .existence(Period.of(APRIL_2013, LocalDate.of(2020, 3, 31))).successor(DURHAM_CCG).build());
    Finding finding = only(f, AccountabilityRules.DISSOLVED, TEES_CCG, TO_TEES);
    assertEquals("NHS Tees Valley CCG (16C) closed on 2020-03-31 but is still the delegate of Primary medical services "
        + "(pms) in Tees Valley (TEES) (X24-16C) from 2020-04-01; pass it to its successor NHS County Durham CCG (84H)",
        finding.message());
    assertEquals("ACC-DISSOLVED|16C|X24-16C|after", finding.key().toString());
  }

  @Test
  void aCcgHoldingADelegationBeforeItExistedIsFlagged() {
    Fixture f = Fixture.clean();
    f.replace(f.organisations, o -> o.id().equals(TEES_CCG), Organisation.builder().id(TEES_CCG)
        .name("NHS Tees Valley CCG").kind(OrganisationKind.CCG).footprint(TEES)
        .existence(Period.from(LocalDate.of(2020, 4, 1))).build());
    Finding finding = only(f, AccountabilityRules.DISSOLVED, TEES_CCG, TO_TEES);
    assertEquals("NHS Tees Valley CCG (16C) did not exist until 2020-04-01 but is the delegate of Primary medical "
        + "services (pms) in Tees Valley (TEES) (X24-16C) from 2015-04-01 to 2020-03-31; start it on or after 2020-04-01",
        finding.message());
  }

  @Test
  void aSupportUnitRecordedAsDecidingIsFlagged() {
    Fixture f = Fixture.clean();
    OrganisationId csu = OrganisationId.of("0DF");
    BodyId board = BodyId.of("0DF-B");
    f.organisations.add(Organisation.of(csu, "North of England CSU", OrganisationKind.CSU));
    f.bodies.add(DecisionBody.builder().id(board).name("CSU board").organisation(csu).kind(BodyKind.BOARD).build());
    f.delegations.add(delegation(DelegationId.of("16C-CSU"), TEES_CCG, csu, TEES).mechanism(Mechanism.SUPPORT).build());
    f.decisions.add(decision(io.github.commissioning.model.DecisionId.of("D2"), board).build());
    Finding finding = only(f, AccountabilityRules.SUPPORT_DECIDES, io.github.commissioning.model.DecisionId.of("D2"), csu);
    assertEquals("CSU board (0DF-B) of North of England CSU (0DF) took decision 'Practice merger in Stockton' (D2) on "
        + "Contract management (pms.contracts) on 2021-06-01, but North of England CSU (0DF) is a support organisation "
        + "and has no decision rights; the commissioner must take the decision", finding.message());
  }

  @Test
  void aDecisionOutsideTheRemitIsUltraVires() {
    Fixture f = Fixture.clean();
    f.replace(f.bodies, b -> b.id().equals(PCCC), DecisionBody.builder().id(PCCC)
        .name("Primary care commissioning committee").organisation(TEES_CCG)
        .kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(3).addRemit(PERFORMERS).build());
    Finding finding = only(f, AccountabilityRules.ULTRA_VIRES, DECISION, PCCC);
    assertEquals("Decision 'Practice merger in Stockton' (D1) by Primary care commissioning committee (16C-PCCC) on "
        + "2021-06-01 is outside what the body may decide: Contract management (pms.contracts) is outside its remit "
        + "(Performers list (pms.performers)); refer it to a body whose remit and organisation cover Contract "
        + "management (pms.contracts)", finding.message());
  }

  @Test
  void aDecisionOnAFunctionTheOrganisationDoesNotExerciseIsUltraVires() {
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).function(PERFORMERS).build());
    Finding finding = only(f, AccountabilityRules.ULTRA_VIRES, DECISION, PCCC);
    assertTrue(finding.message().contains("NHS Tees Valley CCG (16C) neither holds nor exercises Performers list "
        + "(pms.performers) on 2021-06-01"), finding.message());
  }

  @Test
  void delegatedPrimaryCareDecidedByTheGoverningBodyIsAtTheWrongLevel() {
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, GB).build());
    Finding finding = only(f, AccountabilityRules.WRONG_LEVEL, DECISION, GB);
    assertEquals("Decision 'Practice merger in Stockton' (D1) on Contract management (pms.contracts), which NHS Tees "
        + "Valley CCG (16C) exercises under delegation from NHS England (X24), was taken by Governing body (16C-GB) "
        + "rather than the primary care commissioning committee; take it to the PCCC", finding.message());
  }

  @Test
  void aSubContractWithNoPrimeContractBreaksTheChain() {
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("sub"), TEES_CCG, TRUST, TEES).mechanism(Mechanism.SUB_CONTRACT).build());
    Finding finding = only(f, AccountabilityRules.BROKEN_CONTRACT_CHAIN, DelegationId.of("sub"));
    assertEquals("NHS Tees Valley CCG (16C) lets a sub-contract for Primary medical services (pms) to North Tees NHS FT "
        + "(RVW) in Tees Valley (TEES) from 2015-04-01, but holds no prime contract for it there; a sub-contract needs "
        + "a commissioner–prime contract above it", finding.message());
  }

  @Test
  void aSubContractUnderAPrimeContractIsSilent() {
    Fixture f = Fixture.clean();
    OrganisationId aco = OrganisationId.of("ACO");
    f.organisations.add(Organisation.of(aco, "Tees Care Partnership", OrganisationKind.ACO));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("prime"), TEES_CCG, aco, TEES).mechanism(Mechanism.PRIME_CONTRACT).build());
    f.delegations.add(delegation(DelegationId.of("sub"), aco, TRUST, TEES).mechanism(Mechanism.SUB_CONTRACT).build());
    assertEquals(List.of(), f.check().findings());
  }

  @Test
  void aGoverningBodyWithoutANurseBreachesTheRegulations() {
    Fixture f = Fixture.clean();
    f.memberships.removeIf(m -> m.body().equals(GB) && m.designations().contains(Designation.REGISTERED_NURSE));
    Finding finding = only(f, AccountabilityRules.COMPOSITION, GB);
    assertEquals("Governing body (16C-GB) of NHS Tees Valley CCG (16C) has 6 members, fewer than 6, has no registered "
        .replace("has 6 members, fewer than 6, ", "") + "nurse at all times; appoint members to fill these posts",
        finding.message());
  }

  @Test
  void anIcbBoardNeedsItsPartnerMembers() {
    Fixture f = Fixture.clean();
    OrganisationId icb = OrganisationId.of("QHM");
    BodyId board = BodyId.of("QHM-B");
    f.organisations.add(Organisation.builder().id(icb).name("NHS North East and North Cumbria ICB")
        .kind(OrganisationKind.ICB).footprint(ENGLAND).existence(Period.from(LocalDate.of(2022, 7, 1))).build());
    f.bodies.add(DecisionBody.builder().id(board).name("ICB board").organisation(icb).kind(BodyKind.BOARD).build());
    f.memberships.add(Membership.of(person(1), board, Role.CHAIR));
    f.memberships.add(Membership.of(person(2), board, Role.EXECUTIVE, Designation.ACCOUNTABLE_OFFICER));
    f.memberships.add(Membership.of(person(3), board, Role.EXECUTIVE, Designation.CHIEF_FINANCE_OFFICER));
    f.memberships.add(Membership.of(person(4), board, Role.EXECUTIVE, Designation.MEDICAL_DIRECTOR));
    f.memberships.add(Membership.of(person(5), board, Role.EXECUTIVE, Designation.REGISTERED_NURSE));
    f.memberships.add(Membership.of(person(6), board, Role.LAY));
    f.memberships.add(Membership.of(person(7), board, Role.LAY));
    f.memberships.add(Membership.of(person(8), board, Role.PARTNER));
    Finding finding = only(f, AccountabilityRules.COMPOSITION, board);
    assertEquals("ICB board (QHM-B) of NHS North East and North Cumbria ICB (QHM) has 1 partner members, fewer than 3 "
        + "from 2022-07-01; appoint members to fill these posts", finding.message());
  }

  @Test
  void aDelegateServingBeyondItsDelegatorsFootprintIsFlagged() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-84H"), TEES_CCG, DURHAM_CCG, TEES).build());
    Finding finding = only(f, AccountabilityRules.FOOTPRINT_MISMATCH, DelegationId.of("16C-84H"));
    assertEquals("NHS County Durham CCG (84H) serves County Durham (DUR), of which 1 of 1 areas lie outside the "
        + "footprint of its delegator NHS Tees Valley CCG (16C), Tees Valley (TEES); check that the right "
        + "organisations are party to delegation 16C-84H", finding.message());
  }

  @Test
  void aDelegationRecordedAsMovingLiabilityIsFlagged() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).liabilityTransferRecorded(true).build());
    Finding finding = only(f, AccountabilityRules.LIABILITY_MOVED, TO_TEES);
    assertEquals("Delegation X24-16C records accountability for Primary medical services (pms) as moving from NHS "
        + "England (X24) to NHS Tees Valley CCG (16C); delegation does not move liability (s13Z(6)): correct the record",
        finding.message());
  }

  @Test
  void aPartnershipDecisionNotRatifiedByEveryMemberHasNoAuthority() {
    Fixture f = Fixture.clean();
    OrganisationId stp = OrganisationId.of("QHM");
    BodyId board = BodyId.of("QHM-B");
    f.organisations.add(Organisation.of(stp, "Cumbria and North East STP", OrganisationKind.STP, ENGLAND));
    f.affiliations.add(Affiliation.of(TEES_CCG, AffiliationKind.MEMBER_OF, stp, Period.from(APRIL_2015)));
    f.affiliations.add(Affiliation.of(DURHAM_CCG, AffiliationKind.MEMBER_OF, stp, Period.from(APRIL_2015)));
    f.bodies.add(DecisionBody.builder().id(board).name("STP board").organisation(stp).kind(BodyKind.BOARD).build());
    f.decisions.add(decision(io.github.commissioning.model.DecisionId.of("D9"), board).title("System strategy")
        .function(PMS).addRatifiedBy(TEES_CCG).build());
    Finding finding = only(f, AccountabilityRules.UNRATIFIED, io.github.commissioning.model.DecisionId.of("D9"));
    assertEquals("Decision 'System strategy' (D9) by STP board (QHM-B), of a partnership that is not a legal entity, "
        + "binds only when each member body ratifies it, and it was not ratified by NHS County Durham CCG (84H); record "
        + "each member's ratification", finding.message());
  }

  @Test
  void oneDelegatorPassingTheSameAreaTwiceIsFlagged() {
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("X24-84H-tees"), NHSE, DURHAM_CCG, TEES).build());
    Finding finding = only(f, AccountabilityRules.CONFLICTING_DELEGATION, TO_TEES, DelegationId.of("X24-84H-tees"));
    assertEquals("NHS England (X24) passes Primary medical services (pms) in Tees Valley (TEES) from 2015-04-01 to "
        + "both NHS Tees Valley CCG (16C) and NHS County Durham CCG (84H); end one delegation or narrow their "
        + "footprints", finding.message());
  }

  @Test
  void aChainLongerThanThePolicyIsFlaggedOnceWhereItCrossesTheLimit() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    OrganisationId previous = TEES_CCG;
    for (int i = 1; i <= 4; i++) {
      OrganisationId next = OrganisationId.of("JC" + i);
      f.organisations.add(Organisation.of(next, "Committee " + i, OrganisationKind.JOINT_COMMITTEE));
      f.delegations.add(delegation(DelegationId.of("link" + i), previous, next, TEES).onwardDelegationPermitted(true)
          .mechanism(Mechanism.JOINT_COMMITTEE).build());
      previous = next;
    }
    Finding finding = only(f, AccountabilityRules.CHAIN_DEPTH, DelegationId.of("link3"));
    assertEquals("Committee 3 (JC3) exercises Primary medical services (pms) in Tees Valley (TEES) from 2015-04-01 at "
        + "the end of a chain of more than 3 delegations from the accountable body; shorten the chain",
        finding.message());
    assertTrue(finding.evidence().get(1).startsWith("chain: NHS England (accountable) → NHS Tees Valley CCG"),
        finding.evidence().toString());
    Report relaxed = RuleSet.standard().with(AccountabilityRules.chainDepth(5)).asOf(Fixture.AS_OF).check(f.build());
    assertEquals(List.of(), relaxed.findings());
  }
}
