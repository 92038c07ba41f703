package io.github.commissioning.accountability;

import io.github.commissioning.geography.AreaSet;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.Period;
import java.util.List;
import java.util.Map;

/**
 * An interval between two change points of one function's timeline, during which its duty holders and
 * its delegations do not change.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Span {

  private final FunctionId function;
  private final Period period;
  private final List<Duty> duties;
  private final List<AreaSet> dutyAreas;
  private final AreaSet covered;
  private final AreaSet unheld;
  private final AreaSet heldTwice;
  private final List<DelegationState> delegations;
  private final Map<OrganisationId, List<DelegationState>> effectiveByDelegator;

  Span(FunctionId function, Period period, List<Duty> duties, List<AreaSet> dutyAreas, AreaSet covered,
      AreaSet unheld, AreaSet heldTwice, List<DelegationState> delegations,
      Map<OrganisationId, List<DelegationState>> effectiveByDelegator) {
    this.function = function;
    this.period = period;
    this.duties = duties;
    this.dutyAreas = dutyAreas;
    this.covered = covered;
    this.unheld = unheld;
    this.heldTwice = heldTwice;
    this.delegations = delegations;
    this.effectiveByDelegator = effectiveByDelegator;
  }

  /** Returns the function analysed, not null. */
  public FunctionId function() {
    return function;
  }

  /** Returns when, not null. */
  public Period period() {
    return period;
  }

  /** Returns the duties in force, in id order. */
  public List<Duty> duties() {
    return duties;
  }

  /**
   * Returns the areas of one of the duties in force.
   *
   * @param index the position of the duty in {@link #duties()}
   * @return its areas, not null
   */
  public AreaSet dutyAreas(int index) {
    return dutyAreas.get(index);
  }

  /** Returns the areas with at least one duty holder. */
  public AreaSet covered() {
    return covered;
  }

  /** Returns the areas of the arrangement with no duty holder. */
  public AreaSet unheld() {
    return unheld;
  }

  /** Returns the areas with more than one duty holder. */
  public AreaSet heldTwice() {
    return heldTwice;
  }

  /** Returns the delegations in force, in id order, with what each does. */
  public List<DelegationState> delegations() {
    return delegations;
  }

  List<DelegationState> effectiveFrom(OrganisationId delegator) {
    return effectiveByDelegator.getOrDefault(delegator, List.of());
  }

  @Override
  public String toString() {
    return function + " " + period + ": " + duties.size() + " duties, " + delegations.size() + " delegations";
  }
}
