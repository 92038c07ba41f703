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
 * {@link ConflictedVote}, rule {@value ConflictRules.CONFLICTED_VOTE}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class ConflictedVoteTest {

  /** The example of the rule's page: A GP on the PCCC declares a financial interest in a practice of the federation the decision is about, and then votes. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(8)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION)
        .addParticipants(person(8)).addVoters(person(8)).declarations(person(8)).build());
    // example:end
    return f;
  }

  @Test
  void aConflictedMemberWhoDeclaredButVotedIsFlagged() {
    assertReport(example(), """
        ERROR COI-CONFLICTED-VOTE|D1|P8
        subjects: DecisionId D1, PersonId P8
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Dr Hal Hughes (P8) voted on decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 while conflicted by a financial interest in The Densham Surgery (A81001); a conflicted member does not vote: take the vote again without them
        evidence: Dr Hal Hughes (P8) has a financial interest in The Densham Surgery (A81001) (interest P8/FINANCIAL/A81001/2013-04-01, arose 2013-04-01, declared 2013-04-10): The Densham Surgery (A81001) is a member of Stockton GP Federation (FED1); the decision names Stockton GP Federation (FED1)
        evidence: a member who votes also takes part in the discussion: this finding stands for both, and COI-CONFLICTED-PARTICIPATION is not reported for Dr Hal Hughes (P8)
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.CONFLICTED_VOTE);
  }

  @Test
  void aMemberWhoDeclaredAndWithdrewIsSilent() {
    assertSilent(Fixture.busy(), ConflictRules.CONFLICTED_VOTE);
    assertTrue(Fixture.busy().build().decision(DECISION).orElseThrow().withdrew().contains(person(8)));
  }
}
