package io.github.commissioning.model;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When something holds: a start date and an optional end date, both inclusive.
 * <p>
 * This is not {@link java.time.Period}, which is an amount of time such as "three months"; a date range
 * is a stretch of the calendar:
 * <pre>{@code
 * DateRange ccgEra = DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2022, 6, 30));
 * DateRange icbEra = DateRange.startingOn(LocalDate.of(2022, 7, 1));
 * ccgEra.contains(LocalDate.of(2022, 6, 30));   // true: the end date is the last day
 * ccgEra.overlaps(icbEra);                      // false
 * DateRange.parse("2022-07-01/..").equals(icbEra); // true
 * }</pre>
 * <p>
 * The end-date convention, used everywhere in this library: <b>the end date is the last day on which
 * the thing holds</b>, as in ODS, where a CCG with close date 2020-03-31 existed on 31 March 2020 and
 * not on 1 April 2020. A date range with no end date is open-ended.
 * <p>
 * A date range whose end is before its start can be obtained, so that data holding such a mistake can be
 * loaded and every mistake reported at once: such a date range {@linkplain #isInverted() is inverted},
 * contains no date, and building an {@link Arrangement} that holds one fails with all such problems
 * listed.
 * <p>
 * The text form is ISO 8601's interval, with {@code ..} for an open end: {@code 2020-04-01/2021-03-31},
 * {@code 2020-04-01/..}; a range starting on {@link LocalDate#MIN} prints its start as {@code ..} too, so
 * {@link #ALWAYS} is {@code ../..}. {@link #toString()} and {@link #parse(CharSequence)} round-trip for
 * every value.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DateRange implements Comparable<DateRange> {

  /** The text of an open start or end in ISO 8601-2 interval notation. */
  private static final String OPEN = "..";

  /** Equal date ranges share one instance: an arrangement's thousands of relationships use a few date ranges. */
  private static final Interner<DateRange> INTERNER =
      Interners.newWeakInterner();

  /** The date range that holds on every date: {@code ../..}. */
  public static final DateRange ALWAYS = INTERNER.intern(new DateRange(LocalDate.MIN, null));

  static {
    Access.setDateRange(new Access.DateRangeView() {
      @Override
      public long startDay(DateRange range) {
        return range.startDay;
      }

      @Override
      public long endExclusiveDay(DateRange range) {
        return range.endExclusiveDay;
      }
    });
  }

  private final LocalDate start;
  private final @Nullable LocalDate end;
  /** The range as half-open epoch days, computed once: the analysis compares them in its inner loops. */
  private final long startDay;
  private final long endExclusiveDay;

  private DateRange(LocalDate start, @Nullable LocalDate end) {
    this.start = start;
    this.end = end;
    this.startDay = start.toEpochDay();
    // no day follows LocalDate.MAX: a range that ends on it runs on as far as an open-ended one
    this.endExclusiveDay = end == null || end.equals(LocalDate.MAX) ? Long.MAX_VALUE : end.toEpochDay() + 1;
  }

  /**
   * Obtains a date range from a start date to an end date, both inclusive.
   *
   * @param start the first day, not null
   * @param end the last day, not null
   * @return the date range, not null; inverted if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return INTERNER.intern(new DateRange(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end")));
  }

  /**
   * Obtains an open-ended date range from a start date.
   *
   * @param start the first day, not null
   * @return the date range, not null
   */
  public static DateRange startingOn(LocalDate start) {
    return INTERNER.intern(new DateRange(Objects.requireNonNull(start, "start"), null));
  }

  /**
   * Obtains a date range from its text: two ISO dates, or {@code ..} for an open start or end, separated
   * by {@code /}.
   * <pre>{@code
   * DateRange.parse("2020-04-01/2021-03-31");  // 1 April 2020 to 31 March 2021 inclusive
   * DateRange.parse("2020-04-01/..");          // from 1 April 2020, open-ended
   * DateRange.parse("../2022-06-30");          // every day up to 30 June 2022
   * DateRange.parse("../..");                  // ALWAYS
   * }</pre>
   * An open start is {@link LocalDate#MIN}. This is the inverse of {@link #toString()}.
   *
   * @param text the text to parse, not null
   * @return the date range, not null
   * @throws DateTimeException if the text is not two ISO dates or {@code ..} separated by {@code /}
   */
  public static DateRange parse(CharSequence text) {
    String value = Objects.requireNonNull(text, "text").toString();
    int slash = value.indexOf('/');
    if (slash < 0) {
      throw new DateTimeException("Text '" + Text.quote(value)
          + "' cannot be parsed to a DateRange: expected start/end, such as 2020-04-01/2021-03-31 or 2020-04-01/..");
    }
    try {
      String startText = value.substring(0, slash);
      String endText = value.substring(slash + 1);
      LocalDate start = startText.equals(OPEN) ? LocalDate.MIN : LocalDate.parse(startText);
      return endText.equals(OPEN) ? startingOn(start) : of(start, LocalDate.parse(endText));
    } catch (DateTimeException e) {
      throw new DateTimeException("Text '" + Text.quote(value) + "' cannot be parsed to a DateRange: " + e.getMessage(), e);
    }
  }


  /**
   * Returns the first day of this date range.
   *
   * @return the start date, not null; {@link LocalDate#MIN} for {@link #ALWAYS}
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day of this date range.
   *
   * @return the end date, or empty if the date range is open-ended
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Checks whether this date range has no end.
   *
   * @return true if open-ended
   */
  public boolean isOpenEnded() {
    return end == null;
  }

  /**
   * Checks whether this date range ends before it starts.
   *
   * @return true if the end date is before the start date
   */
  public boolean isInverted() {
    return end != null && end.isBefore(start);
  }

  /**
   * Checks whether a date falls within this date range.
   *
   * @param date the date, not null
   * @return true if the date is on or after the start and on or before the end
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  /**
   * Checks whether this date range and another share at least one day.
   *
   * @param other the other date range, not null
   * @return true if they overlap
   */
  public boolean overlaps(DateRange other) {
    Objects.requireNonNull(other, "other");
    return !isInverted() && !other.isInverted()
        && startDay < other.endExclusiveDay
        && other.startDay < endExclusiveDay;
  }

  /**
   * Checks whether every day of another date range falls within this one.
   *
   * @param other the other date range, not null
   * @return true if this date range encloses the other
   */
  public boolean encloses(DateRange other) {
    Objects.requireNonNull(other, "other");
    return !isInverted() && !other.isInverted()
        && startDay <= other.startDay
        && other.endExclusiveDay <= endExclusiveDay;
  }

  /**
   * Returns the days this date range and another share.
   *
   * @param other the other date range, not null
   * @return the intersection, or empty if they do not overlap
   */
  public Optional<DateRange> intersection(DateRange other) {
    Objects.requireNonNull(other, "other");
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate from = start.isAfter(other.start) ? start : other.start;
    LocalDate to = end == null ? other.end : other.end == null ? end : end.isBefore(other.end) ? end : other.end;
    return Optional.of(new DateRange(from, to));
  }

  /**
   * Returns a copy of this date range with the end date altered.
   * This instance is immutable and unaffected by this method call.
   *
   * @param newEnd the new last day, not null
   * @return the new date range, not null
   */
  public DateRange withEnd(LocalDate newEnd) {
    Objects.requireNonNull(newEnd, "newEnd");
    return of(start, newEnd);
  }

  /**
   * Compares by start date, then by end date, open-ended last.
   *
   * @param other the other date range, not null
   * @return the comparison
   */
  @Override
  public int compareTo(DateRange other) {
    Objects.requireNonNull(other, "other");
    int c = start.compareTo(other.start);
    if (c == 0) {
      c = Long.compare(endExclusiveDay, other.endExclusiveDay);
    }
    // a range ending on LocalDate.MAX holds on the same days as the open-ended one, and sorts before it
    return c != 0 || Objects.equals(end, other.end) ? c : end == null ? 1 : -1;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof DateRange other && other.start.equals(start) && Objects.equals(other.end, end));
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + Objects.hashCode(end);
  }

  /**
   * Returns the ISO 8601 interval, such as {@code 2020-04-01/2021-03-31} or {@code 2020-04-01/..}; an
   * open end, or a start on {@link LocalDate#MIN}, is {@code ..}, so {@link #ALWAYS} is {@code ../..}.
   * {@link #parse(CharSequence)} reads it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return (start.equals(LocalDate.MIN) ? OPEN : start.toString()) + "/" + (end == null ? OPEN : end.toString());
  }
}
