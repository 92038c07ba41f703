package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.*;
import static io.github.commissioning.rules.RuleTests.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.*;
import io.github.commissioning.internal.Access;
import io.github.commissioning.model.*;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DecisionRecord}, rule {@value AccountabilityRules.DECISION_RECORD}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class DecisionRecordTest {

  /** The example of the rule's page: The PCCC's minutes record the accountable officer as withdrawing and voting, and a governing-body GP who is no member of the PCCC as voting. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).withdrew(person(2))
        .addVoters(person(1)).build());
    // example:end
    return f;
  }

  @Test
  void aMemberWhoWithdrewAndVotedAndAVisitorWhoVotedAreFlagged() {
    assertReport(example(), """
        ERROR ACC-DECISION-RECORD|D1|P1
        subjects: DecisionId D1, PersonId P1
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: The record of decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 cannot be true: Dr Ada Ahmed (P1) voted though not a voting member of Primary care commissioning committee (16C-PCCC) on 2021-06-01 nor co-opted; correct the minutes
        evidence: participants [P2, P3, P7]; voters [P1, P2, P3, P7]; withdrew [P2]; chaired by nobody recorded; co-opted []
        """, """
        ERROR ACC-DECISION-RECORD|D1|P2
        subjects: DecisionId D1, PersonId P2
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: The record of decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 cannot be true: Ben Brown (P2) withdrew yet voted and withdrew yet took part; correct the minutes
        evidence: participants [P2, P3, P7]; voters [P1, P2, P3, P7]; withdrew [P2]; chaired by nobody recorded; co-opted []
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.DECISION_RECORD);
  }

  @Test
  void aChairWhoWithdrewIsFlaggedAndOneWhoStayedIsNot() {
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).chairedBy(person(2)).withdrew(person(2)).build());
    List<Finding> found = findingsOf(f, AccountabilityRules.DECISION_RECORD);
    assertEquals(List.of(person(2)), found.get(0).subjectsOf(PersonId.class));
    assertTrue(found.get(0).message().contains("withdrew yet chaired"), found.get(0).message());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).chairedBy(person(2)).build());
    assertSilent(f, AccountabilityRules.DECISION_RECORD);
  }

  @Test
  void aCoOptedVoterIsNoVisitor() {
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).addVoters(person(1)).coOpted(person(1)).build());
    assertSilent(f, AccountabilityRules.DECISION_RECORD);
  }

  @Test
  void aMemberWhoseSeatEndedTheDayBeforeIsAVisitor() {
    Fixture f = Fixture.clean();
    f.replace(f.memberships, m -> m.body().equals(PCCC) && m.person().equals(person(8)), Membership.builder()
        .person(person(8)).body(PCCC).role(Role.CLINICAL).addDesignations(Designation.GP)
        .period(DateRange.of(APRIL_2013, JUNE_2021.minusDays(1))).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).addVoters(person(8)).build());
    assertEquals(List.of(person(8)), findingsOf(f, AccountabilityRules.DECISION_RECORD).get(0)
        .subjectsOf(PersonId.class));
    f.replace(f.memberships, m -> m.body().equals(PCCC) && m.person().equals(person(8)), Membership.builder()
        .person(person(8)).body(PCCC).role(Role.CLINICAL).addDesignations(Designation.GP)
        .period(DateRange.of(APRIL_2013, JUNE_2021)).build());
    assertSilent(f, AccountabilityRules.DECISION_RECORD);
  }

  @Test
  void aRunOfDecisionsWithOneVoteIsJudgedOnEachDate() {
    // the same voters, shared by the model, on dates before, on and after the day a seat ends: only the vote
    // after it is a visitor's, though the two before it were found clean
    Fixture f = Fixture.clean();
    f.replace(f.memberships, m -> m.body().equals(PCCC) && m.person().equals(person(8)), Membership.builder()
        .person(person(8)).body(PCCC).role(Role.CLINICAL).addDesignations(Designation.GP)
        .period(DateRange.of(APRIL_2013, JUNE_2021)).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).addVoters(person(8)).build());
    f.decisions.add(decision(DecisionId.of("D1-1"), PCCC).date(JUNE_2021.minusDays(10)).addVoters(person(8)).build());
    f.decisions.add(decision(DecisionId.of("D1-2"), PCCC).date(JUNE_2021.minusDays(1)).addVoters(person(8)).build());
    f.decisions.add(decision(DecisionId.of("D1-3"), PCCC).date(JUNE_2021.plusDays(1)).addVoters(person(8)).build());
    List<Finding> found = findingsOf(f, AccountabilityRules.DECISION_RECORD);
    assertEquals(List.of(DecisionId.of("D1-3")),
        found.stream().flatMap(x -> x.subjectsOf(DecisionId.class).stream()).toList());
  }

  @Test
  void decisionsSharingTheirVotersButNotTheirRecordAreEachJudged() {
    // the same voters and date: the first is clean, the second also records a voter as withdrawing, so it has a
    // record of its own and is judged on it, not passed as the first's
    Fixture f = Fixture.clean();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).build());
    f.decisions.add(decision(DecisionId.of("D1-1"), PCCC).withdrew(person(2)).build());
    f.decisions.add(decision(DecisionId.of("D1-2"), PCCC).build());
    assertArrayEquals(new int[] {0, 1, 0}, Access.records(f.build()));   // D1, D1-1, D1-2: the first and last alike
    List<Finding> found = findingsOf(f, AccountabilityRules.DECISION_RECORD);
    assertEquals(List.of(DecisionId.of("D1-1")),
        found.stream().flatMap(x -> x.subjectsOf(DecisionId.class).stream()).toList());
    assertTrue(found.get(0).message().contains("withdrew yet voted"), found.get(0).message());
  }

  @Test
  void anObserverWhoVotedIsNoVotingMember() {
    Fixture f = Fixture.clean();
    f.memberships.add(Membership.of(person(9), PCCC, Role.OBSERVER));
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).addVoters(person(9)).build());
    assertEquals(1, findingsOf(f, AccountabilityRules.DECISION_RECORD).size());
  }
}
