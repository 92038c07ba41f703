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
 * {@link Guardian}, rule {@value ConflictRules.GUARDIAN}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class GuardianTest {

  /** The example of the rule's page: The audit chair of Tees Valley CCG's governing body is no longer designated conflicts of interest guardian. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.memberships, m -> m.designations().contains(Designation.CONFLICTS_GUARDIAN),
        Membership.of(person(6), GB, Role.CHAIR, Designation.LAY_AUDIT));
    // example:end
    return f;
  }

  @Test
  void aCcgWithoutAGuardianIsFlagged() {
    assertReport(example(), """
        WARNING COI-GUARDIAN|16C
        subjects: OrganisationId 16C
        period: ../..
        footprint: none
        areas: []
        message: NHS Tees Valley CCG (16C) has no conflicts of interest guardian at all times; designate an independent conflicts of interest guardian, normally the audit chair
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.GUARDIAN);
  }

  @Test
  void theGuardianChairingThePcccIsFlagged() {
    Fixture g = Fixture.clean();
    g.replace(g.memberships, m -> m.body().equals(GB) && m.person().equals(person(7)),
        Membership.of(person(7), GB, Role.LAY, Designation.LAY_PATIENT_AND_PUBLIC, Designation.CONFLICTS_GUARDIAN));
    g.replace(g.memberships, m -> m.designations().contains(Designation.LAY_AUDIT),
        Membership.of(person(6), GB, Role.CHAIR, Designation.LAY_AUDIT));
    Finding chairing = findingsOf(g, ConflictRules.GUARDIAN).get(0);
    assertEquals("NHS Tees Valley CCG (16C) has its conflicts guardian Gus Green (P7) chairing Primary care "
        + "commissioning committee (16C-PCCC) at all times; designate an independent conflicts of interest guardian, "
        + "normally the audit chair", chairing.message());
  }
}
