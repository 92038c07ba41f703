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
 * {@link ConflictedChair}, rule {@value ConflictRules.CONFLICTED_CHAIR}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class ConflictedChairTest {

  /** The example of the rule's page: The PCCC's lay chair has a professional interest in the federation, declares it, and chairs the item without voting. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(7)).kind(InterestKind.PROFESSIONAL).organisation(FEDERATION)
        .period(DateRange.startingOn(APRIL_2013)).declared(APRIL_2013).build());
    f.replace(f.bodies, b -> b.id().equals(PCCC), DecisionBody.builder().id(PCCC)
        .name("Primary care commissioning committee").organisation(TEES_CCG)
        .kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(2).addRemit(PMS).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION)
        .declarations(person(7)).voters(List.of(person(2), person(3))).build());
    // example:end
    return f;
  }

  @Test
  void aConflictedChairWhoChairedIsFlagged() {
    assertReport(example(), """
        WARNING COI-CONFLICTED-CHAIR|D1|P7
        subjects: DecisionId D1, PersonId P7
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Gus Green (P7) chaired decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 while conflicted by a professional interest in Stockton GP Federation (FED1); an unconflicted vice-chair or member should chair the item
        evidence: Gus Green (P7) has a professional interest in Stockton GP Federation (FED1) (interest P7/PROFESSIONAL/FED1/2013-04-01, arose 2013-04-01, declared 2013-04-01), which the decision names
        """, """
        WARNING COI-CONFLICTED-PARTICIPATION|D1|P7
        subjects: DecisionId D1, PersonId P7
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Gus Green (P7) took part in the discussion of decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 while conflicted by a professional interest in Stockton GP Federation (FED1); the chair should have excluded them from the item
        evidence: Gus Green (P7) has a professional interest in Stockton GP Federation (FED1) (interest P7/PROFESSIONAL/FED1/2013-04-01, arose 2013-04-01, declared 2013-04-01), which the decision names
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.CONFLICTED_CHAIR);
  }

  @Test
  void aChairWhoWithdrewIsSilent() {
    Fixture f = example();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION).declarations(person(7))
        .withdrew(person(7)).participants(List.of(person(2), person(3))).voters(List.of(person(2), person(3)))
        .build());
    assertSilent(f, ConflictRules.CONFLICTED_CHAIR);
  }
}
