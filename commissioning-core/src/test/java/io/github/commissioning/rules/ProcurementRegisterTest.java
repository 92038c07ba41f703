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
 * {@link ProcurementRegister}, rule {@value ConflictRules.PROCUREMENT_REGISTER}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class ProcurementRegisterTest {

  /** The example of the rule's page: The PCCC's decision is a procurement decision, not entered in the register. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).procurement(true).build());
    // example:end
    return f;
  }

  @Test
  void aProcurementDecisionOutsideTheRegisterIsFlagged() {
    assertReport(example(), """
        WARNING COI-PROCUREMENT-REGISTER|D1
        subjects: DecisionId D1
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 is a procurement decision but is not in the register of procurement decisions kept under the National Health Service (Procurement, Patient Choice and Competition) (No. 2) Regulations 2013; enter it, with who took part and how conflicts were handled
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.PROCUREMENT_REGISTER);
  }

  @Test
  void aRegisteredProcurementDecisionIsSilent() {
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).procurement(true).inProcurementRegister(true).build());
    assertSilent(f, ConflictRules.PROCUREMENT_REGISTER);
  }

  @Test
  void anAwardIsAProcurementDecisionEvenIfNotMarkedSo() {
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).awardedTo(FEDERATION).build());
    assertEquals(1, findingsOf(f, ConflictRules.PROCUREMENT_REGISTER).size());
  }
}
