package io.github.commissioning.internal;

import io.github.commissioning.model.DateRange;
import java.time.LocalDate;

/**
 * Date ranges as half-open ranges of epoch days, for the analysis and the rules. Not part of the API:
 * this package is not exported.
 */
public final class Days {

  private Days() {
  }

  /**
   * Returns the first day of a range as an epoch day.
   *
   * @param range the range
   * @return its first epoch day
   */
  public static long start(DateRange range) {
    return Access.startDay(range);
  }

  /**
   * Returns the day after the last day of a range as an epoch day, so that the range is
   * {@code [start(range), endExclusive(range))}.
   *
   * @param range the range
   * @return the epoch day after its end, or {@link Long#MAX_VALUE} if it is open-ended
   */
  public static long endExclusive(DateRange range) {
    return Access.endExclusiveDay(range);
  }

  /**
   * Returns the range of epoch days {@code [start, endExclusive)}.
   *
   * @param start the first epoch day
   * @param endExclusive the epoch day after the last, or {@link Long#MAX_VALUE} for an open end
   * @return the range
   */
  public static DateRange range(long start, long endExclusive) {
    LocalDate from = LocalDate.ofEpochDay(start);
    return endExclusive == Long.MAX_VALUE ? DateRange.startingOn(from)
        : DateRange.of(from, LocalDate.ofEpochDay(endExclusive - 1));
  }
}
