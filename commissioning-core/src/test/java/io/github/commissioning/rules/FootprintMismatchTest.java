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
 * {@link FootprintMismatch}, rule {@value AccountabilityRules.FOOTPRINT_MISMATCH}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class FootprintMismatchTest {

  /** The example of the rule's page: Tees Valley CCG, permitted to delegate onward, delegates to Durham CCG, whose footprint lies outside its own. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-84H"), TEES_CCG, DURHAM_CCG, TEES).build());
    // example:end
    return f;
  }

  @Test
  void aDelegateServingBeyondItsDelegatorsFootprintIsFlagged() {
    assertReport(example(), """
        WARNING ACC-FOOTPRINT-MISMATCH|16C-84H
        subjects: DelegationId 16C-84H
        period: 2015-04-01/..
        footprint: DUR
        areas: [A83001]
        message: NHS County Durham CCG (84H) serves County Durham (DUR), of which 1 of 1 areas lie outside the footprint of its delegator NHS Tees Valley CCG (16C), Tees Valley (TEES); check that the right organisations are party to delegation 16C-84H
        evidence: delegation 16C-84H: NHS Tees Valley CCG (16C) → NHS County Durham CCG (84H), Primary medical services (pms) for Tees Valley (TEES), delegated, 2015-04-01/.., keeping back [pms.performers]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.FOOTPRINT_MISMATCH);
  }

  @Test
  void aDelegateServingPartOfItsDelegatorsFootprintIsSilent() {
    assertSilent(Fixture.clean(), AccountabilityRules.FOOTPRINT_MISMATCH);
    assertTrue(Fixture.clean().build().delegations().stream().allMatch(d -> d.delegator().equals(NHSE)));
  }

  @Test
  void oneAreaOutsideIsEnough() {
    Fixture f = example();
    f.footprints.add(Footprint.of(FootprintId.of("DUR-PART"), "Part of Durham", FootprintLevel.NEIGHBOURHOOD, List.of(A3)));
    f.footprints.add(Footprint.of(FootprintId.of("TEES-PLUS"), "Tees Valley and one Durham practice",
        FootprintLevel.PLACE, List.of(A1, A2, A3)));
    f.replace(f.organisations, o -> o.id().equals(DURHAM_CCG), Organisation.of(DURHAM_CCG, "NHS County Durham CCG",
        OrganisationKind.CCG, FootprintId.of("TEES-PLUS")));
    Finding finding = findingsOf(f, AccountabilityRules.FOOTPRINT_MISMATCH).get(0);
    assertEquals(List.of(A3), finding.areas());
  }
}
