package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.PersonId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DecisionFacts}: the attendance of a decision with conflicts is counted by hash, and found in id order
 * only for a finding; the counts and the people agree. The voting members of the fixture's PCCC include P2, P3,
 * P7 and P8, and not P9; P2 holds an interest that the decision reaches.
 */
class DecisionFactsTest {

  private static DecisionFacts.Entry entryOf(Decision decision) {
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(2)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    f.replace(f.decisions, d -> true, decision);
    Arrangement arrangement = f.build();
    DecisionFacts facts = DecisionFacts.of(Analysis.of(arrangement, AS_OF));
    assertEquals(1, facts.conflicted().length);
    return facts.at(facts.conflicted()[0]);
  }

  private static void assertAttendance(DecisionFacts.Entry entry, List<PersonId> present, List<PersonId> conflicted,
      List<PersonId> remaining) {
    assertEquals(present, entry.present());
    assertEquals(conflicted, entry.conflicted());
    assertEquals(remaining, entry.remaining());
    assertEquals(List.of(present.size(), conflicted.size(), remaining.size()),
        List.of(entry.presentCount, entry.conflictedCount, entry.remainingCount));
  }

  @Test
  void anUnconflictedMemberWhoWithdrewIsPresentButDoesNotRemain() {
    DecisionFacts.Entry entry = entryOf(decision(DECISION, PCCC).affects(FEDERATION).declarations(person(2))
        .withdrew(person(2), person(3)).participants(List.of(person(7))).voters(List.of(person(7))).build());
    assertAttendance(entry, List.of(person(2), person(3), person(7)), List.of(person(2)), List.of(person(7)));
  }

  @Test
  void aRecordThatNamesNobodyHasEveryVotingMemberPresent() {
    DecisionFacts.Entry entry = entryOf(decision(DECISION, PCCC).affects(FEDERATION).participants(List.of())
        .voters(List.of()).build());
    assertAttendance(entry, List.of(person(2), person(3), person(7), person(8)), List.of(person(2)),
        List.of(person(3), person(7), person(8)));
  }

  @Test
  void onlyTheVotingMembersTheRecordNamesArePresent() {
    DecisionFacts.Entry entry = entryOf(decision(DECISION, PCCC).affects(FEDERATION)
        .participants(List.of(person(2), person(7), person(9))).voters(List.of(person(7))).build());
    assertAttendance(entry, List.of(person(2), person(7)), List.of(person(2)), List.of(person(7)));
  }

  @Test
  void theCoOptedJoinThoseWhoRemain() {
    DecisionFacts.Entry entry = entryOf(decision(DECISION, PCCC).affects(FEDERATION).withdrew(person(2))
        .participants(List.of(person(7), person(9))).voters(List.of(person(7), person(9))).coOpted(person(9))
        .build());
    assertAttendance(entry, List.of(person(2), person(7)), List.of(person(2)), List.of(person(7), person(9)));
  }
}
