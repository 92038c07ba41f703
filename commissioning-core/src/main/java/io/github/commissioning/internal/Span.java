package io.github.commissioning.internal;

import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An interval between two change points of one function's timeline, during which its duty holders and
 * its delegations do not change.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Span {

  private final FunctionId function;
  private final DateRange period;
  private final List<Duty> duties;
  /** The positions of the duties in force in the arrangement's {@code effectiveDuties()}. */
  private final int[] dutyPositions;
  private final List<AreaSet> dutyAreas;
  private final AreaSet covered;
  private final AreaSet universe;
  private volatile @Nullable AreaSet unowned;
  private final AreaSet overlapping;
  private final List<DelegationState> delegations;
  private final boolean sharedDelegator;
  private volatile @Nullable Map<OrganisationId, List<DelegationState>> effectiveByDelegator;

  Span(FunctionId function, DateRange period, List<Duty> effectiveDuties, int[] dutyPositions,
      List<AreaSet> dutyAreas, AreaSet covered, AreaSet universe, AreaSet overlapping,
      List<DelegationState> delegations, boolean sharedDelegator) {
    this.function = function;
    this.period = period;
    this.duties = new FunctionAnalysis.Positioned<>(effectiveDuties, dutyPositions);
    this.dutyPositions = dutyPositions;
    this.dutyAreas = dutyAreas;
    this.covered = covered;
    this.universe = universe;
    this.overlapping = overlapping;
    this.delegations = delegations;
    this.sharedDelegator = sharedDelegator;
  }

  /**
   * Returns the function analysed, not null.
   *
   * @return the function analysed, not null
   */
  public FunctionId function() {
    return function;
  }

  /**
   * Returns when, not null.
   *
   * @return when, not null
   */
  public DateRange period() {
    return period;
  }

  /**
   * Returns the duties in force, in id order.
   *
   * @return the duties in force, in id order
   */
  public List<Duty> duties() {
    return duties;
  }

  /**
   * Returns the position of one of the duties in force in the arrangement's {@code effectiveDuties()}: a check
   * reads what it needs of the duty from the arrangement's columns, without reading the duty.
   *
   * @param index the position of the duty in {@link #duties()}
   * @return the position in the arrangement's effective duties
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public int dutyPosition(int index) {
    return dutyPositions[index];
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

  /**
   * Returns the areas with at least one duty holder.
   *
   * @return the areas with at least one duty holder
   */
  public AreaSet covered() {
    return covered;
  }

  /**
   * Returns the areas of the arrangement with no duty holder.
   *
   * @return the areas of the arrangement with no duty holder
   */
  public AreaSet unowned() {
    // computed on first use: a universe-wide set per span would cost every function the size of England
    AreaSet result = unowned;
    if (result == null) {
      unowned = result = universe.difference(covered);
    }
    return result;
  }

  /**
   * Returns the areas with more than one duty holder.
   *
   * @return the areas with more than one duty holder
   */
  public AreaSet overlapping() {
    return overlapping;
  }

  /**
   * Returns the delegations in force, in id order, with what each does.
   *
   * @return the delegations in force, in id order, with what each does
   */
  public List<DelegationState> delegations() {
    return delegations;
  }

  /**
   * Checks whether some organisation passes the function on by two or more delegations in effect in this
   * span (they may still cover different areas).
   *
   * @return true if some delegator has two effective delegations
   */
  public boolean hasDelegatorWithSeveralDelegations() {
    return sharedDelegator;
  }

  /**
   * Returns the delegations in force that take effect from an organisation, in id order.
   *
   * @param delegator the organisation, not null
   * @return the states, not null; empty if it passes nothing on in this span
   */
  public List<DelegationState> effectiveFrom(OrganisationId delegator) {
    return effectiveByDelegator().getOrDefault(delegator, List.of());
  }

  /**
   * Returns the delegations in force that take effect, grouped by delegator.
   *
   * @return the groups, not null, unmodifiable; each group in id order
   */
  public Map<OrganisationId, List<DelegationState>> effectiveByDelegator() {
    Map<OrganisationId, List<DelegationState>> index = effectiveByDelegator;
    if (index == null) {
      Map<OrganisationId, List<DelegationState>> built = new HashMap<>();
      for (DelegationState state : delegations) {
        if (!state.effective().isEmpty()) {
          built.computeIfAbsent(state.delegation().delegator(), k -> new ArrayList<>(2)).add(state);
        }
      }
      built.replaceAll((k, v) -> Collections.unmodifiableList(v));
      effectiveByDelegator = index = Collections.unmodifiableMap(built);
    }
    return index;
  }

  /** Built on first use; racing threads build equal indexes, and either may win. */
  private volatile @Nullable Map<OrganisationId, List<DelegationState>> effectiveInto;

  /**
   * Returns the delegations in force that take effect into an organisation, in id order.
   *
   * @param delegate the organisation, not null
   * @return the states, not null; empty if it receives nothing in this span
   */
  public List<DelegationState> effectiveInto(OrganisationId delegate) {
    Map<OrganisationId, List<DelegationState>> index = effectiveInto;
    if (index == null) {
      Map<OrganisationId, List<DelegationState>> built = new HashMap<>();
      for (DelegationState state : delegations) {
        if (!state.effective().isEmpty()) {
          built.computeIfAbsent(state.delegation().delegate(), k -> new ArrayList<>(2)).add(state);
        }
      }
      built.replaceAll((k, v) -> Collections.unmodifiableList(v));
      effectiveInto = index = built;
    }
    return index.getOrDefault(delegate, List.of());
  }

  private volatile java.util.@Nullable Set<OrganisationId> holders;

  /**
   * Checks whether an organisation holds a duty in force in this span.
   *
   * @param organisation the organisation, not null
   * @return true if it is a duty holder
   */
  public boolean isHolder(OrganisationId organisation) {
    Set<OrganisationId> index = holders;
    if (index == null) {
      Set<OrganisationId> built = new HashSet<>();
      duties.forEach(d -> built.add(d.holder()));
      holders = index = built;
    }
    return index.contains(organisation);
  }

  @Override
  public String toString() {
    return function + " " + period + ": " + duties.size() + " duties, " + delegations.size() + " delegations";
  }
}
