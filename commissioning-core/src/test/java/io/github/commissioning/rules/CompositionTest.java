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
 * {@link Composition}, rule {@value AccountabilityRules.COMPOSITION}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class CompositionTest {

  /** The example of the rule's page: Tees Valley CCG's governing body loses its registered nurse. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.memberships.removeIf(m -> m.body().equals(GB)
        && m.designations().contains(Designation.REGISTERED_NURSE));
    // example:end
    return f;
  }

  @Test
  void aGoverningBodyWithoutANurseBreachesTheRegulations() {
    assertReport(example(), """
        ERROR ACC-COMPOSITION|16C-GB
        subjects: BodyId 16C-GB
        period: ../..
        footprint: none
        areas: []
        message: Governing body (16C-GB) of NHS Tees Valley CCG (16C) has no registered nurse at all times; appoint members to fill these posts
        evidence: policy for a governing body of a CCG: CompositionPolicy[members >= 6, posts [ACCOUNTABLE_OFFICER, CHIEF_FINANCE_OFFICER, REGISTERED_NURSE, SECONDARY_CARE_SPECIALIST, LAY_AUDIT, LAY_PATIENT_AND_PUBLIC], roles {}]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.COMPOSITION);
  }

  @Test
  void aGoverningBodyOfExactlySixWithEveryPostIsSilentAndFiveIsNot() {
    Fixture f = Fixture.clean();
    f.memberships.removeIf(m -> m.body().equals(GB) && (m.person().equals(person(1)) || m.person().equals(person(9))));
    assertSilent(f, AccountabilityRules.COMPOSITION);
    f.memberships.add(Membership.of(person(9), GB, Role.OBSERVER));
    assertSilent(f, AccountabilityRules.COMPOSITION);
    f.memberships.removeIf(m -> m.body().equals(GB) && m.person().equals(person(7)));
    assertTrue(findingsOf(f, AccountabilityRules.COMPOSITION).get(0).message().contains("has 5 members, fewer than 6"));
  }

  @Test
  void anIcbBoardNeedsItsPartnerMembers() {
    Fixture f = Fixture.clean();
    OrganisationId icb = OrganisationId.of("QHM");
    BodyId board = BodyId.of("QHM-B");
    f.organisations.add(Organisation.builder().id(icb).name("NHS North East and North Cumbria ICB")
        .kind(OrganisationKind.ICB).footprint(ENGLAND).existence(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    f.bodies.add(DecisionBody.builder().id(board).name("ICB board").organisation(icb).kind(BodyKind.BOARD).build());
    f.memberships.add(Membership.of(person(1), board, Role.CHAIR));
    f.memberships.add(Membership.of(person(2), board, Role.EXECUTIVE, Designation.ACCOUNTABLE_OFFICER));
    f.memberships.add(Membership.of(person(3), board, Role.EXECUTIVE, Designation.CHIEF_FINANCE_OFFICER));
    f.memberships.add(Membership.of(person(4), board, Role.EXECUTIVE, Designation.MEDICAL_DIRECTOR));
    f.memberships.add(Membership.of(person(5), board, Role.EXECUTIVE, Designation.REGISTERED_NURSE));
    f.memberships.add(Membership.of(person(6), board, Role.LAY));
    f.memberships.add(Membership.of(person(7), board, Role.LAY));
    f.memberships.add(Membership.of(person(8), board, Role.PARTNER));
    Finding finding = findingsOf(f, AccountabilityRules.COMPOSITION).get(0);
    assertEquals("ICB board (QHM-B) of NHS North East and North Cumbria ICB (QHM) has no partner member trusts "
        + "(statutory), partner member primary medical services (statutory) and partner member local authorities "
        + "(statutory) from 2022-07-01; appoint members to fill these posts", finding.message());
    // the statutory seats filled, one of NHS England's posts left empty
    f.memberships.removeIf(m -> m.body().equals(board) && (m.person().equals(person(8)) || m.person().equals(person(5))));
    f.memberships.add(Membership.of(person(8), board, Role.PARTNER, Designation.PARTNER_MEMBER_TRUSTS));
    f.memberships.add(Membership.of(person(9), board, Role.PARTNER, Designation.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES,
        Designation.PARTNER_MEMBER_LOCAL_AUTHORITIES));
    assertEquals(List.of("ICB board (QHM-B) of NHS North East and North Cumbria ICB (QHM) has no registered nurse (NHS "
        + "England policy) from 2022-07-01; appoint members to fill these posts"),
        findingsOf(f, AccountabilityRules.COMPOSITION).stream().map(Finding::message).toList());
    assertEquals(DateRange.startingOn(LocalDate.of(2022, 7, 1)), finding.period().orElseThrow());
  }
}
