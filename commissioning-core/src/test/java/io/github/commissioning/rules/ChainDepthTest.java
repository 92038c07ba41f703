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
 * {@link ChainDepth}, rule {@value AccountabilityRules.CHAIN_DEPTH}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class ChainDepthTest {

  /** The example of the rule's page: Tees Valley CCG passes primary medical services down a chain of four joint committees. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    OrganisationId previous = TEES_CCG;
    for (int i = 1; i <= 4; i++) {
      OrganisationId next = OrganisationId.of("JC" + i);
      f.organisations.add(Organisation.of(next, "Committee " + i, OrganisationKind.JOINT_COMMITTEE));
      f.delegations.add(delegation(DelegationId.of("link" + i), previous, next, TEES)
          .onwardDelegationPermitted(true).mechanism(Mechanism.JOINT_COMMITTEE).build());
      previous = next;
    }
    // example:end
    return f;
  }

  @Test
  void aChainLongerThanThePolicyIsFlaggedOnceWhereItCrossesTheLimit() {
    assertReport(example(), """
        WARNING ACC-CHAIN-DEPTH|link3|2015-04-01
        subjects: DelegationId link3
        period: 2015-04-01/..
        footprint: TEES
        areas: [A81001, A81002]
        message: Committee 3 (JC3) exercises Primary medical services (pms) in Tees Valley (TEES) from 2015-04-01 at the end of a chain of more than 3 delegations from the accountable body; shorten the chain
        evidence: delegation link3: Committee 2 (JC2) → Committee 3 (JC3), Primary medical services (pms) for Tees Valley (TEES), joint committee, 2015-04-01/.., onward delegation permitted, keeping back [pms.performers]
        evidence: chain: NHS England (accountable) → NHS Tees Valley CCG → Committee 1 → Committee 2 → Committee 3
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.CHAIN_DEPTH);
  }

  @Test
  void aLongerLimitAcceptsTheChain() {
    Report relaxed = RuleSet.standard().with(AccountabilityRules.chainDepth(5)).asOf(Fixture.AS_OF)
        .check(example().build());
    assertEquals(List.of(), relaxed.findings());
  }

  @Test
  void aChainOfExactlyTheLimitIsSilent() {
    // NHS England, the CCG and four committees: the last committee is five links from the accountable body
    Report exact = RuleSet.standard().with(AccountabilityRules.chainDepth(5)).asOf(Fixture.AS_OF)
        .check(example().build());
    assertEquals(List.of(), exact.findingsOfRule(AccountabilityRules.CHAIN_DEPTH));
    Report one = RuleSet.standard().with(AccountabilityRules.chainDepth(4)).asOf(Fixture.AS_OF)
        .check(example().build());
    assertEquals(List.of(DelegationId.of("link4")),
        one.findingsOfRule(AccountabilityRules.CHAIN_DEPTH).get(0).subjectsOf(DelegationId.class));
  }

  @Test
  void aLimitBelowOneIsRejected() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> AccountabilityRules.chainDepth(0));
    assertEquals("Invalid chain depth policy: 0 links; the longest chain accepted must be at least 1", e.getMessage());
  }
}
