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
 * {@link IneligibleBoardMember}, rule {@value ConflictRules.INELIGIBLE_BOARD_MEMBER}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class IneligibleBoardMemberTest {

  /** The example of the rule's page: A member of an ICB board, in no statutory partner member's seat, holds a financial interest in a private company. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    OrganisationId icb = OrganisationId.of("QHM");
    OrganisationId company = OrganisationId.of("PRIV1");
    BodyId board = BodyId.of("QHM-B");
    f.organisations.add(Organisation.builder().id(icb).name("NHS North East and North Cumbria ICB")
        .kind(OrganisationKind.ICB).footprint(ENGLAND).existence(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    f.organisations.add(Organisation.of(company, "Private Diagnostics Ltd", OrganisationKind.OTHER));
    f.bodies.add(DecisionBody.builder().id(board).name("ICB board").organisation(icb)
        .kind(BodyKind.BOARD).build());
    f.memberships.add(Membership.builder().person(person(5)).body(board).role(Role.PARTNER)
        .period(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    f.interests.add(Interest.builder().person(person(5)).kind(InterestKind.FINANCIAL).organisation(company)
        .period(DateRange.startingOn(LocalDate.of(2021, 1, 1))).declared(LocalDate.of(2021, 1, 5)).build());
    // example:end
    return f;
  }

  @Test
  void anIcbBoardMemberWithAPrivateProviderInterestIsIneligible() {
    assertReport(example(), """
        ERROR ACC-COMPOSITION|QHM-B
        subjects: BodyId QHM-B
        period: 2022-07-01/..
        footprint: none
        areas: []
        message: ICB board (QHM-B) of NHS North East and North Cumbria ICB (QHM) has no accountable officer (statutory), chief finance officer (NHS England policy), registered nurse (NHS England policy), medical director (NHS England policy), partner member trusts (statutory), partner member primary medical services (statutory) and partner member local authorities (statutory), has 0 chair members, fewer than 1 (statutory), has 0 lay members, fewer than 2 (NHS England policy) from 2022-07-01; appoint members to fill these posts
        evidence: policy for a board of a ICB: CompositionPolicy[members >= 0, posts [ACCOUNTABLE_OFFICER, CHIEF_FINANCE_OFFICER, REGISTERED_NURSE, MEDICAL_DIRECTOR, PARTNER_MEMBER_TRUSTS, PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES, PARTNER_MEMBER_LOCAL_AUTHORITIES], roles {CHAIR=1, LAY=2}]
        """, """
        ERROR COI-INELIGIBLE-BOARD-MEMBER|P5|QHM-B|P5/FINANCIAL/PRIV1/2021-01-01
        subjects: PersonId P5, BodyId QHM-B, InterestId P5/FINANCIAL/PRIV1/2021-01-01
        period: 2022-07-01/..
        footprint: none
        areas: []
        message: Eve Evans (P5) sits on ICB board (QHM-B) of NHS North East and North Cumbria ICB (QHM) while holding a financial interest in Private Diagnostics Ltd (PRIV1), a private provider, from 2022-07-01; the interest undermines the board's independence: end one or the other
        """, """
        WARNING COI-GUARDIAN|QHM
        subjects: OrganisationId QHM
        period: 2022-07-01/..
        footprint: none
        areas: []
        message: NHS North East and North Cumbria ICB (QHM) has no conflicts of interest guardian from 2022-07-01; designate an independent conflicts of interest guardian, normally the audit chair
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.INELIGIBLE_BOARD_MEMBER);
  }

  @Test
  void anInterestInAnNhsTrustIsNotPrivate() {
    Fixture f = example();
    f.interests.clear();
    f.interests.add(Interest.builder().person(person(5)).kind(InterestKind.FINANCIAL).organisation(TRUST)
        .period(DateRange.startingOn(LocalDate.of(2021, 1, 1))).declared(LocalDate.of(2021, 1, 5)).build());
    assertSilent(f, ConflictRules.INELIGIBLE_BOARD_MEMBER);
  }

  @Test
  void aProfessionalInterestInAPrivateCompanyIsSilent() {
    Fixture f = example();
    f.interests.clear();
    f.interests.add(Interest.builder().person(person(5)).kind(InterestKind.PROFESSIONAL)
        .organisation(OrganisationId.of("PRIV1")).period(DateRange.startingOn(LocalDate.of(2021, 1, 1)))
        .declared(LocalDate.of(2021, 1, 5)).build());
    assertSilent(f, ConflictRules.INELIGIBLE_BOARD_MEMBER);
  }

  @Test
  void aSeatRecordedBeforeTheIcbExistedCountsFromTheIcbsFirstDay() {
    Fixture f = example();
    f.replace(f.memberships, m -> m.body().code().equals("QHM-B"), Membership.builder().person(person(5))
        .body(BodyId.of("QHM-B")).role(Role.PARTNER).period(DateRange.startingOn(LocalDate.of(2022, 1, 1))).build());
    assertEquals(DateRange.startingOn(LocalDate.of(2022, 7, 1)),
        findingsOf(f, ConflictRules.INELIGIBLE_BOARD_MEMBER).get(0).period().orElseThrow());
  }
}
