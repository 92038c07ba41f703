package io.github.commissioning.model;

import io.github.commissioning.geography.FootprintId;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The exercise of function {@linkplain #function() function} for footprint
 * {@linkplain #footprint() footprint} passes from {@linkplain #delegator() delegator} to
 * {@linkplain #delegate() delegate} for a period, by a {@linkplain #mechanism() mechanism}.
 * <p>
 * Parts of the function listed in {@linkplain #keptBack() kept back} stay with the delegator (NHS
 * England keeps the performers list when it delegates primary medical services). The delegate may pass
 * the exercise on only if {@linkplain #isOnwardDelegationPermitted() onward delegation is permitted}.
 * Accountability never moves: the duty holder stays liable.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Delegation implements WithDelegation permits ImmutableDelegation {

  Delegation() {
  }

  /**
   * Returns a new builder of delegations.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the id; by default {@code delegator>delegate/function/footprint/start}. */
  @Value.Default
  public DelegationId id() {
    return DelegationId.of(delegator() + ">" + delegate() + "/" + function() + "/" + footprint() + "/"
        + period().start());
  }

  /** Returns the organisation passing the exercise on, not null. */
  public abstract OrganisationId delegator();

  /** Returns the organisation receiving it, not null. */
  public abstract OrganisationId delegate();

  /** Returns the function, not null. */
  public abstract FunctionId function();

  /** Returns where, not null. */
  public abstract FootprintId footprint();

  /** Returns the mechanism, not null. */
  public abstract Mechanism mechanism();

  /** Returns when, not null. */
  public abstract DateRange period();

  /** Returns whether the delegate may delegate onward; false unless set. */
  @Value.Default
  public boolean isOnwardDelegationPermitted() {
    return false;
  }

  /** Returns the parts of the function the delegator keeps back, in id order. */
  @Value.NaturalOrder
  public abstract SortedSet<FunctionId> keptBack();

  /**
   * Returns whether the record of this delegation says accountability or liability moves to the
   * delegate, which the law does not allow (s13Z(6)); false unless set.
   */
  @Value.Default
  public boolean isLiabilityTransferRecorded() {
    return false;
  }

  /**
   * A builder of {@link Delegation}s. Obtain one from {@link Delegation#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDelegation.Builder {
    Builder() {
    }
  }
}
