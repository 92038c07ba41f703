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
 * {@link ReservedDelegated}, rule {@value AccountabilityRules.RESERVED_DELEGATED}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class ReservedDelegatedTest {

  /** The example of the rule's page: NHS England delegates primary medical services to Tees Valley CCG without keeping back the performers list. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).keptBack(List.of()).build());
    // example:end
    return f;
  }

  @Test
  void primaryCareDelegatedWithoutKeepingBackThePerformersListIsFlagged() {
    assertReport(example(), """
        ERROR ACC-RESERVED-DELEGATED|X24-16C|pms.performers
        subjects: DelegationId X24-16C, FunctionId pms.performers
        period: 2015-04-01/..
        footprint: TEES
        areas: []
        message: NHS England (X24) delegates Primary medical services (pms) to NHS Tees Valley CCG (16C) without keeping back the reserved function Performers list (pms.performers); add it to the delegation's kept-back functions
        evidence: delegation X24-16C: NHS England (X24) → NHS Tees Valley CCG (16C), Primary medical services (pms) for Tees Valley (TEES), delegated, 2015-04-01/..
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.RESERVED_DELEGATED);
  }

  @Test
  void delegatingAReservedFunctionItselfIsFlagged() {
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("perf"), NHSE, TEES_CCG, TEES).function(PERFORMERS)
        .keptBack(List.of()).build());
    List<Finding> found = findingsOf(f, AccountabilityRules.RESERVED_DELEGATED);
    assertEquals(List.of(DelegationId.of("perf"), PERFORMERS), found.get(0).subjects());
    assertEquals(1, found.size());
  }

  @Test
  void keepingBackAPartThatIsNotReservedDoesNotCoverTheReservedOne() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).keptBack(List.of(CONTRACTS)).build());
    List<Finding> found = findingsOf(f, AccountabilityRules.RESERVED_DELEGATED);
    assertEquals(1, found.size(), found::toString);
    assertEquals(List.of(TO_TEES, PERFORMERS), found.get(0).subjects());
  }

  @Test
  void supportForAReservedFunctionConveysNoDecisionRights() {
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("perf"), NHSE, TEES_CCG, TEES).function(PERFORMERS)
        .keptBack(List.of()).mechanism(Mechanism.SUPPORT).build());
    assertSilent(f, AccountabilityRules.RESERVED_DELEGATED);
  }
}
