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
 * {@link ConflictedParticipation}, rule {@value ConflictRules.CONFLICTED_PARTICIPATION}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class ConflictedParticipationTest {

  /** The example of the rule's page: A GP on the PCCC declares a financial interest in a practice of the federation the decision is about, stays for the discussion, and does not vote. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(8)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION)
        .addParticipants(person(8)).declarations(person(8)).build());
    // example:end
    return f;
  }

  @Test
  void aConflictedMemberWhoStayedForTheDiscussionIsFlagged() {
    assertReport(example(), """
        ERROR COI-CONFLICTED-PARTICIPATION|D1|P8
        subjects: DecisionId D1, PersonId P8
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Dr Hal Hughes (P8) took part in the discussion of decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 while conflicted by a financial interest in The Densham Surgery (A81001); the chair should have excluded them from the item
        evidence: Dr Hal Hughes (P8) has a financial interest in The Densham Surgery (A81001) (interest P8/FINANCIAL/A81001/2013-04-01, arose 2013-04-01, declared 2013-04-10): The Densham Surgery (A81001) is a member of Stockton GP Federation (FED1); the decision names Stockton GP Federation (FED1)
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.CONFLICTED_PARTICIPATION);
  }

  @Test
  void aConflictedMemberWhoAlsoVotedIsReportedAsAVoteNotAsParticipation() {
    Fixture f = example();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION).addParticipants(person(8))
        .addVoters(person(8)).declarations(person(8)).build());
    assertSilent(f, ConflictRules.CONFLICTED_PARTICIPATION);
    assertEquals(1, findingsOf(f, ConflictRules.CONFLICTED_VOTE).size());
  }

  @Test
  void aConflictedMemberInACrowdedMeetingIsFlaggedOnce() {
    // forty people named as participants, thirty-one of them also as voters: the search for conflicts keeps
    // the people it has already considered in a set once there are many, and still finds the one conflict once
    Fixture f = example();
    Decision.Builder crowded = decision(DECISION, PCCC).affects(FEDERATION).declarations(person(8));
    for (int i = 1; i <= 40; i++) {
      if (i > 9) {
        f.people.add(Person.of(person(i), "Observer " + i));
      }
      crowded.addParticipants(person(i));
      if (i >= 10) {
        crowded.addVoters(person(i));
      }
    }
    f.replace(f.decisions, d -> true, crowded.build());
    List<String> subjects = findingsOf(f, ConflictRules.CONFLICTED_PARTICIPATION).stream()
        .map(finding -> finding.key().toString()).toList();
    assertEquals(List.of("COI-CONFLICTED-PARTICIPATION|D1|P8"), subjects);
  }

  @Test
  void aMemberWhoWithdrewIsSilent() {
    Fixture f = example();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION).withdrew(person(8))
        .declarations(person(8)).build());
    assertSilent(f, ConflictRules.CONFLICTED_PARTICIPATION);
  }
}
