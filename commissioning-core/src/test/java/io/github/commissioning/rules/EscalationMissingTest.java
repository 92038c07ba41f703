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
 * {@link EscalationMissing}, rule {@value ConflictRules.ESCALATION_MISSING}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class EscalationMissingTest {

  /** The example of the rule's page: Two of the PCCC's three voting members present hold financial interests in a practice of the federation; they declare and withdraw, and nothing records how the item was handled. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(2)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    f.interests.add(Interest.builder().person(person(3)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION)
        .declarations(person(2), person(3)).withdrew(person(2), person(3))
        .participants(List.of(person(7))).voters(List.of(person(7))).build());
    // example:end
    return f;
  }

  @Test
  void mostMembersConflictedWithNothingRecordedIsFlagged() {
    assertReport(example(), """
        ERROR COI-ESCALATION-MISSING|D1
        subjects: DecisionId D1
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: 2 of the 3 voting members present at decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 were conflicted, more than half, and no chair's decision, deferral, referral or co-option is recorded; record how the item was handled
        evidence: voting members present: [P2, P3, P7]
        evidence: conflicted: [P2, P3]
        """, """
        ERROR COI-INQUORATE|D1
        subjects: DecisionId D1
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 stands with 1 unconflicted voting member, below its quorum of 3, once Ben Brown (P2) and Cara Clarke (P3) are excluded, and no deferral, referral or co-option is recorded; defer it, refer it to a body that can be quorate, or co-opt permitted members
        evidence: voting members present: [P2, P3, P7]
        evidence: conflicted: [P2, P3]
        evidence: unconflicted and co-opted: [P7]
        evidence: quorum of 16C-PCCC: 3
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.ESCALATION_MISSING);
  }

  @Test
  void exactlyHalfConflictedIsNotMoreThanHalf() {
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(2)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    f.interests.add(Interest.builder().person(person(3)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION)
        .declarations(person(2), person(3)).withdrew(person(2), person(3))
        .participants(List.of(person(7), person(8))).voters(List.of(person(7), person(8)))
        .escalation(EscalationKind.CO_OPTED).coOpted(person(9)).build());
    assertSilent(f, ConflictRules.ESCALATION_MISSING);
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION)
        .declarations(person(2), person(3)).withdrew(person(2), person(3))
        .participants(List.of(person(7), person(8))).voters(List.of(person(7), person(8))).coOpted(person(9))
        .build());
    assertSilent(f, ConflictRules.ESCALATION_MISSING);
  }

  @Test
  void aChairsDecisionRecordedIsSilent() {
    Fixture f = example();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION)
        .declarations(person(2), person(3)).withdrew(person(2), person(3)).participants(List.of(person(7)))
        .voters(List.of(person(7))).escalation(EscalationKind.CHAIR_DECISION).build());
    assertSilent(f, ConflictRules.ESCALATION_MISSING);
  }
}
