package io.github.commissioning.rules;

import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.Days;
import io.github.commissioning.model.DateRange;
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

    DateRange period() {
      return Days.range(start, endExclusive);
    }
  }

  private final List<Piece> pieces = new ArrayList<>();

  /** Adds a period's areas; periods must come in date order. Empty sets are skipped. */
  void add(DateRange period, AreaSet areas) {
    if (areas.isEmpty()) {
      return;
    }
    Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
    if (last != null && last.endExclusive == Days.start(period) && last.areas.equals(areas)) {
      last.endExclusive = Days.endExclusive(period);
    } else {
      pieces.add(new Piece(Days.start(period), Days.endExclusive(period), areas));
    }
  }

  List<Piece> pieces() {
    return pieces;
  }
}
