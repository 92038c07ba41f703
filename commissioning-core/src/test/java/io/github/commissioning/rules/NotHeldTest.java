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
 * {@link NotHeld}, rule {@value AccountabilityRules.NOT_HELD}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class NotHeldTest {

  /** The example of the rule's page: Tees Valley CCG may delegate onward, and delegates primary medical services for all England to the trust, though it holds them in Tees Valley only. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, ENGLAND)
        .period(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    // example:end
    return f;
  }

  @Test
  void delegatingBeyondWhatIsHeldIsFlagged() {
    assertReport(example(), """
        ERROR ACC-NOT-HELD|16C-RVW|2022-07-01
        subjects: DelegationId 16C-RVW
        period: 2022-07-01/..
        footprint: ENG
        areas: [A83001]
        message: NHS Tees Valley CCG (16C) delegates Primary medical services (pms) to North Tees NHS FT (RVW) in County Durham (DUR) from 2022-07-01 but does not hold it there then; narrow the delegation to what NHS Tees Valley CCG (16C) holds
        evidence: delegation 16C-RVW: NHS Tees Valley CCG (16C) → North Tees NHS FT (RVW), Primary medical services (pms) for England (ENG), delegated, 2022-07-01/.., keeping back [pms.performers]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.NOT_HELD);
  }

  @Test
  void delegatingAPartKeptBackFromTheDelegatorIsFlagged() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, TEES).keptBack(List.of())
        .period(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    List<Finding> found = findingsOf(f, AccountabilityRules.NOT_HELD);
    assertEquals(1, found.size(), found::toString);
    assertEquals(List.of(DelegationId.of("16C-RVW"), PERFORMERS), found.get(0).subjects());
    assertEquals(List.of(A1, A2), found.get(0).areas());
  }

  @Test
  void delegatingExactlyWhatIsHeldIsSilent() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, TEES)
        .period(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    assertSilent(f, AccountabilityRules.NOT_HELD);
  }

  @Test
  void delegatingOneDayBeforeTheDelegatorHoldsItIsFlaggedForThatDay() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, TEES)
        .period(DateRange.startingOn(APRIL_2015.minusDays(1))).build());
    Finding finding = findingsOf(f, AccountabilityRules.NOT_HELD).get(0);
    assertEquals(DateRange.of(APRIL_2015.minusDays(1), APRIL_2015.minusDays(1)), finding.period().orElseThrow());
  }
}
