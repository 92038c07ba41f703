package io.github.commissioning.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void organisationKindsCarryCapabilities() {
    assertTrue(OrganisationKind.CCG.isStatutory());
    assertTrue(OrganisationKind.CCG.canHoldDuties());
    assertFalse(OrganisationKind.STP.isStatutory());
    assertTrue(OrganisationKind.STP.has(Capability.PARTNERSHIP));
    assertEquals(Set.of(Capability.SUPPORT_ONLY), OrganisationKind.CSU.capabilities());
    assertTrue(OrganisationKind.FOUNDATION_TRUST.providesCare());
    assertFalse(OrganisationKind.JOINT_COMMITTEE.canHoldDuties());
  }

  @Test
  void supportIsTheOnlyMechanismWithoutDecisionRights() {
    for (Mechanism mechanism : Mechanism.values()) {
      assertEquals(mechanism != Mechanism.SUPPORT, mechanism.conveysDecisionRights(), mechanism.name());
    }
  }

  @Test
  void defaultsAreDocumentedOnes() {
    Organisation org = Organisation.of(OrganisationId.of("R0A"), "Manchester University NHS FT",
        OrganisationKind.FOUNDATION_TRUST);
    assertEquals(DateRange.ALWAYS, org.existence());
    assertTrue(org.footprint().isEmpty());
    Membership observer = Membership.of(PersonId.of("P1"), BodyId.of("B"), Role.OBSERVER);
    assertFalse(observer.isVoting());
    Membership lay = Membership.of(PersonId.of("P1"), BodyId.of("B"), Role.LAY, Designation.LAY_AUDIT,
        Designation.CONFLICTS_GUARDIAN);
    assertTrue(lay.isVoting());
    assertEquals(List.of(Designation.LAY_AUDIT, Designation.CONFLICTS_GUARDIAN), List.copyOf(lay.designations()));
  }

  @Test
  void collectionsAreSortedWhateverTheOrderGiven() {
    Decision decision = Decision.builder().id(DecisionId.of("D")).title("t").body(BodyId.of("B"))
        .date(LocalDate.of(2021, 1, 1)).function(FunctionId.of("f"))
        .addVoters(PersonId.of("P3"), PersonId.of("P1"), PersonId.of("P2")).build();
    assertEquals(List.of(PersonId.of("P1"), PersonId.of("P2"), PersonId.of("P3")), List.copyOf(decision.voters()));
  }

  @Test
  void quorumBelowOneIsRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DecisionBody.builder()
        .id(BodyId.of("GB")).name("Governing body").organisation(OrganisationId.of("16C"))
        .kind(BodyKind.GOVERNING_BODY).quorum(0).build());
    assertEquals("Invalid quorum for decision body GB: 0; a quorum is at least 1 voting member", e.getMessage());
  }

  @Test
  void waiverNeedsAJustificationAndExpiresAfterItsLastDay() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Waiver.of(FindingKey.of("ACC-UNOWNED", "pms"), " ", "Board", LocalDate.of(2022, 3, 31)));
    assertEquals("Invalid waiver of ACC-UNOWNED|pms: a justification is required", e.getMessage());
    Waiver waiver = Waiver.of(FindingKey.of("ACC-UNOWNED", "pms"), "Transition", "Board", LocalDate.of(2022, 3, 31));
    assertTrue(waiver.isInForceOn(LocalDate.of(2022, 3, 31)));
    assertFalse(waiver.isInForceOn(LocalDate.of(2022, 4, 1)));
  }

  @Test
  void interestThroughAnAssociateIsIndirect() {
    Interest interest = Interest.builder().person(PersonId.of("P1")).kind(InterestKind.FINANCIAL)
        .organisation(OrganisationId.of("A81001")).through(PersonId.of("P2")).period(DateRange.ALWAYS).build();
    assertTrue(interest.isIndirect());
    assertFalse(Interest.of(PersonId.of("P1"), InterestKind.FINANCIAL, OrganisationId.of("A81001"), DateRange.ALWAYS)
        .isIndirect());
  }

  @Test
  void missingRequiredAttributeIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Organisation.builder().id(OrganisationId.of("16C")).build());
    assertTrue(e.getMessage().contains("name") && e.getMessage().contains("kind"), e.getMessage());
  }
}
