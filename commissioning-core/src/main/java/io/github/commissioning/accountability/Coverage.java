package io.github.commissioning.accountability;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * A summary of who holds and exercises a function across a footprint on a date: the areas with no duty
 * holder, those with more than one, and which organisation exercises the function where.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Coverage {

  private final FunctionId function;
  private final FootprintId footprint;
  private final LocalDate date;
  private final List<AreaId> unheld;
  private final List<AreaId> heldTwice;
  private final SortedMap<OrganisationId, List<AreaId>> exercisedBy;

  Coverage(FunctionId function, FootprintId footprint, LocalDate date, List<AreaId> unheld, List<AreaId> heldTwice,
      SortedMap<OrganisationId, List<AreaId>> exercisedBy) {
    this.function = function;
    this.footprint = footprint;
    this.date = date;
    this.unheld = List.copyOf(unheld);
    this.heldTwice = List.copyOf(heldTwice);
    this.exercisedBy = java.util.Collections.unmodifiableSortedMap(exercisedBy);
  }

  /** Returns the function, not null. */
  public FunctionId function() {
    return function;
  }

  /** Returns the footprint, not null. */
  public FootprintId footprint() {
    return footprint;
  }

  /** Returns the date, not null. */
  public LocalDate date() {
    return date;
  }

  /** Returns the areas of the footprint with no duty holder, in area-index order. */
  public List<AreaId> unheld() {
    return unheld;
  }

  /** Returns the areas of the footprint with more than one duty holder, in area-index order. */
  public List<AreaId> heldTwice() {
    return heldTwice;
  }

  /** Returns, for each organisation exercising the function in the footprint, its areas. */
  public SortedMap<OrganisationId, List<AreaId>> exercisedBy() {
    return exercisedBy;
  }

  /**
   * Checks whether every area of the footprint has exactly one duty holder.
   *
   * @return true if there is no gap and no overlap
   */
  public boolean isComplete() {
    return unheld.isEmpty() && heldTwice.isEmpty();
  }

  @Override
  public String toString() {
    return function + " in " + footprint + " on " + date + ": " + unheld.size() + " areas unheld, "
        + heldTwice.size() + " held twice, exercised by " + exercisedBy.keySet();
  }
}
