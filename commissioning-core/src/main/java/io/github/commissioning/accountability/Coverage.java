package io.github.commissioning.accountability;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * A summary of who holds and exercises a function across a footprint on a date: the areas with no duty
 * holder ({@linkplain #unowned() unowned}), those with more than one ({@linkplain #overlapping()
 * overlapping}), and which organisation exercises the function where.
 * <pre>{@code
 * Coverage coverage = Accountability.of(arrangement)
 *     .coverage(FunctionId.of("pms"), FootprintId.of("16C"), LocalDate.of(2021, 6, 1));
 * coverage.isComplete();   // true when every area has exactly one duty holder
 * coverage.exercisers();   // {16C=[A81001, A81002, …]}
 * }</pre>
 * Obtain one from {@link Accountability#coverage(FunctionId, FootprintId, LocalDate)}.
 * <p>
 * This record is immutable and thread-safe: its lists and map are unmodifiable copies.
 *
 * @param function the function
 * @param footprint the footprint
 * @param date the date
 * @param unowned the areas of the footprint with no duty holder, in id order
 * @param overlapping the areas of the footprint with more than one duty holder, in id order
 * @param exercisers for each organisation exercising the function in the footprint, its areas in id order
 * @since 0.1
 */
public record Coverage(FunctionId function, FootprintId footprint, LocalDate date, List<AreaId> unowned,
    List<AreaId> overlapping, SortedMap<OrganisationId, List<AreaId>> exercisers) {

  /**
   * Checks and copies the components.
   *
   * @param function the function
   * @param footprint the footprint
   * @param date the date
   * @param unowned the areas of the footprint with no duty holder, in id order
   * @param overlapping the areas of the footprint with more than one duty holder, in id order
   * @param exercisers for each organisation exercising the function in the footprint, its areas in id order
   * @throws NullPointerException naming the component that is null
   */
  public Coverage {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(footprint, "footprint");
    Objects.requireNonNull(date, "date");
    unowned = ImmutableList.sortedCopyOf(Objects.requireNonNull(unowned, "unowned"));
    overlapping = ImmutableList.sortedCopyOf(Objects.requireNonNull(overlapping, "overlapping"));
    ImmutableSortedMap.Builder<OrganisationId, List<AreaId>> copy = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<OrganisationId, List<AreaId>> e : Objects.requireNonNull(exercisers, "exercisers").entrySet()) {
      copy.put(e.getKey(), ImmutableList.sortedCopyOf(e.getValue()));
    }
    exercisers = copy.build();
  }

  /**
   * Checks whether every area of the footprint has exactly one duty holder.
   *
   * @return true if no area is unowned and none overlapping
   */
  public boolean isComplete() {
    return unowned.isEmpty() && overlapping.isEmpty();
  }

  /**
   * Returns a one-line summary, such as {@code pms in 16C on 2021-06-01: 0 areas unowned, 0 overlapping,
   * exercised by [16C]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return function + " in " + footprint + " on " + date + ": " + unowned.size() + " areas unowned, "
        + overlapping.size() + " overlapping, exercised by " + exercisers.keySet();
  }
}
