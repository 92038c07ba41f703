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
 * {@link DualRole}, rule {@value ConflictRules.DUAL_ROLE}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class DualRoleTest {

  /** The example of the rule's page: A GP on Tees Valley CCG's governing body sits on the board of an ACO the CCG contracts with. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    OrganisationId aco = OrganisationId.of("ACO");
    BodyId acoBoard = BodyId.of("ACO-B");
    f.organisations.add(Organisation.of(aco, "Tees Care Partnership", OrganisationKind.ACO));
    f.bodies.add(DecisionBody.builder().id(acoBoard).name("ACO board").organisation(aco)
        .kind(BodyKind.BOARD).build());
    f.memberships.add(Membership.of(person(1), acoBoard, Role.CLINICAL));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.contracts.add(contract(ContractId.of("prime"), TEES_CCG, aco, TEES).form(ContractForm.POPULATION_CONTRACT)
        .term(DateRange.startingOn(LocalDate.of(2019, 4, 1))).build());
    // example:end
    return f;
  }

  @Test
  void onePersonOnTheCommissionersBodyAndTheContractedProvidersBoardIsFlagged() {
    assertReport(example(), """
        ERROR COI-DUAL-ROLE|P1|16C-GB|ACO-B
        subjects: PersonId P1, BodyId 16C-GB, BodyId ACO-B
        period: 2019-04-01/..
        footprint: none
        areas: []
        message: Dr Ada Ahmed (P1) sits on Governing body (16C-GB) of NHS Tees Valley CCG (16C) and on ACO board (ACO-B) of Tees Care Partnership (ACO), which it contracts, from 2019-04-01; one person should not sit on both sides of a contract
        evidence: contract prime: NHS Tees Valley CCG (16C) with Tees Care Partnership (ACO), population contract, Primary medical services (pms) for Tees Valley (TEES), 2019-04-01/..
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.DUAL_ROLE);
  }

  @Test
  void aBoardSeatEndingTheDayBeforeTheContractIsSilent() {
    Fixture f = example();
    f.replace(f.memberships, m -> m.body().code().equals("ACO-B"), Membership.builder().person(person(1))
        .body(BodyId.of("ACO-B")).role(Role.CLINICAL).period(DateRange.of(APRIL_2013, LocalDate.of(2019, 3, 31))).build());
    assertSilent(f, ConflictRules.DUAL_ROLE);
  }
}
