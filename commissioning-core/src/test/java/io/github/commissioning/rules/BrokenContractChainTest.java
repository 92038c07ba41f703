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

  /** The example of the rule's page: Tees Valley CCG lets a sub-contract to the trust under the prime contract it let to the GP federation, which it does not hold. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.contracts.add(contract(ContractId.of("prime"), TEES_CCG, FEDERATION, TEES).build());
    f.contracts.add(contract(ContractId.of("sub"), TEES_CCG, TRUST, TEES).form(ContractForm.SUB_CONTRACT)
        .prime(ContractId.of("prime")).build());
    // example:end
    return f;
  }

  @Test
  void aSubContractWithNoPrimeContractBreaksTheChain() {
    assertReport(example(), """
        ERROR ACC-BROKEN-CONTRACT-CHAIN|sub|not-held
        subjects: ContractId sub
        period: 2015-04-01/..
        footprint: TEES
        areas: [A81001, A81002]
        message: NHS Tees Valley CCG (16C) lets sub-contract sub for Primary medical services (pms) to North Tees NHS FT (RVW) under prime contract prime, but holds no such prime contract from 2015-04-01; a sub-contract needs a commissioner–prime contract above it, held by the one letting it
        evidence: contract sub: NHS Tees Valley CCG (16C) with North Tees NHS FT (RVW), sub-contract, Primary medical services (pms) for Tees Valley (TEES), 2015-04-01/.., under prime contract prime
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.BROKEN_CONTRACT_CHAIN);
  }

  @Test
  void aSubContractUnderAPrimeContractIsSilent() {
    assertSilent(Fixture.busy(), AccountabilityRules.BROKEN_CONTRACT_CHAIN);
    assertEquals(PRIME, Fixture.busy().build().contract(SUB).orElseThrow().prime().orElseThrow());
  }

  @Test
  void aSubContractStartingTheDayBeforeItsPrimeContractIsFlaggedForThatDay() {
    Fixture f = Fixture.busy();
    LocalDate day = JUNE_2021.minusMonths(2).minusDays(1);
    f.replace(f.contracts, c -> c.id().equals(SUB), f.contracts.get(1).withTerm(DateRange.startingOn(day)));
    Finding finding = findingsOf(f, AccountabilityRules.BROKEN_CONTRACT_CHAIN).get(0);
    assertEquals("FED1-RVW|beyond-term", finding.key().toString().substring(finding.key().toString().indexOf('|') + 1));
    assertEquals(DateRange.of(day, day), finding.period().orElseThrow());
  }

  @Test
  void aSubContractWithoutAPrimeOrBeyondItsAreaIsFlagged() {
    Fixture f = Fixture.clean();
    f.contracts.add(contract(ContractId.of("orphan"), TEES_CCG, TRUST, TEES).form(ContractForm.SUB_CONTRACT).build());
    f.contracts.add(contract(ContractId.of("p"), NHSE, TEES_CCG, TEES).build());
    f.contracts.add(contract(ContractId.of("wide"), TEES_CCG, TRUST, ENGLAND).prime(ContractId.of("p")).build());
    List<String> found = findingsOf(f, AccountabilityRules.BROKEN_CONTRACT_CHAIN).stream()
        .map(x -> x.key() + " " + x.areas()).toList();
    assertEquals(List.of("ACC-BROKEN-CONTRACT-CHAIN|orphan|no-prime []",
        "ACC-BROKEN-CONTRACT-CHAIN|wide|beyond-area [A83001]"), found);
  }

  @Test
  void nearMissAContractThatIsNoSubContractNeedsNoPrime() {
    Fixture f = Fixture.clean();
    f.contracts.add(contract(ContractId.of("direct"), TEES_CCG, TRUST, TEES).build());
    assertSilent(f, AccountabilityRules.BROKEN_CONTRACT_CHAIN);
  }
}
