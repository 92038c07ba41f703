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
 * {@link UltraVires}, rule {@value AccountabilityRules.ULTRA_VIRES}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class UltraViresTest {

  /** The example of the rule's page: The PCCC's remit is narrowed to the performers list, and it decides on contract management. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.bodies, b -> b.id().equals(PCCC), DecisionBody.builder().id(PCCC)
        .name("Primary care commissioning committee").organisation(TEES_CCG)
        .kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(3).addRemit(PERFORMERS).build());
    // example:end
    return f;
  }

  @Test
  void aDecisionOutsideTheRemitIsUltraVires() {
    assertReport(example(), """
        ERROR ACC-ULTRA-VIRES|D1|16C-PCCC
        subjects: DecisionId D1, BodyId 16C-PCCC
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Decision 'Practice merger in Stockton' (D1) by Primary care commissioning committee (16C-PCCC) on 2021-06-01 is outside what the body may decide: Contract management (pms.contracts) is outside its remit (Performers list (pms.performers)); refer it to a body whose remit and organisation cover Contract management (pms.contracts)
        evidence: Contract management (pms.contracts) is outside its remit (Performers list (pms.performers))
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.ULTRA_VIRES);
  }

  @Test
  void aDecisionOnAFunctionTheOrganisationDoesNotExerciseIsUltraVires() {
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).function(PERFORMERS).build());
    Finding finding = findingsOf(f, AccountabilityRules.ULTRA_VIRES).get(0);
    assertTrue(finding.message().contains("NHS Tees Valley CCG (16C) neither holds nor exercises Performers list "
        + "(pms.performers) on 2021-06-01"), finding.message());
  }

  @Test
  void aDecisionTheDayBeforeTheDelegationStartsIsUltraVires() {
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).date(APRIL_2015.minusDays(1)).build());
    assertEquals(1, findingsOf(f, AccountabilityRules.ULTRA_VIRES).size());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).date(APRIL_2015).build());
    assertSilent(f, AccountabilityRules.ULTRA_VIRES);
  }

  /** Committees in common of Tees Valley CCG: an organisation whose members are Tees Valley and, optionally, a trust. */
  static Fixture committeesInCommon(boolean withTrust) {
    Fixture f = Fixture.clean();
    OrganisationId cic = OrganisationId.of("CIC");
    BodyId committees = BodyId.of("CIC-B");
    f.organisations.add(Organisation.of(cic, "Committees in common", OrganisationKind.OTHER, ENGLAND));
    f.affiliations.add(Affiliation.of(TEES_CCG, AffiliationKind.MEMBER_OF, cic, DateRange.startingOn(APRIL_2015)));
    if (withTrust) {
      f.affiliations.add(Affiliation.of(TRUST, AffiliationKind.MEMBER_OF, cic, DateRange.startingOn(APRIL_2015)));
    }
    f.bodies.add(DecisionBody.builder().id(committees).name("Committees in common").organisation(cic)
        .kind(BodyKind.COMMITTEES_IN_COMMON).build());
    f.decisions.add(decision(DecisionId.of("D9"), committees).title("Joint plan").function(PMS)
        .ratifiedBy(withTrust ? List.of(TEES_CCG, TRUST) : List.of(TEES_CCG)).participants(List.of())
        .voters(List.of()).build());
    return f;
  }

  @Test
  void committeesInCommonDecideOnlyWhatEachMemberHoldsOrExercises() {
    Finding finding = findingsOf(committeesInCommon(true), AccountabilityRules.ULTRA_VIRES).get(0);
    assertEquals(List.of("its member North Tees NHS FT (RVW) neither holds nor exercises Primary medical "
        + "services (pms) on 2021-06-01"), finding.evidence());
  }

  @Test
  void committeesInCommonWhoseMembersAllExerciseTheFunctionAreSilent() {
    assertSilent(committeesInCommon(false), AccountabilityRules.ULTRA_VIRES);
  }
}
