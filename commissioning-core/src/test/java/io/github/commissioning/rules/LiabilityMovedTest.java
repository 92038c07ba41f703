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
 * {@link LiabilityMoved}, rule {@value AccountabilityRules.LIABILITY_MOVED}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class LiabilityMovedTest {

  /** The example of the rule's page: NHS England's delegation to Tees Valley CCG is recorded as transferring liability. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).liabilityTransferRecorded(true).build());
    // example:end
    return f;
  }

  @Test
  void aDelegationRecordedAsMovingLiabilityIsFlagged() {
    assertReport(example(), """
        ERROR ACC-LIABILITY-MOVED|X24-16C
        subjects: DelegationId X24-16C
        period: 2015-04-01/..
        footprint: TEES
        areas: []
        message: Delegation X24-16C records accountability for Primary medical services (pms) as moving from NHS England (X24) to NHS Tees Valley CCG (16C); delegation does not move liability (s13Z(6)): correct the record
        evidence: delegation X24-16C: NHS England (X24) → NHS Tees Valley CCG (16C), Primary medical services (pms) for Tees Valley (TEES), delegated, 2015-04-01/.., keeping back [pms.performers]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.LIABILITY_MOVED);
  }
}
