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
 * {@link LateDeclaration}, rule {@value ConflictRules.LATE_DECLARATION}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class LateDeclarationTest {

  /** The example of the rule's page: A GP's professional interest in the federation arose on 1 January 2020 and was registered on 1 March. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(1)).kind(InterestKind.PROFESSIONAL).organisation(FEDERATION)
        .period(DateRange.startingOn(LocalDate.of(2020, 1, 1))).declared(LocalDate.of(2020, 3, 1)).build());
    // example:end
    return f;
  }

  @Test
  void anInterestRegisteredAfter28DaysIsLate() {
    assertReport(example(), """
        WARNING COI-LATE-DECLARATION|P1/PROFESSIONAL/FED1/2020-01-01|P1
        subjects: InterestId P1/PROFESSIONAL/FED1/2020-01-01, PersonId P1
        period: 2020-01-30/2020-03-01
        footprint: none
        areas: []
        message: Dr Ada Ahmed (P1)'s professional interest in Stockton GP Federation (FED1) was registered on 2020-03-01, 60 days after it arose on 2020-01-01; interests are registered within 28 days
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.LATE_DECLARATION);
  }

  @Test
  void anInterestRegisteredOnTheTwentyEighthDayIsOnTimeAndTheTwentyNinthIsLate() {
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(1)).kind(InterestKind.PROFESSIONAL).organisation(FEDERATION)
        .period(DateRange.startingOn(LocalDate.of(2020, 1, 1))).declared(LocalDate.of(2020, 1, 29)).build());
    assertSilent(f, ConflictRules.LATE_DECLARATION);
    f.interests.clear();
    f.interests.add(Interest.builder().person(person(1)).kind(InterestKind.PROFESSIONAL).organisation(FEDERATION)
        .period(DateRange.startingOn(LocalDate.of(2020, 1, 1))).declared(LocalDate.of(2020, 1, 30)).build());
    assertEquals(1, findingsOf(f, ConflictRules.LATE_DECLARATION).size());
  }

  @Test
  void anInterestNeverRegisteredIsLateFromItsTwentyNinthDay() {
    Fixture f = Fixture.clean();
    f.interests.add(Interest.of(person(1), InterestKind.PROFESSIONAL, FEDERATION, DateRange.startingOn(LocalDate.of(2020, 1, 1))));
    Finding finding = findingsOf(f, ConflictRules.LATE_DECLARATION).get(0);
    assertEquals(DateRange.of(LocalDate.of(2020, 1, 30), AS_OF), finding.period().orElseThrow());
    Fixture recent = Fixture.clean();
    recent.interests.add(Interest.of(person(1), InterestKind.PROFESSIONAL, FEDERATION, DateRange.startingOn(AS_OF.minusDays(28))));
    assertSilent(recent, ConflictRules.LATE_DECLARATION);
  }
}
