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
 * {@link Undeclared}, rule {@value ConflictRules.UNDECLARED}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class UndeclaredTest {

  /** The example of the rule's page: A GP on the PCCC with a financial interest in a practice, a member of the federation, votes on a decision about the federation without declaring it. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(8)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION)
        .addParticipants(person(8)).addVoters(person(8)).build());
    // example:end
    return f;
  }

  @Test
  void aGpVotingOnHisFederationWithoutDeclaringIsFlaggedWithTheAffiliationPath() {
    assertReport(example(), """
        ERROR COI-CONFLICTED-VOTE|D1|P8
        subjects: DecisionId D1, PersonId P8
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Dr Hal Hughes (P8) voted on decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 while conflicted by a financial interest in The Densham Surgery (A81001); a conflicted member does not vote: take the vote again without them
        evidence: Dr Hal Hughes (P8) has a financial interest in The Densham Surgery (A81001) (interest P8/FINANCIAL/A81001/2013-04-01, arose 2013-04-01, declared 2013-04-10): The Densham Surgery (A81001) is a member of Stockton GP Federation (FED1); the decision names Stockton GP Federation (FED1)
        evidence: a member who votes also takes part in the discussion: this finding stands for both, and COI-CONFLICTED-PARTICIPATION is not reported for Dr Hal Hughes (P8)
        """, """
        ERROR COI-UNDECLARED|D1|P8
        subjects: DecisionId D1, PersonId P8
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Dr Hal Hughes (P8) took part in decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 without declaring a financial interest in The Densham Surgery (A81001), which the decision reaches; declare interests at the start of the item and record how they were managed
        evidence: Dr Hal Hughes (P8) has a financial interest in The Densham Surgery (A81001) (interest P8/FINANCIAL/A81001/2013-04-01, arose 2013-04-01, declared 2013-04-10): The Densham Surgery (A81001) is a member of Stockton GP Federation (FED1); the decision names Stockton GP Federation (FED1)
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.UNDECLARED);
  }

  @Test
  void aDeclaredInterestOfAMemberWhoWithdrewIsSilent() {
    Fixture f = example();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION).declarations(person(8))
        .withdrew(person(8)).build());
    assertEquals(List.of(), f.check().findings());
  }

  @Test
  void anInterestDeclaredAtTheMeetingByAMemberWhoStayedIsNotUndeclared() {
    Fixture f = example();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION).declarations(person(8))
        .addParticipants(person(8)).build());
    assertSilent(f, ConflictRules.UNDECLARED);
    assertEquals(List.of("COI-CONFLICTED-PARTICIPATION|D1|P8"),
        f.check().findings().stream().map(x -> x.key().toString()).toList());
  }

  @Test
  void aProfessionalInterestUndeclaredIsAWarning() {
    Fixture f = example();
    f.interests.clear();
    f.interests.add(Interest.builder().person(person(8)).kind(InterestKind.PROFESSIONAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    assertEquals(Severity.WARNING, findingsOf(f, ConflictRules.UNDECLARED).get(0).severity());
  }

  @Test
  void anInterestInTheFederationReachesADecisionAboutOneOfItsPracticesAndNotAnotherOrganisation() {
    // downwards: the conflict search passes a decision over when it names nothing the interests reach, up or down
    Fixture f = example();
    f.interests.clear();
    f.interests.add(Interest.builder().person(person(8)).kind(InterestKind.FINANCIAL).organisation(FEDERATION)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(PRACTICE)
        .addParticipants(person(8)).addVoters(person(8)).build());
    List<Finding> found = findingsOf(f, ConflictRules.UNDECLARED);
    assertEquals(List.of("COI-UNDECLARED|D1|P8"), found.stream().map(x -> x.key().toString()).toList());
    assertTrue(found.get(0).evidence().get(0).contains("is a member of Stockton GP Federation (FED1)"),
        found.get(0).evidence().toString());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(TRUST)
        .addParticipants(person(8)).addVoters(person(8)).build());
    assertSilent(f, ConflictRules.UNDECLARED);
  }

  @Test
  void anInterestThatEndedTheDayBeforeTheDecisionIsNoConflict() {
    Fixture f = example();
    f.interests.clear();
    f.interests.add(Interest.builder().person(person(8)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.of(APRIL_2013, JUNE_2021.minusDays(1))).declared(LocalDate.of(2013, 4, 10)).build());
    assertSilent(f, ConflictRules.UNDECLARED);
  }
}
