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
 * {@link Cycle}, rule {@value AccountabilityRules.CYCLE}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class CycleTest {

  /** The example of the rule's page: Tees Valley and Durham CCGs delegate primary medical services in Tees Valley to each other. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("cyc1"), TEES_CCG, DURHAM_CCG, TEES)
        .onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("cyc2"), DURHAM_CCG, TEES_CCG, TEES)
        .onwardDelegationPermitted(true).build());
    // example:end
    return f;
  }

  @Test
  void aCycleOfDelegationsIsOneFinding() {
    assertReport(example(), """
        ERROR ACC-CYCLE|cyc1
        subjects: DelegationId cyc1
        period: 2015-04-01/..
        footprint: none
        areas: []
        message: 2 delegations of Primary medical services (pms) form a cycle (NHS Tees Valley CCG (16C) → NHS County Durham CCG (84H) → NHS Tees Valley CCG (16C)) from 2015-04-01; none of them takes effect: end one of them
        evidence: delegation cyc1: NHS Tees Valley CCG (16C) → NHS County Durham CCG (84H), Primary medical services (pms) for Tees Valley (TEES), delegated, 2015-04-01/.., onward delegation permitted, keeping back [pms.performers]
        evidence: delegation cyc2: NHS County Durham CCG (84H) → NHS Tees Valley CCG (16C), Primary medical services (pms) for Tees Valley (TEES), delegated, 2015-04-01/.., onward delegation permitted, keeping back [pms.performers]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.CYCLE);
  }

  @Test
  void aChainThatDoesNotComeBackIsNoCycle() {
    Fixture f = example();
    f.delegations.removeIf(d -> d.id().code().equals("cyc2"));
    assertSilent(f, AccountabilityRules.CYCLE);
  }
}
