package io.github.commissioning.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final LocalDate APRIL_2020 = LocalDate.of(2020, 4, 1);
  private static final LocalDate MARCH_2021 = LocalDate.of(2021, 3, 31);

  @Test
  void endDateIsTheLastDayOnWhichThePeriodHolds() {
    Period year = Period.of(APRIL_2020, MARCH_2021);
    assertTrue(year.contains(MARCH_2021));
    assertFalse(year.contains(MARCH_2021.plusDays(1)));
    assertTrue(year.contains(APRIL_2020));
    assertFalse(year.contains(APRIL_2020.minusDays(1)));
    assertEquals(MARCH_2021.toEpochDay() + 1, year.endExclusiveEpochDay());
  }

  @Test
  void openEndedPeriodHoldsForever() {
    Period from = Period.from(APRIL_2020);
    assertTrue(from.isOpenEnded());
    assertTrue(from.contains(LocalDate.of(2999, 1, 1)));
    assertEquals(Optional.empty(), from.end());
    assertEquals(Long.MAX_VALUE, from.endExclusiveEpochDay());
  }

  @Test
  void periodsThatShareOneDayOverlap() {
    Period a = Period.of(APRIL_2020, MARCH_2021);
    Period b = Period.from(MARCH_2021);
    assertTrue(a.overlaps(b));
    assertEquals(Optional.of(Period.of(MARCH_2021, MARCH_2021)), a.intersection(b));
    assertFalse(a.overlaps(Period.from(MARCH_2021.plusDays(1))));
    assertEquals(Optional.empty(), a.intersection(Period.from(MARCH_2021.plusDays(1))));
  }

  @Test
  void enclosesNeedsEveryDay() {
    Period year = Period.of(APRIL_2020, MARCH_2021);
    assertTrue(Period.ALWAYS.encloses(year));
    assertTrue(year.encloses(year));
    assertFalse(year.encloses(Period.from(APRIL_2020)));
    assertTrue(Period.from(APRIL_2020).encloses(year));
  }

  @Test
  void invertedPeriodContainsNothingAndIsFlagged() {
    Period inverted = Period.of(MARCH_2021, APRIL_2020);
    assertTrue(inverted.isInverted());
    assertFalse(inverted.contains(APRIL_2020));
    assertFalse(inverted.overlaps(Period.ALWAYS));
    assertFalse(Period.ALWAYS.encloses(inverted));
  }

  @Test
  void textIsIsoInterval() {
    assertEquals("2020-04-01/2021-03-31", Period.of(APRIL_2020, MARCH_2021).toString());
    assertEquals("2020-04-01/..", Period.from(APRIL_2020).toString());
    assertEquals("always", Period.ALWAYS.toString());
    assertEquals(Period.of(APRIL_2020, MARCH_2021), Period.parse("2020-04-01/2021-03-31"));
    assertEquals(Period.from(APRIL_2020), Period.parse("2020-04-01/.."));
  }

  @Test
  void badTextIsRejectedWithTheText() {
    DateTimeException noSlash = assertThrows(DateTimeException.class, () -> Period.parse("2020-04-01"));
    assertTrue(noSlash.getMessage().startsWith("Text '2020-04-01' cannot be parsed to a Period: expected start/end"),
        noSlash.getMessage());
    DateTimeException badDate = assertThrows(DateTimeException.class, () -> Period.parse("2020-13-01/.."));
    assertTrue(badDate.getMessage().startsWith("Text '2020-13-01/..' cannot be parsed to a Period"),
        badDate.getMessage());
  }

  @Test
  void orderedByStartThenEndWithOpenEndLast() {
    assertTrue(Period.of(APRIL_2020, MARCH_2021).compareTo(Period.from(APRIL_2020)) < 0);
    assertTrue(Period.from(APRIL_2020).compareTo(Period.from(MARCH_2021)) < 0);
    assertEquals(Period.from(APRIL_2020).withEnd(MARCH_2021), Period.of(APRIL_2020, MARCH_2021));
  }
}
