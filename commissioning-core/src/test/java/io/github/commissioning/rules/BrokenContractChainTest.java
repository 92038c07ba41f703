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
 * {@link BrokenContractChain}, rule {@value AccountabilityRules.BROKEN_CONTRACT_CHAIN}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class BrokenContractChainTest {

  /** The example of the rule's page: Tees Valley CCG lets a sub-contract to the trust without holding a prime contract. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("sub"), TEES_CCG, TRUST, TEES)
        .mechanism(Mechanism.SUB_CONTRACT).build());
    // example:end
    return f;
  }

  @Test
  void aSubContractWithNoPrimeContractBreaksTheChain() {
    assertReport(example(), """
        ERROR ACC-BROKEN-CONTRACT-CHAIN|sub|2015-04-01
        subjects: DelegationId sub
        period: 2015-04-01/..
        footprint: TEES
        areas: [A81001, A81002]
        message: NHS Tees Valley CCG (16C) lets a sub-contract for Primary medical services (pms) to North Tees NHS FT (RVW) in Tees Valley (TEES) from 2015-04-01, but holds no prime contract for it there; a sub-contract needs a commissioner–prime contract above it
        evidence: delegation sub: NHS Tees Valley CCG (16C) → North Tees NHS FT (RVW), Primary medical services (pms) for Tees Valley (TEES), sub-contract, 2015-04-01/.., keeping back [pms.performers]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.BROKEN_CONTRACT_CHAIN);
  }

  @Test
  void aSubContractUnderAPrimeContractIsSilent() {
    assertSilent(Fixture.busy(), AccountabilityRules.BROKEN_CONTRACT_CHAIN);
    assertEquals(Mechanism.SUB_CONTRACT, Fixture.busy().build().delegation(SUB).orElseThrow().mechanism());
  }

  @Test
  void aSubContractStartingTheDayBeforeItsPrimeContractIsFlaggedForThatDay() {
    Fixture f = Fixture.busy();
    f.replace(f.delegations, d -> d.id().equals(SUB), Delegation.builder().id(SUB).delegator(FEDERATION).delegate(TRUST)
        .function(COMMUNITY).footprint(TEES).mechanism(Mechanism.SUB_CONTRACT)
        .period(DateRange.startingOn(JUNE_2021.minusMonths(2).minusDays(1))).build());
    Finding finding = findingsOf(f, AccountabilityRules.BROKEN_CONTRACT_CHAIN).get(0);
    LocalDate day = JUNE_2021.minusMonths(2).minusDays(1);
    assertEquals(DateRange.of(day, day), finding.period().orElseThrow());
  }
}
