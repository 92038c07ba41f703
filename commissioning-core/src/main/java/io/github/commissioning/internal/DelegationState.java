package io.github.commissioning.internal;

import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.FunctionId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one delegation does for one function during one {@link Span}: the areas where it takes effect,
 * and the areas where it cannot.
 * <p>
 * A delegation takes effect only where its delegator holds the function and may pass it on: as a duty
 * holder, or as a delegate permitted to delegate onward, or, for a sub-contract, as the holder of a
 * prime contract. The part beyond is not treated as exercised by the delegate.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DelegationState {

  /**
   * The arrangement's effective delegations, of which this state's is the one at {@link #position}: read when
   * asked for, so that the sweep that makes the state does not read the delegation itself.
   */
  private final List<Delegation> delegations;
  private final FunctionId function;
  private final DateRange period;
  private final AreaSet effective;
  private final AreaSet beyond;
  private final AreaSet unpermitted;
  private final boolean inCycle;
  private final int depth;
  private final @Nullable DelegationState upstream;
  /** The delegation's position in the arrangement's list of delegations. */
  final int position;

  DelegationState(List<Delegation> delegations, FunctionId function, DateRange period, AreaSet effective,
      AreaSet beyond, AreaSet unpermitted, boolean inCycle, int depth, @Nullable DelegationState upstream,
      int position) {
    this.delegations = delegations;
    this.function = function;
    this.period = period;
    this.effective = effective;
    this.beyond = beyond;
    this.unpermitted = unpermitted;
    this.inCycle = inCycle;
    this.depth = depth;
    this.upstream = upstream;
    this.position = position;
  }

  /**
   * Returns the delegation's position in the arrangement's {@code effectiveDelegations()}.
   *
   * @return the position
   */
  public int position() {
    return position;
  }

  /**
   * Returns the delegation, not null.
   *
   * @return the delegation, not null
   */
  public Delegation delegation() {
    return delegations.get(position);
  }

  /**
   * Returns the function this state was analysed for: the delegation's function or one of its parts.
   *
   * @return the function this state was analysed for: the delegation's function or one of its parts
   */
  public FunctionId function() {
    return function;
  }

  /**
   * Returns the period of the span, not null.
   *
   * @return the period of the span, not null
   */
  public DateRange period() {
    return period;
  }

  /**
   * Returns the areas where the delegate exercises the function through this delegation.
   *
   * @return the areas where the delegate exercises the function through this delegation
   */
  public AreaSet effective() {
    return effective;
  }

  /**
   * Returns the areas of the delegation's footprint where the delegator does not hold the function.
   *
   * @return the areas of the delegation's footprint where the delegator does not hold the function
   */
  public AreaSet beyond() {
    return beyond;
  }

  /**
   * Returns the areas the delegator holds only as a delegate not permitted to delegate onward.
   *
   * @return the areas the delegator holds only as a delegate not permitted to delegate onward
   */
  public AreaSet unpermitted() {
    return unpermitted;
  }

  /**
   * Returns whether the delegation lies on a cycle of delegations, and so takes no effect.
   *
   * @return whether the delegation lies on a cycle of delegations, and so takes no effect
   */
  public boolean isInCycle() {
    return inCycle;
  }

  /**
   * Returns the number of links from the accountable body to the delegate: 1 for a delegation by a duty
   * holder.
   *
   * @return the depth, at least 1
   */
  public int depth() {
    return depth;
  }

  /**
   * Returns the delegation into this one's delegator through which the delegator holds the longest chain
   * from the accountable body, in the same span.
   *
   * @return the state upstream, or empty if the delegator is a duty holder or holds nothing
   */
  public Optional<DelegationState> upstream() {
    return Optional.ofNullable(upstream);
  }

  @Override
  public String toString() {
    return delegation().id() + " for " + function + " on " + period + ": effective " + effective
        + (beyond.isEmpty() ? "" : ", beyond " + beyond)
        + (unpermitted.isEmpty() ? "" : ", unpermitted " + unpermitted)
        + (inCycle ? ", in a cycle" : "");
  }
}
