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
 * {@link PcccComposition}, rule {@value ConflictRules.PCCC_COMPOSITION}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class PcccCompositionTest {

  /** The example of the rule's page: The PCCC is remade as a GP chair, a second GP and one executive. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.memberships.removeIf(m -> m.body().equals(PCCC));
    f.memberships.add(Membership.of(person(8), PCCC, Role.CHAIR, Designation.GP));
    f.memberships.add(Membership.of(person(1), PCCC, Role.CLINICAL, Designation.GP));
    f.memberships.add(Membership.of(person(2), PCCC, Role.EXECUTIVE));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC)
        .participants(List.of(person(8), person(1), person(2)))
        .voters(List.of(person(8), person(1), person(2))).build());
    // example:end
    return f;
  }

  @Test
  void aPcccChairedByAGpWithAGpMajorityBreachesThePolicy() {
    assertReport(example(), """
        ERROR COI-PCCC-COMPOSITION|16C-PCCC
        subjects: BodyId 16C-PCCC
        period: ../..
        footprint: none
        areas: []
        message: Primary care commissioning committee (16C-PCCC) of NHS Tees Valley CCG (16C) is chaired by Dr Hal Hughes (P8), who is not a lay member, has 1 lay and executive members of 3 voting, not a majority, gives GPs and clinical members 2 of 3 votes, a majority at all times; appoint a lay chair and enough lay and executive members
        evidence: policy: PcccPolicy[lay chair true, lay and executive majority true, no GP majority true]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.PCCC_COMPOSITION);
  }

  @Test
  void everyClauseCanBeSwitchedOff() {
    Report relaxed = RuleSet.standard().with(ConflictRules.pcccComposition(PcccPolicy.none()))
        .asOf(Fixture.AS_OF).check(example().build());
    assertEquals(List.of(), relaxed.findingsOfRule(ConflictRules.PCCC_COMPOSITION));
  }

  @Test
  void exactlyHalfLayAndExecutiveIsNotAMajority() {
    Fixture f = Fixture.clean();
    f.memberships.removeIf(m -> m.body().equals(PCCC) && m.person().equals(person(3)));
    f.memberships.add(Membership.of(person(1), PCCC, Role.CLINICAL, Designation.GP));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).participants(List.of(person(7), person(2)))
        .voters(List.of(person(7), person(2))).build());
    assertTrue(findingsOf(f, ConflictRules.PCCC_COMPOSITION).get(0).message()
        .contains("has 2 lay and executive members of 4 voting, not a majority"));
  }
}
