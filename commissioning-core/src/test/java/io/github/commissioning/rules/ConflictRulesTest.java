package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.APRIL_2013;
import static io.github.commissioning.rules.Fixture.APRIL_2015;
import static io.github.commissioning.rules.Fixture.DECISION;
import static io.github.commissioning.rules.Fixture.FEDERATION;
import static io.github.commissioning.rules.Fixture.GB;
import static io.github.commissioning.rules.Fixture.NHSE;
import static io.github.commissioning.rules.Fixture.PCCC;
import static io.github.commissioning.rules.Fixture.PMS;
import static io.github.commissioning.rules.Fixture.PRACTICE;
import static io.github.commissioning.rules.Fixture.TEES;
import static io.github.commissioning.rules.Fixture.TEES_CCG;
import static io.github.commissioning.rules.Fixture.TO_TEES;
import static io.github.commissioning.rules.Fixture.TRUST;
import static io.github.commissioning.rules.Fixture.decision;
import static io.github.commissioning.rules.Fixture.delegation;
import static io.github.commissioning.rules.Fixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.EscalationKind;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestId;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Period;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import io.github.commissioning.value.Identifier;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each standard conflict-of-interest rule: firing on its exact subjects, and silent on the clean arrangement. */
class ConflictRulesTest {

  static Stream<String> conflictRuleIds() {
    return ConflictRules.all().stream().map(Rule::id);
  }

  @ParameterizedTest
  @MethodSource("conflictRuleIds")
  void everyRuleIsSilentOnTheCleanArrangement(String ruleId) {
    Rule rule = ConflictRules.all().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
    assertEquals(List.of(), rule.evaluate(Analysis.of(Fixture.clean().build(), Fixture.AS_OF)));
  }

  @Test
  void theStandardRuleSetHoldsEveryConflictRule() {
    assertEquals(17, ConflictRules.all().size());
    assertTrue(RuleSet.standard().rules().stream().map(Rule::id).toList().containsAll(conflictRuleIds().toList()));
  }

  private static List<Finding> of(Fixture fixture, String ruleId) {
    return fixture.check().findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  private static Finding only(Fixture fixture, String ruleId, Identifier<?>... subjects) {
    List<Finding> found = of(fixture, ruleId);
    assertEquals(1, found.size(), () -> ruleId + " found " + found);
    assertEquals(List.of(subjects), found.get(0).subjects());
    return found.get(0);
  }

  /** A GP's financial interest in the Densham Surgery, a member of the Stockton federation, registered in time. */
  private static Interest practiceInterest(int person) {
    return Interest.builder().person(person(person)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(Period.from(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build();
  }

  @Test
  void aGpVotingOnHisFederationWithoutDeclaringIsFlaggedWithTheAffiliationPath() {
    Fixture f = Fixture.clean();
    f.interests.add(practiceInterest(8));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).addAffects(FEDERATION).addParticipants(person(8))
        .addVoters(person(8)).build());
    Finding undeclared = only(f, ConflictRules.UNDECLARED, DECISION, person(8));
    assertEquals("Dr Hal Hughes (P8) took part in decision 'Practice merger in Stockton' (D1) of Primary care "
        + "commissioning committee (16C-PCCC) on 2021-06-01 without declaring a financial interest in The Densham "
        + "Surgery (A81001), which the decision reaches; declare interests at the start of the item and record how "
        + "they were managed", undeclared.message());
    assertEquals(List.of("Dr Hal Hughes (P8) has a financial interest in The Densham Surgery (A81001) (interest "
        + "P8/FINANCIAL/A81001/2013-04-01, arose 2013-04-01, declared 2013-04-10): The Densham Surgery (A81001) is a "
        + "member of Stockton GP Federation (FED1); the decision names Stockton GP Federation (FED1)"),
        undeclared.evidence());
    assertEquals(Severity.ERROR, undeclared.severity());
    Finding vote = only(f, ConflictRules.CONFLICTED_VOTE, DECISION, person(8));
    assertEquals("Dr Hal Hughes (P8) voted on decision 'Practice merger in Stockton' (D1) of Primary care "
        + "commissioning committee (16C-PCCC) on 2021-06-01 while conflicted by a financial interest in The Densham "
        + "Surgery (A81001); a conflicted member does not vote: take the vote again without them", vote.message());
  }

  @Test
  void aDeclaredInterestOfAMemberWhoWithdrewIsSilent() {
    Fixture f = Fixture.clean();
    f.interests.add(practiceInterest(8));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).addAffects(FEDERATION).addDeclarations(person(8))
        .addWithdrew(person(8)).build());
    assertEquals(List.of(), f.check().findings());
  }

