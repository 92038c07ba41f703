package io.github.commissioning.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When something holds: a start date and an optional end date, both inclusive.
 * <p>
 * The end-date convention, used everywhere in this library: <b>the end date is the last day on which
 * the thing holds</b>, as in ODS, where a CCG with close date 2020-03-31 existed on 31 March 2020 and
 * not on 1 April 2020. A period with no end date is open-ended.
 * <p>
 * A period whose end is before its start can be obtained, so that data holding such a mistake can be
 * loaded and every mistake reported at once: such a period {@linkplain #isInverted() is inverted},
 * contains no date, and building an {@link Arrangement} that holds one fails with all such problems
 * listed.
 * <p>
 * The text form is ISO 8601's interval, with {@code ..} for an open end: {@code 2020-04-01/2021-03-31},
 * {@code 2020-04-01/..}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Period implements Comparable<Period> {

  /** Equal periods share one instance: an arrangement's thousands of relationships use a few periods. */
  private static final com.google.common.collect.Interner<Period> INTERNER =
      com.google.common.collect.Interners.newWeakInterner();

  /** The period that holds on every date. */
  public static final Period ALWAYS = INTERNER.intern(new Period(LocalDate.MIN, null));

  private final LocalDate start;
  private final LocalDate end;

  private Period(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains a period from a start date to an end date, both inclusive.
   *
   * @param start the first day, not null
   * @param end the last day, not null
   * @return the period, not null; inverted if {@code end} is before {@code start}
   */
  public static Period of(LocalDate start, LocalDate end) {
    return INTERNER.intern(new Period(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end")));
  }

  /**
   * Obtains an open-ended period from a start date.
   *
   * @param start the first day, not null
   * @return the period, not null
   */
  public static Period from(LocalDate start) {
    return INTERNER.intern(new Period(Objects.requireNonNull(start, "start"), null));
  }

  /**
   * Obtains a period from text such as {@code 2020-04-01/2021-03-31} or {@code 2020-04-01/..}.
   *
   * @param text the text to parse, not null
   * @return the period, not null
   * @throws DateTimeException if the text is not an interval of two ISO dates, or of a date and
   *     {@code ..}
   */
  public static Period parse(CharSequence text) {
    String value = text.toString();
    int slash = value.indexOf('/');
    if (slash < 0) {
      throw new DateTimeException("Text '" + value
          + "' cannot be parsed to a Period: expected start/end, such as 2020-04-01/2021-03-31 or 2020-04-01/..");
    }
    try {
      LocalDate start = LocalDate.parse(value.substring(0, slash));
      String endText = value.substring(slash + 1);
      return endText.equals("..") ? from(start) : of(start, LocalDate.parse(endText));
    } catch (DateTimeException e) {
      throw new DateTimeException("Text '" + value + "' cannot be parsed to a Period: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the first day of this period.
   *
   * @return the start date, not null; {@link LocalDate#MIN} for {@link #ALWAYS}
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day of this period.
   *
   * @return the end date, or empty if the period is open-ended
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Checks whether this period has no end.
   *
   * @return true if open-ended
   */
  public boolean isOpenEnded() {
    return end == null;
  }

  /**
   * Checks whether this period ends before it starts.
   *
   * @return true if the end date is before the start date
   */
  public boolean isInverted() {
    return end != null && end.isBefore(start);
  }

  /**
   * Returns the first day as an epoch day.
   *
   * @return the epoch day of the start
   */
  public long startEpochDay() {
    return start.toEpochDay();
  }

  /**
   * Returns the day after the last day as an epoch day, so that the period is the half-open range
   * {@code [startEpochDay(), endExclusiveEpochDay())}.
   *
   * @return the epoch day after the end, or {@link Long#MAX_VALUE} if open-ended
   */
  public long endExclusiveEpochDay() {
    return end == null ? Long.MAX_VALUE : end.toEpochDay() + 1;
  }

  /**
   * Checks whether a date falls within this period.
   *
   * @param date the date, not null
   * @return true if the date is on or after the start and on or before the end
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  /**
   * Checks whether this period and another share at least one day.
   *
   * @param other the other period, not null
   * @return true if they overlap
   */
  public boolean overlaps(Period other) {
    return !isInverted() && !other.isInverted()
        && startEpochDay() < other.endExclusiveEpochDay()
        && other.startEpochDay() < endExclusiveEpochDay();
  }

  /**
   * Checks whether every day of another period falls within this one.
   *
   * @param other the other period, not null
   * @return true if this period encloses the other
   */
  public boolean encloses(Period other) {
    return !isInverted() && !other.isInverted()
        && startEpochDay() <= other.startEpochDay()
        && other.endExclusiveEpochDay() <= endExclusiveEpochDay();
  }

  /**
   * Returns the days this period and another share.
   *
   * @param other the other period, not null
   * @return the intersection, or empty if they do not overlap
   */
  public Optional<Period> intersection(Period other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate from = start.isAfter(other.start) ? start : other.start;
    LocalDate to = end == null ? other.end : other.end == null ? end : end.isBefore(other.end) ? end : other.end;
    return Optional.of(new Period(from, to));
  }

  /**
   * Returns a copy of this period with the end date altered.
   * This instance is immutable and unaffected by this method call.
   *
   * @param newEnd the new last day, not null
   * @return the new period, not null
   */
  public Period withEnd(LocalDate newEnd) {
    return of(start, newEnd);
  }

  /**
   * Compares by start date, then by end date, open-ended last.
   *
   * @param other the other period, not null
   * @return the comparison
   */
  @Override
  public int compareTo(Period other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : Long.compare(endExclusiveEpochDay(), other.endExclusiveEpochDay());
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof Period && ((Period) obj).start.equals(start) && Objects.equals(((Period) obj).end, end));
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + Objects.hashCode(end);
  }

  /**
   * Returns the ISO 8601 interval, such as {@code 2020-04-01/2021-03-31} or {@code 2020-04-01/..};
   * {@link #ALWAYS} is {@code always}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (this.equals(ALWAYS)) {
      return "always";
    }
    return start + "/" + (end == null ? ".." : end.toString());
  }
}
