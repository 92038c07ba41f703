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
 * {@link OnwardUnpermitted}, rule {@value AccountabilityRules.ONWARD_UNPERMITTED}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class OnwardUnpermittedTest {

  /** The example of the rule's page: Tees Valley CCG passes primary medical services on to the trust, though its own delegation does not permit onward delegation. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, TEES)
        .period(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    // example:end
    return f;
  }

  @Test
  void onwardDelegationWithoutPermissionIsFlagged() {
    assertReport(example(), """
        ERROR ACC-ONWARD-UNPERMITTED|16C-RVW|2022-07-01
        subjects: DelegationId 16C-RVW
        period: 2022-07-01/..
        footprint: TEES
        areas: [A81001, A81002]
        message: NHS Tees Valley CCG (16C) passes Primary medical services (pms) on to North Tees NHS FT (RVW) in Tees Valley (TEES) from 2022-07-01, but holds it there only as a delegate not permitted to delegate onward; obtain that permission or end this delegation
        evidence: delegation 16C-RVW: NHS Tees Valley CCG (16C) → North Tees NHS FT (RVW), Primary medical services (pms) for Tees Valley (TEES), delegated, 2022-07-01/.., keeping back [pms.performers]
        evidence: delegation X24-16C: NHS England (X24) → NHS Tees Valley CCG (16C), Primary medical services (pms) for Tees Valley (TEES), delegated, 2015-04-01/.., keeping back [pms.performers]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.ONWARD_UNPERMITTED);
  }

  @Test
  void onwardDelegationWithPermissionIsSilent() {
    Fixture f = example();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    assertSilent(f, AccountabilityRules.ONWARD_UNPERMITTED);
  }

  @Test
  void supportRatherThanDelegationNeedsNoPermission() {
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("16C-RVW"), TEES_CCG, TRUST, TEES).mechanism(Mechanism.SUPPORT)
        .period(DateRange.startingOn(LocalDate.of(2022, 7, 1))).build());
    assertSilent(f, AccountabilityRules.ONWARD_UNPERMITTED);
  }
}
