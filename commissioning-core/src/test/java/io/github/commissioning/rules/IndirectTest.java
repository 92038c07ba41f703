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
 * {@link Indirect}, rule {@value ConflictRules.INDIRECT}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class IndirectTest {

  /** The example of the rule's page: The accountable officer's spouse has a financial interest in the federation; the PCCC decides about one of its practices, and the officer takes part without declaring it. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(2)).kind(InterestKind.FINANCIAL).organisation(FEDERATION)
        .through(person(9)).period(DateRange.startingOn(APRIL_2013)).declared(APRIL_2013).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(PRACTICE).build());
    // example:end
    return f;
  }

  @Test
  void anInterestInAFederationHeldThroughASpouseReachesADecisionAboutOneOfItsPractices() {
    assertReport(example(), """
        ERROR COI-INQUORATE|D1
        subjects: DecisionId D1
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 stands with 2 unconflicted voting members, below its quorum of 3, once Ben Brown (P2) is excluded, and no deferral, referral or co-option is recorded; defer it, refer it to a body that can be quorate, or co-opt permitted members
        evidence: voting members present: [P2, P3, P7]
        evidence: conflicted: [P2]
        evidence: unconflicted and co-opted: [P3, P7]
        evidence: quorum of 16C-PCCC: 3
        """, """
        WARNING COI-CONFLICTED-VOTE|D1|P2
        subjects: DecisionId D1, PersonId P2
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Ben Brown (P2) voted on decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 while conflicted by a financial interest in Stockton GP Federation (FED1) held through Iris Irving (P9); a conflicted member does not vote: take the vote again without them
        evidence: Ben Brown (P2) has a financial interest in Stockton GP Federation (FED1) held through Iris Irving (P9) (interest P2/FINANCIAL/FED1/2013-04-01, arose 2013-04-01, declared 2013-04-01): The Densham Surgery (A81001) is a member of Stockton GP Federation (FED1); the decision names The Densham Surgery (A81001)
        evidence: a member who votes also takes part in the discussion: this finding stands for both, and COI-CONFLICTED-PARTICIPATION is not reported for Ben Brown (P2)
        """, """
        WARNING COI-INDIRECT|D1|P2
        subjects: DecisionId D1, PersonId P2
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Ben Brown (P2) took part in decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 without declaring a financial interest in Stockton GP Federation (FED1) held through Iris Irving (P9), which the decision reaches; declare interests at the start of the item and record how they were managed
        evidence: Ben Brown (P2) has a financial interest in Stockton GP Federation (FED1) held through Iris Irving (P9) (interest P2/FINANCIAL/FED1/2013-04-01, arose 2013-04-01, declared 2013-04-01): The Densham Surgery (A81001) is a member of Stockton GP Federation (FED1); the decision names The Densham Surgery (A81001)
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.INDIRECT);
  }

  @Test
  void declaringTheAssociatesInterestAndWithdrawingIsSilent() {
    Fixture f = example();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(PRACTICE).declarations(person(2))
        .withdrew(person(2)).participants(List.of(person(7), person(3), person(8)))
        .voters(List.of(person(7), person(3), person(8))).build());
    assertSilent(f, ConflictRules.INDIRECT);
    assertSilent(f, ConflictRules.UNDECLARED);
  }
}
