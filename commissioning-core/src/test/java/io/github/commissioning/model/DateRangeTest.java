package io.github.commissioning.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static final LocalDate APRIL_2020 = LocalDate.of(2020, 4, 1);
  private static final LocalDate MARCH_2021 = LocalDate.of(2021, 3, 31);

  @Test
  void endDateIsTheLastDayOnWhichThePeriodHolds() {
    DateRange year = DateRange.of(APRIL_2020, MARCH_2021);
    assertTrue(year.contains(MARCH_2021));
    assertFalse(year.contains(MARCH_2021.plusDays(1)));
    assertTrue(year.contains(APRIL_2020));
    assertFalse(year.contains(APRIL_2020.minusDays(1)));
  }

  @Test
  void openEndedPeriodHoldsForever() {
    DateRange from = DateRange.startingOn(APRIL_2020);
    assertTrue(from.isOpenEnded());
    assertTrue(from.contains(LocalDate.of(2999, 1, 1)));
    assertEquals(Optional.empty(), from.end());
  }

  @Test
  void periodsThatShareOneDayOverlap() {
    DateRange a = DateRange.of(APRIL_2020, MARCH_2021);
    DateRange b = DateRange.startingOn(MARCH_2021);
    assertTrue(a.overlaps(b));
    assertEquals(Optional.of(DateRange.of(MARCH_2021, MARCH_2021)), a.intersection(b));
    assertFalse(a.overlaps(DateRange.startingOn(MARCH_2021.plusDays(1))));
    assertEquals(Optional.empty(), a.intersection(DateRange.startingOn(MARCH_2021.plusDays(1))));
  }

  @Test
  void enclosesNeedsEveryDay() {
    DateRange year = DateRange.of(APRIL_2020, MARCH_2021);
    assertTrue(DateRange.ALWAYS.encloses(year));
    assertTrue(year.encloses(year));
    assertFalse(year.encloses(DateRange.startingOn(APRIL_2020)));
    assertTrue(DateRange.startingOn(APRIL_2020).encloses(year));
  }

  @Test
  void invertedPeriodContainsNothingAndIsFlagged() {
    DateRange inverted = DateRange.of(MARCH_2021, APRIL_2020);
    assertTrue(inverted.isInverted());
    assertFalse(inverted.contains(APRIL_2020));
    assertFalse(inverted.overlaps(DateRange.ALWAYS));
    assertFalse(DateRange.ALWAYS.encloses(inverted));
  }

  @Test
  void textIsIsoInterval() {
    assertEquals("2020-04-01/2021-03-31", DateRange.of(APRIL_2020, MARCH_2021).toString());
    assertEquals("2020-04-01/..", DateRange.startingOn(APRIL_2020).toString());
    assertEquals("../..", DateRange.ALWAYS.toString());
    assertEquals(DateRange.ALWAYS, DateRange.parse("../.."));
    assertEquals("../2022-06-30", DateRange.of(LocalDate.MIN, LocalDate.of(2022, 6, 30)).toString());
    assertEquals(DateRange.of(LocalDate.MIN, LocalDate.of(2022, 6, 30)), DateRange.parse("../2022-06-30"));
    assertEquals(DateRange.of(APRIL_2020, MARCH_2021), DateRange.parse("2020-04-01/2021-03-31"));
    assertEquals(DateRange.startingOn(APRIL_2020), DateRange.parse("2020-04-01/.."));
  }

  @Test
  void textRoundTripsAtTheEdgesOfTheCalendar() {
    for (DateRange range : new DateRange[] {DateRange.ALWAYS, DateRange.startingOn(LocalDate.MAX),
        DateRange.of(LocalDate.MIN, LocalDate.MAX), DateRange.of(LocalDate.MAX, LocalDate.MAX),
        DateRange.of(LocalDate.MIN.plusDays(1), LocalDate.MIN.plusDays(1)), DateRange.of(MARCH_2021, APRIL_2020),
        DateRange.of(LocalDate.of(-5, 1, 1), LocalDate.of(12345, 1, 1))}) {
      assertEquals(range, DateRange.parse(range.toString()), range.toString());
    }
  }

  @Test
  void badTextIsRejectedWithTheText() {
    DateTimeException noSlash = assertThrows(DateTimeException.class, () -> DateRange.parse("2020-04-01"));
    assertTrue(noSlash.getMessage().startsWith("Text '2020-04-01' cannot be parsed to a DateRange: expected start/end"),
        noSlash.getMessage());
    DateTimeException badDate = assertThrows(DateTimeException.class, () -> DateRange.parse("2020-13-01/.."));
    assertTrue(badDate.getMessage().startsWith("Text '2020-13-01/..' cannot be parsed to a DateRange"),
        badDate.getMessage());
  }

  @Test
  void orderedByStartThenEndWithOpenEndLast() {
    assertTrue(DateRange.of(APRIL_2020, MARCH_2021).compareTo(DateRange.startingOn(APRIL_2020)) < 0);
    assertTrue(DateRange.startingOn(APRIL_2020).compareTo(DateRange.startingOn(MARCH_2021)) < 0);
    assertEquals(DateRange.startingOn(APRIL_2020).withEnd(MARCH_2021), DateRange.of(APRIL_2020, MARCH_2021));
  }
}
