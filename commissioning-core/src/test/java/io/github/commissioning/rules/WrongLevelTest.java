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
 * {@link WrongLevel}, rule {@value AccountabilityRules.WRONG_LEVEL}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class WrongLevelTest {

  /** The example of the rule's page: The governing body, not the PCCC, decides on a practice merger under delegated primary care. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, GB).build());
    // example:end
    return f;
  }

  @Test
  void delegatedPrimaryCareDecidedByTheGoverningBodyIsAtTheWrongLevel() {
    assertReport(example(), """
        ERROR ACC-WRONG-LEVEL|D1|16C-GB
        subjects: DecisionId D1, BodyId 16C-GB
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Decision 'Practice merger in Stockton' (D1) on Contract management (pms.contracts), which NHS Tees Valley CCG (16C) exercises under delegation from NHS England (X24), was taken by Governing body (16C-GB) rather than the primary care commissioning committee; take it to the PCCC
        evidence: delegation X24-16C: NHS England (X24) → NHS Tees Valley CCG (16C), Primary medical services (pms) for Tees Valley (TEES), delegated, 2015-04-01/.., keeping back [pms.performers]
        evidence: body 16C-GB is a governing body
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.WRONG_LEVEL);
  }

  @Test
  void theGoverningBodyDecidingItsOwnFunctionIsSilent() {
    assertSilent(Fixture.busy(), AccountabilityRules.WRONG_LEVEL);
    assertEquals(GB, Fixture.busy().build().decision(AWARD).orElseThrow().body());
  }
}