  @Test
  void anInterestInAFederationReachesADecisionAboutOneOfItsPractices() {
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(2)).kind(InterestKind.FINANCIAL).organisation(FEDERATION)
        .through(person(9)).period(Period.from(APRIL_2013)).declared(APRIL_2013).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).addAffects(PRACTICE).build());
    Finding indirect = only(f, ConflictRules.INDIRECT, DECISION, person(2));
    assertEquals(Severity.WARNING, indirect.severity());
    assertTrue(indirect.message().contains("without declaring a financial interest in Stockton GP Federation (FED1) "
        + "held through Iris Irving (P9)"), indirect.message());
    assertEquals(List.of(), of(f, ConflictRules.UNDECLARED));
    assertEquals(Severity.WARNING, only(f, ConflictRules.CONFLICTED_VOTE, DECISION, person(2)).severity());
  }

  @Test
  void anInterestRegisteredAfter28DaysIsLate() {
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(1)).kind(InterestKind.PROFESSIONAL).organisation(FEDERATION)
        .period(Period.from(LocalDate.of(2020, 1, 1))).declared(LocalDate.of(2020, 3, 1)).build());
    Finding late = only(f, ConflictRules.LATE_DECLARATION, InterestId.of("P1/PROFESSIONAL/FED1/2020-01-01"), person(1));
    assertEquals("Dr Ada Ahmed (P1)'s professional interest in Stockton GP Federation (FED1) was registered on "
        + "2020-03-01, 60 days after it arose on 2020-01-01; interests are registered within 28 days", late.message());
  }

  @Test
  void anInterestRegisteredOnTheTwentyEighthDayIsOnTime() {
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(1)).kind(InterestKind.PROFESSIONAL).organisation(FEDERATION)
        .period(Period.from(LocalDate.of(2020, 1, 1))).declared(LocalDate.of(2020, 1, 29)).build());
    assertEquals(List.of(), of(f, ConflictRules.LATE_DECLARATION));
  }

  @Test
  void aConflictedChairWhoTookPartIsFlaggedTwice() {
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(7)).kind(InterestKind.PROFESSIONAL).organisation(FEDERATION)
        .period(Period.from(APRIL_2013)).declared(APRIL_2013).build());
    f.bodies.removeIf(b -> b.id().equals(PCCC));
    f.bodies.add(DecisionBody.builder().id(PCCC).name("Primary care commissioning committee").organisation(TEES_CCG)
        .kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(2).addRemit(PMS).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).addAffects(FEDERATION).addDeclarations(person(7))
        .voters(List.of(person(2), person(3))).build());
    Finding chair = only(f, ConflictRules.CONFLICTED_CHAIR, DECISION, person(7));
    assertEquals("Gus Green (P7) chaired decision 'Practice merger in Stockton' (D1) of Primary care commissioning "
        + "committee (16C-PCCC) on 2021-06-01 while conflicted by a professional interest in Stockton GP Federation "
        + "(FED1); an unconflicted vice-chair or member should chair the item", chair.message());
    assertEquals(Severity.WARNING, chair.severity());
    Finding participation = only(f, ConflictRules.CONFLICTED_PARTICIPATION, DECISION, person(7));
    assertTrue(participation.message().startsWith("Gus Green (P7) took part in the discussion of decision"),
        participation.message());
  }

  @Test
  void aDecisionInquorateOnceConflictedMembersLeaveIsFlaggedUntilItIsReferred() {
    Fixture f = Fixture.clean();
    f.interests.add(practiceInterest(2));
    f.interests.add(practiceInterest(3));
    Decision.Builder decision = decision(DECISION, PCCC).addAffects(FEDERATION).addDeclarations(person(2), person(3))
        .participants(List.of(person(7))).voters(List.of(person(7))).addWithdrew(person(2), person(3));
    f.replace(f.decisions, d -> true, decision.build());
    Finding inquorate = only(f, ConflictRules.INQUORATE, DECISION);
    assertEquals("Decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on "
        + "2021-06-01 stands with 1 unconflicted voting member, below its quorum of 3, once Ben Brown (P2) and Cara "
        + "Clarke (P3) are excluded, and no deferral, referral or co-option is recorded; defer it, refer it to a body "
        + "that can be quorate, or co-opt permitted members", inquorate.message());
    Finding escalation = only(f, ConflictRules.ESCALATION_MISSING, DECISION);
    assertEquals("2 of the 3 voting members present at decision 'Practice merger in Stockton' (D1) of Primary care "
        + "commissioning committee (16C-PCCC) on 2021-06-01 were conflicted, more than half, and no chair's decision, "
        + "deferral, referral or co-option is recorded; record how the item was handled", escalation.message());
    f.replace(f.decisions, d -> true, decision.escalation(EscalationKind.DEFERRED).build());
    assertEquals(List.of(), f.check().findings());
  }

  @Test
  void coOptedMembersRestoreTheQuorum() {
    Fixture f = Fixture.clean();
    f.interests.add(practiceInterest(2));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).addAffects(FEDERATION).addDeclarations(person(2))
        .participants(List.of(person(7), person(3))).voters(List.of(person(7), person(3))).addWithdrew(person(2))
        .build());
    assertEquals(1, of(f, ConflictRules.INQUORATE).size());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).addAffects(FEDERATION).addDeclarations(person(2))
        .participants(List.of(person(7), person(3), person(9))).voters(List.of(person(7), person(3), person(9)))
        .addWithdrew(person(2)).escalation(EscalationKind.CO_OPTED).addCoOpted(person(9)).build());
    assertEquals(List.of(), f.check().findings());
  }

  @Test
  void aPcccChairedByAGpWithAGpMajorityBreachesThePolicy() {
    Fixture f = Fixture.clean();
    f.memberships.removeIf(m -> m.body().equals(PCCC));
    f.memberships.add(Membership.of(person(8), PCCC, Role.CHAIR, Designation.GP));
    f.memberships.add(Membership.of(person(1), PCCC, Role.CLINICAL, Designation.GP));
    f.memberships.add(Membership.of(person(2), PCCC, Role.EXECUTIVE));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).participants(List.of(person(8), person(1), person(2)))
        .voters(List.of(person(8), person(1), person(2))).build());
    Finding finding = only(f, ConflictRules.PCCC_COMPOSITION, PCCC);
    assertEquals("Primary care commissioning committee (16C-PCCC) of NHS Tees Valley CCG (16C) is chaired by Dr Hal "
        + "Hughes (P8), who is not a lay member, has 1 lay and executive members of 3 voting, not a majority, gives GPs "
        + "and clinical members 2 of 3 votes, a majority at all times; appoint a lay chair and enough lay and executive "
        + "members", finding.message());
    Report relaxed = RuleSet.standard().with(ConflictRules.pcccComposition(PcccPolicy.of(false, false, false)))
        .asOf(Fixture.AS_OF).check(f.build());
    assertEquals(List.of(), relaxed.findings().stream().filter(x -> x.ruleId().equals(ConflictRules.PCCC_COMPOSITION))
        .toList());
  }

  @Test
  void aCcgWithoutAGuardianOrWithTheGuardianChairingThePcccIsFlagged() {
    Fixture f = Fixture.clean();
    f.replace(f.memberships, m -> m.designations().contains(Designation.CONFLICTS_GUARDIAN),
        Membership.of(person(6), GB, Role.CHAIR, Designation.LAY_AUDIT));
    Finding none = only(f, ConflictRules.GUARDIAN, TEES_CCG);
    assertEquals("NHS Tees Valley CCG (16C) has no conflicts of interest guardian at all times; designate an "
        + "independent conflicts of interest guardian, normally the audit chair", none.message());
    Fixture g = Fixture.clean();
    g.replace(g.memberships, m -> m.body().equals(GB) && m.person().equals(person(7)),
        Membership.of(person(7), GB, Role.LAY, Designation.LAY_PATIENT_AND_PUBLIC, Designation.CONFLICTS_GUARDIAN));
    g.replace(g.memberships, m -> m.designations().contains(Designation.LAY_AUDIT),
        Membership.of(person(6), GB, Role.CHAIR, Designation.LAY_AUDIT));
    Finding chairing = only(g, ConflictRules.GUARDIAN, TEES_CCG);
    assertEquals("NHS Tees Valley CCG (16C) has its conflicts guardian Gus Green (P7) chairing Primary care "
        + "commissioning committee (16C-PCCC) at all times; designate an independent conflicts of interest guardian, "
        + "normally the audit chair", chairing.message());
  }

  @Test
  void aGoverningBodyWithTwoLayMembersFallsShortOfTheRecommendation() {
    Fixture f = Fixture.clean();
    f.memberships.removeIf(m -> m.body().equals(GB) && m.person().equals(person(9)));
    Finding finding = only(f, ConflictRules.LAY_SHORTFALL, GB);
    assertEquals(Severity.INFO, finding.severity());
    assertEquals("Governing body (16C-GB) of NHS Tees Valley CCG (16C) has 2 lay members at all times, fewer than the 3 "
        + "the guidance recommends; appoint lay members", finding.message());
    f.memberships.removeIf(m -> m.body().equals(GB) && m.person().equals(person(7)));
    assertEquals(Severity.ERROR, only(f, ConflictRules.LAY_SHORTFALL, GB).severity());
  }

  @Test
  void aProcurementDecisionOutsideTheRegisterIsFlagged() {
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).procurement(true).build());
    Finding finding = only(f, ConflictRules.PROCUREMENT_REGISTER, DECISION);
    assertEquals("Decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on "
        + "2021-06-01 is a procurement decision but is not in the register of procurement decisions; enter it, with "
        + "who took part and how conflicts were handled", finding.message());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).procurement(true).inProcurementRegister(true).build());
    assertEquals(List.of(), f.check().findings());
  }

  @Test
  void anAwardToAProviderADecisionMakerHasAFinancialInterestInIsFlagged() {
    Fixture f = Fixture.clean();
    f.interests.add(practiceInterest(3));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).awardedTo(FEDERATION).addDeclarations(person(3))
        .inProcurementRegister(true).participants(List.of(person(7), person(2), person(3), person(8)))
        .voters(List.of(person(7), person(2), person(8))).build());
    Finding finding = only(f, ConflictRules.CONFLICTED_AWARD, DECISION, person(3));
    assertEquals("Cara Clarke (P3) took part in decision 'Practice merger in Stockton' (D1) of Primary care "
        + "commissioning committee (16C-PCCC) on 2021-06-01, which awarded a contract to Stockton GP Federation (FED1), "
        + "while holding a financial interest in The Densham Surgery (A81001); make the award again without "
        + "conflicted decision-makers", finding.message());
  }

  @Test
  void onePersonOnTheCommissionersBodyAndTheContractedProvidersBoardIsFlagged() {
    Fixture f = Fixture.clean();
    OrganisationId aco = OrganisationId.of("ACO");
    BodyId acoBoard = BodyId.of("ACO-B");
    f.organisations.add(Organisation.of(aco, "Tees Care Partnership", OrganisationKind.ACO));
    f.bodies.add(DecisionBody.builder().id(acoBoard).name("ACO board").organisation(aco).kind(BodyKind.BOARD).build());
    f.memberships.add(Membership.of(person(1), acoBoard, Role.CLINICAL));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("prime"), TEES_CCG, aco, TEES).mechanism(Mechanism.PRIME_CONTRACT)
        .period(Period.from(LocalDate.of(2019, 4, 1))).build());
    Finding finding = only(f, ConflictRules.DUAL_ROLE, person(1), GB, acoBoard);
    assertEquals("Dr Ada Ahmed (P1) sits on Governing body (16C-GB) of NHS Tees Valley CCG (16C) and on ACO board "
        + "(ACO-B) of Tees Care Partnership (ACO), which it contracts, from 2019-04-01; one person should not sit on "
        + "both sides of a contract", finding.message());
  }

  @Test
  void aJointCommitteeAwardingAContractToOneOfItsMembersIsInstitutionallyConflicted() {
    Fixture f = Fixture.clean();
    OrganisationId committee = OrganisationId.of("JC1");
    BodyId body = BodyId.of("JC1-B");
    f.organisations.add(Organisation.of(committee, "Tees joint committee", OrganisationKind.JOINT_COMMITTEE));
    f.affiliations.add(Affiliation.of(TRUST, AffiliationKind.MEMBER_OF, committee, Period.from(APRIL_2015)));
    f.bodies.add(DecisionBody.builder().id(body).name("Joint committee").organisation(committee)
        .kind(BodyKind.JOINT_COMMITTEE).build());
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-JC1"), TEES_CCG, committee, TEES)
        .mechanism(Mechanism.JOINT_COMMITTEE).build());
    f.decisions.add(decision(DecisionId.of("D2"), body).title("Community services award").awardedTo(TRUST)
        .inProcurementRegister(true).participants(List.of()).voters(List.of()).build());
    Finding finding = only(f, ConflictRules.INSTITUTIONAL, DecisionId.of("D2"), TRUST);
    assertEquals("Decision 'Community services award' (D2) of Joint committee (JC1-B) on 2021-06-01 awarded a contract "
        + "to North Tees NHS FT (RVW), itself a member of Tees joint committee (JC1); the member should withdraw and the "
        + "award be decided without it", finding.message());
  }

  @Test
  void anIcbBoardMemberWithAPrivateProviderInterestIsIneligible() {
    Fixture f = Fixture.clean();
    OrganisationId icb = OrganisationId.of("QHM");
    OrganisationId company = OrganisationId.of("PRIV1");
    BodyId board = BodyId.of("QHM-B");
    f.organisations.add(Organisation.builder().id(icb).name("NHS North East and North Cumbria ICB")
        .kind(OrganisationKind.ICB).footprint(Fixture.ENGLAND).existence(Period.from(LocalDate.of(2022, 7, 1))).build());
    f.organisations.add(Organisation.of(company, "Private Diagnostics Ltd", OrganisationKind.OTHER));
    f.bodies.add(DecisionBody.builder().id(board).name("ICB board").organisation(icb).kind(BodyKind.BOARD).build());
    f.memberships.add(Membership.builder().person(person(5)).body(board).role(Role.PARTNER)
        .period(Period.from(LocalDate.of(2022, 7, 1))).build());
    f.interests.add(Interest.builder().person(person(5)).kind(InterestKind.FINANCIAL).organisation(company)
        .period(Period.from(LocalDate.of(2021, 1, 1))).declared(LocalDate.of(2021, 1, 5)).build());
    List<Finding> found = of(f, ConflictRules.INELIGIBLE_BOARD_MEMBER);
    assertEquals(1, found.size(), found::toString);
    assertEquals(List.of(person(5), board, InterestId.of("P5/FINANCIAL/PRIV1/2021-01-01")), found.get(0).subjects());
    assertEquals("Eve Evans (P5) sits on ICB board (QHM-B) of NHS North East and North Cumbria ICB (QHM) while holding "
        + "a financial interest in Private Diagnostics Ltd (PRIV1), a private provider, from 2022-07-01; the interest "
        + "undermines the board's independence: end one or the other", found.get(0).message());
  }

  @Test
  void anAcoSubContractingToItsOwnMemberTrustIsSelfCommissioning() {
    Fixture f = Fixture.clean();
    OrganisationId aco = OrganisationId.of("ACO");
    f.organisations.add(Organisation.of(aco, "Tees Care Partnership", OrganisationKind.ACO));
    f.affiliations.add(Affiliation.of(TRUST, AffiliationKind.PART_OF, aco, Period.from(LocalDate.of(2019, 4, 1))));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("prime"), TEES_CCG, aco, TEES).mechanism(Mechanism.PRIME_CONTRACT)
        .period(Period.from(LocalDate.of(2019, 4, 1))).build());
    f.delegations.add(delegation(DelegationId.of("sub"), aco, TRUST, TEES).mechanism(Mechanism.SUB_CONTRACT)
        .period(Period.from(LocalDate.of(2019, 4, 1))).build());
    Finding finding = only(f, ConflictRules.SELF_COMMISSIONING, DelegationId.of("sub"));
    assertEquals("Tees Care Partnership (ACO) lets a sub-contract for Primary medical services (pms) to North Tees NHS "
        + "FT (RVW), part of it, from 2019-04-01; an organisation commissioning for others should not award work to "
        + "itself or its affiliates without the conflict managed", finding.message());
  }

  @Test
  void aCommissionerThatAlsoProvidesUnderASubContractIsSelfCommissioning() {
    // The CCG lets a prime contract for primary care to an ACO and delegates contract management to the trust,
    // which the ACO also sub-contracts to provide the care it manages.
    Fixture f = Fixture.clean();
    OrganisationId aco = OrganisationId.of("ACO");
    LocalDate july2022 = LocalDate.of(2022, 7, 1);
    f.organisations.add(Organisation.of(aco, "Tees Care Partnership", OrganisationKind.ACO));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("prime"), TEES_CCG, aco, TEES).mechanism(Mechanism.PRIME_CONTRACT)
        .build());
    f.delegations.add(delegation(DelegationId.of("manage"), TEES_CCG, TRUST, TEES).function(Fixture.CONTRACTS)
        .keptBack(List.of()).period(Period.from(july2022)).build());
    f.delegations.add(delegation(DelegationId.of("sub"), aco, TRUST, TEES).mechanism(Mechanism.SUB_CONTRACT).build());
    Finding finding = only(f, ConflictRules.SELF_COMMISSIONING, TRUST, Fixture.CONTRACTS);
    assertEquals("North Tees NHS FT (RVW) commissions Contract management (pms.contracts) in Tees Valley (TEES) and "
        + "also provides it there under a sub-contract from 2022-07-01; separate the commissioning from the provision",
        finding.message());
  }

  /**
   * DOMAIN section 8, "GP leaders and their own surgeries", end to end: GPs on the governing body decide a
   * local enhanced service that reaches their own practices through the federation; they declare and
   * withdraw, which leaves the body inquorate; the item is referred to the PCCC, which decides it cleanly.
   */
  @Test
  void gpLeadersDecidingTheirOwnEnhancedServiceEndToEnd() {
    FunctionId les = FunctionId.of("les");
    Fixture f = Fixture.clean();
    f.functions.add(CommissioningFunction.of(les, "Local enhanced services"));
    f.duties.add(Duty.of(TEES_CCG, les, Fixture.ENGLAND, Period.from(APRIL_2013)));
    f.replace(f.bodies, b -> b.id().equals(PCCC), DecisionBody.builder().id(PCCC)
        .name("Primary care commissioning committee").organisation(TEES_CCG)
        .kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(3).addRemit(PMS, les).build());
    f.interests.add(practiceInterest(1));                       // GP partner at the Densham Surgery
    f.interests.add(practiceInterest(4));                       // the nurse works at the surgery
    f.interests.add(practiceInterest(5));                       // the specialist holds shares in it
    f.interests.add(Interest.builder().person(person(9)).kind(InterestKind.INDIRECT).organisation(FEDERATION)
        .through(person(8)).period(Period.from(APRIL_2013)).declared(APRIL_2013).build());   // spouse runs it
    List<PersonId> present = List.of(person(1), person(2), person(4), person(5), person(6), person(9));
    DecisionId les2021 = DecisionId.of("GB-2021-06-LES");
    Decision.Builder atTheGoverningBody = Decision.builder().id(les2021).title("Diabetes LES 2021/22").body(GB)
        .date(Fixture.JUNE_2021).function(les).addAffects(FEDERATION).participants(present).voters(present);

    // 1. Everyone votes; nobody declares.
    f.replace(f.decisions, d -> true, atTheGoverningBody.build());
    Report first = f.check();
    assertEquals(List.of(
            "COI-CONFLICTED-VOTE|GB-2021-06-LES|P1", "COI-CONFLICTED-VOTE|GB-2021-06-LES|P4",
            "COI-CONFLICTED-VOTE|GB-2021-06-LES|P5", "COI-ESCALATION-MISSING|GB-2021-06-LES",
            "COI-INQUORATE|GB-2021-06-LES", "COI-UNDECLARED|GB-2021-06-LES|P1", "COI-UNDECLARED|GB-2021-06-LES|P4",
            "COI-UNDECLARED|GB-2021-06-LES|P5", "COI-CONFLICTED-VOTE|GB-2021-06-LES|P9", "COI-INDIRECT|GB-2021-06-LES|P9"),
        first.findings().stream().map(x -> x.key().toString()).toList());

    // 2. The conflicted members declare and withdraw: the body is left inquorate.
    List<PersonId> conflicted = List.of(person(1), person(4), person(5), person(9));
    atTheGoverningBody.declarations(conflicted).withdrew(conflicted).participants(List.of(person(2), person(6)))
        .voters(List.of(person(2), person(6)));
    f.replace(f.decisions, d -> true, atTheGoverningBody.build());
    Report second = f.check();
    assertEquals(List.of("COI-ESCALATION-MISSING|GB-2021-06-LES", "COI-INQUORATE|GB-2021-06-LES"),
        second.findings().stream().map(x -> x.key().toString()).toList());
    assertTrue(second.findings().get(1).message().contains("stands with 2 unconflicted voting members, below its "
        + "quorum of 4, once Dr Ada Ahmed (P1), Dan Davies (P4), Eve Evans (P5) and Iris Irving (P9) are excluded"),
        second.findings().get(1).message());

    // 3. The item is referred to the PCCC, which decides it without conflicted members.
    f.replace(f.decisions, d -> true, atTheGoverningBody.escalation(EscalationKind.REFERRED).referredTo(PCCC).build());
    f.decisions.add(Decision.builder().id(DecisionId.of("PCCC-2021-06-LES")).title("Diabetes LES 2021/22").body(PCCC)
        .date(LocalDate.of(2021, 6, 15)).function(les).addAffects(FEDERATION)
        .participants(List.of(person(7), person(2), person(3))).voters(List.of(person(7), person(2), person(3)))
        .build());
    Report third = f.check();
    assertEquals(List.of(), third.findings());
    assertEquals(List.of("COI-ESCALATION-MISSING|GB-2021-06-LES", "COI-INQUORATE|GB-2021-06-LES"),
        Report.diff(second, third).resolved().stream().map(x -> x.key().toString()).toList());
  }
}
