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
 * {@link SelfCommissioning}, rule {@value ConflictRules.SELF_COMMISSIONING}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class SelfCommissioningTest {

  /** The example of the rule's page: Tees Valley CCG lets a prime contract to an ACO, which sub-contracts to a trust that is part of it. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    OrganisationId aco = OrganisationId.of("ACO");
    f.organisations.add(Organisation.of(aco, "Tees Care Partnership", OrganisationKind.ACO));
    f.affiliations.add(Affiliation.of(TRUST, AffiliationKind.PART_OF, aco, DateRange.startingOn(LocalDate.of(2019, 4, 1))));
    f.contracts.add(contract(ContractId.of("prime"), TEES_CCG, aco, TEES).form(ContractForm.POPULATION_CONTRACT)
        .term(DateRange.startingOn(LocalDate.of(2019, 4, 1))).build());
    f.contracts.add(contract(ContractId.of("sub"), aco, TRUST, TEES).form(ContractForm.SUB_CONTRACT)
        .prime(ContractId.of("prime")).term(DateRange.startingOn(LocalDate.of(2019, 4, 1))).build());
    // example:end
    return f;
  }

  @Test
  void anAcoSubContractingToItsOwnMemberTrustIsSelfCommissioning() {
    assertReport(example(), """
        ERROR COI-SELF-COMMISSIONING|sub
        subjects: ContractId sub
        period: 2019-04-01/..
        footprint: TEES
        areas: []
        message: Tees Care Partnership (ACO) lets a sub-contract for Primary medical services (pms) to North Tees NHS FT (RVW), part of it, from 2019-04-01; an organisation commissioning for others should not award work to itself or its affiliates without the conflict managed
        evidence: contract sub: Tees Care Partnership (ACO) with North Tees NHS FT (RVW), sub-contract, Primary medical services (pms) for Tees Valley (TEES), 2019-04-01/.., under prime contract prime
        evidence: North Tees NHS FT (RVW) is part of Tees Care Partnership (ACO), 2019-04-01/..
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.SELF_COMMISSIONING);
  }

  @Test
  void aCommissionerThatAlsoProvidesUnderAContractIsSelfCommissioning() {
    Fixture f = Fixture.clean();
    OrganisationId aco = OrganisationId.of("ACO");
    f.organisations.add(Organisation.of(aco, "Tees Care Partnership", OrganisationKind.ACO));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.contracts.add(contract(ContractId.of("prime"), TEES_CCG, aco, TEES).form(ContractForm.POPULATION_CONTRACT)
        .build());
    f.delegations.add(delegation(DelegationId.of("manage"), TEES_CCG, TRUST, TEES).function(CONTRACTS)
        .keptBack(List.of()).period(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    f.contracts.add(contract(ContractId.of("sub"), aco, TRUST, TEES).form(ContractForm.SUB_CONTRACT)
        .prime(ContractId.of("prime")).build());
    Finding finding = findingsOf(f, ConflictRules.SELF_COMMISSIONING).get(0);
    assertEquals(List.of(TRUST, CONTRACTS), finding.subjects());
    assertEquals(DateRange.startingOn(LocalDate.of(2022, 7, 1)), finding.period().orElseThrow());
  }

  @Test
  void aSubContractorThatLeftTheAcoTheDayBeforeIsSilent() {
    Fixture f = example();
    f.replace(f.affiliations, a -> a.member().equals(TRUST), Affiliation.builder().member(TRUST)
        .kind(AffiliationKind.PART_OF).parent(OrganisationId.of("ACO"))
        .period(DateRange.of(APRIL_2013, LocalDate.of(2019, 3, 31))).build());
    assertSilent(f, ConflictRules.SELF_COMMISSIONING);
  }
}
