package io.github.commissioning.rules;

import io.github.commissioning.geography.AreaSet;
import io.github.commissioning.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive spans with the same areas merged into one piece, so that a finding names one period
 * rather than one per change point.
 */
final class Pieces {

  /** One merged piece: a period and its areas. */
  static final class Piece {
    final long start;
    long endExclusive;
    final AreaSet areas;

    Piece(long start, long endExclusive, AreaSet areas) {
      this.start = start;
      this.endExclusive = endExclusive;
      this.areas = areas;
    }

    Period period() {
      LocalDate from = LocalDate.ofEpochDay(start);
      return endExclusive == Long.MAX_VALUE ? Period.from(from) : Period.of(from, LocalDate.ofEpochDay(endExclusive - 1));
    }
  }

  private final List<Piece> pieces = new ArrayList<>();

  /** Adds a period's areas; periods must come in date order. Empty sets are skipped. */
  void add(Period period, AreaSet areas) {
    if (areas.isEmpty()) {
      return;
    }
    Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
    if (last != null && last.endExclusive == period.startEpochDay() && last.areas.equals(areas)) {
      last.endExclusive = period.endExclusiveEpochDay();
    } else {
      pieces.add(new Piece(period.startEpochDay(), period.endExclusiveEpochDay(), areas));
    }
  }

  List<Piece> pieces() {
    return pieces;
  }
}
