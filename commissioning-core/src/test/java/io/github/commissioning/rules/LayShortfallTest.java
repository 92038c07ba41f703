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
 * {@link LayShortfall}, rule {@value ConflictRules.LAY_SHORTFALL}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class LayShortfallTest {

  /** The example of the rule's page: A lay member leaves Tees Valley CCG's governing body, which keeps two. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.memberships.removeIf(m -> m.body().equals(GB) && m.person().equals(person(9)));
    // example:end
    return f;
  }

  @Test
  void aGoverningBodyWithTwoLayMembersFallsShortOfTheRecommendation() {
    assertReport(example(), """
        INFO COI-LAY-SHORTFALL|16C-GB
        subjects: BodyId 16C-GB
        period: ../..
        footprint: none
        areas: []
        message: Governing body (16C-GB) of NHS Tees Valley CCG (16C) has 2 lay members at all times, fewer than the 3 the guidance recommends; appoint lay members
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.LAY_SHORTFALL);
  }

  @Test
  void belowTheLegalTwoIsAnError() {
    Fixture f = example();
    f.memberships.removeIf(m -> m.body().equals(GB) && m.person().equals(person(7)));
    assertEquals(Severity.ERROR, findingsOf(f, ConflictRules.LAY_SHORTFALL).get(0).severity());
  }

  @Test
  void exactlyThreeLayMembersIsSilent() {
    assertSilent(Fixture.clean(), ConflictRules.LAY_SHORTFALL);
    assertEquals(3, Fixture.clean().memberships.stream().filter(m -> m.body().equals(GB) && (m.role() == Role.LAY
        || m.designations().contains(Designation.LAY_AUDIT))).count());
  }
}
