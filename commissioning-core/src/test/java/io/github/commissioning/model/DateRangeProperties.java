package io.github.commissioning.model;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DateRangeProperties {

  private static final LocalDate BASE = LocalDate.of(2013, 4, 1);

  /** A period within about three years of 2013, open-ended when the length draw is 0. */
  private static Gen<DateRange> periods() {
    return integers().between(0, 1000).zip(integers().between(0, 400), (start, length) ->
        length == 0 ? DateRange.startingOn(BASE.plusDays(start)) : DateRange.of(BASE.plusDays(start), BASE.plusDays(start + length - 1)));
  }

  /** Any date range at all, the calendar's edges and inverted ones included. */
  private static Gen<DateRange> anyRanges() {
    Gen<LocalDate> anyDate = integers().between(0, 6).zip(
        org.quicktheories.generators.SourceDSL.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()),
        (kind, day) -> kind == 0 ? LocalDate.MIN : kind == 1 ? LocalDate.MAX : LocalDate.ofEpochDay(day));
    return anyDate.zip(anyDate, integers().between(0, 2),
        (start, end, open) -> open == 0 ? DateRange.startingOn(start) : DateRange.of(start, end));
  }

  private static Gen<LocalDate> dates() {
    return integers().between(-10, 1500).map(BASE::plusDays);
  }

  @Test
  void overlapIsSymmetricAndMeansASharedDay() {
    qt().withExamples(500).forAll(periods(), periods(), dates()).check((a, b, d) ->
        a.overlaps(b) == b.overlaps(a)
            && (!(a.contains(d) && b.contains(d)) || a.overlaps(b))
            && a.overlaps(b) == a.intersection(b).isPresent());
  }

  @Test
  void intersectionHoldsExactlyOnTheDaysBothHold() {
    qt().withExamples(500).forAll(periods(), periods(), dates()).check((a, b, d) ->
        a.intersection(b).map(i -> i.contains(d)).orElse(false) == (a.contains(d) && b.contains(d)));
  }

  @Test
  void enclosingMeansContainingEveryDay() {
    qt().withExamples(500).forAll(periods(), periods(), dates()).check((a, b, d) ->
        !a.encloses(b) || !b.contains(d) || a.contains(d));
  }

  @Test
  void enclosureIsAntisymmetricAndIntersectionIsEnclosed() {
    qt().withExamples(500).forAll(periods(), periods()).check((a, b) ->
        (!(a.encloses(b) && b.encloses(a)) || a.equals(b))
            && a.intersection(b).map(i -> a.encloses(i) && b.encloses(i)).orElse(true));
  }

  @Test
  void textRoundTrips() {
    qt().withExamples(300).forAll(periods()).check(p -> DateRange.parse(p.toString()).equals(p));
    qt().withExamples(1000).forAll(anyRanges()).check(p -> DateRange.parse(p.toString()).equals(p));
  }
}
