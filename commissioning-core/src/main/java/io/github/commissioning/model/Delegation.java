package io.github.commissioning.model;

import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import java.util.Objects;
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
 *
 * @since 0.1
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

  /**
   * Returns the id; by default {@code delegator>delegate/function/footprint/start}.
   *
   * @return the id; by default {@code delegator>delegate/function/footprint/start}
   */
  @Value.Default
  public DelegationId id() {
    return DelegationId.derived(Codes.part(delegator()) + ">" + Codes.part(delegate()) + "/"
        + Codes.part(function()) + "/" + Codes.part(footprint()) + "/" + period().start());
  }

  /**
   * Returns the organisation passing the exercise on, not null.
   *
   * @return the organisation passing the exercise on, not null
   */
  public abstract OrganisationId delegator();

  /**
   * Returns the organisation receiving it, not null.
   *
   * @return the organisation receiving it, not null
   */
  public abstract OrganisationId delegate();

  /**
   * Returns the function, not null.
   *
   * @return the function, not null
   */
  public abstract FunctionId function();

  /**
   * Returns where, not null.
   *
   * @return where, not null
   */
  public abstract FootprintId footprint();

  /**
   * Returns the mechanism, not null.
   *
   * @return the mechanism, not null
   */
  public abstract Mechanism mechanism();

  /**
   * Returns when, not null.
   *
   * @return when, not null
   */
  public abstract DateRange period();

  /**
   * Returns whether the delegate may delegate onward; false unless set.
   *
   * @return whether the delegate may delegate onward; false unless set
   */
  @Value.Default
  public boolean isOnwardDelegationPermitted() {
    return false;
  }

  /**
   * Returns the parts of the function the delegator keeps back, in id order.
   *
   * @return the parts of the function the delegator keeps back, in id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<FunctionId> keptBack();

  /**
   * Returns whether the record of this delegation says accountability or liability moves to the
   * delegate, which the law does not allow (s13Z(6)); false unless set.
   *
   * @return whether a transfer of liability is recorded
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

    /**
     * Sets the delegator from the organisation itself.
     *
     * @param delegator the organisation that delegates, not null
     * @return this builder
     */
    public Builder delegator(Organisation delegator) {
      return delegator(Objects.requireNonNull(delegator, "delegator").id());
    }

    /**
     * Sets the delegate from the organisation itself.
     *
     * @param delegate the organisation delegated to, not null
     * @return this builder
     */
    public Builder delegate(Organisation delegate) {
      return delegate(Objects.requireNonNull(delegate, "delegate").id());
    }

    /**
     * Sets the function from the function itself.
     *
     * @param function the function delegated, not null
     * @return this builder
     */
    public Builder function(CommissioningFunction function) {
      return function(Objects.requireNonNull(function, "function").id());
    }

    /**
     * Sets the footprint from the footprint itself.
     *
     * @param footprint where the function is delegated, not null
     * @return this builder
     */
    public Builder footprint(Footprint footprint) {
      return footprint(Objects.requireNonNull(footprint, "footprint").id());
    }

    /**
     * Adds a part of the function that the delegator keeps back, from the function itself.
     *
     * @param keptBack the part kept back, not null
     * @return this builder
     */
    public Builder addKeptBack(CommissioningFunction keptBack) {
      return addKeptBack(Objects.requireNonNull(keptBack, "keptBack").id());
    }
  }
}
