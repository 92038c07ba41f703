package io.github.commissioning.model;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commissioning function, such as primary medical services, or a part of one, such as the performers
 * list. Functions form a tree through their {@linkplain #parent() parents}: what holds for a function
 * holds for its parts unless a part is kept back.
 * <p>
 * A {@linkplain #isReserved() reserved} function may not be delegated while its
 * {@linkplain #reservedDuring() reservation} holds: NHS England keeps the performers list, appraisal and
 * revalidation; s7A vaccination and screening services were reserved until 31 March 2026.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class CommissioningFunction implements WithCommissioningFunction permits ImmutableCommissioningFunction {

  CommissioningFunction() {
  }

  /**
   * Obtains a top-level, unreserved function.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @return the function, not null
   */
  public static CommissioningFunction of(FunctionId id, String name) {
    return builder().id(id).name(name).build();
  }

  /**
   * Returns a new builder of functions.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, not null.
   *
   * @return the id, not null
   */
  public abstract FunctionId id();

  /**
   * Returns the name, not null.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Returns the function this one is part of, if any.
   *
   * @return the function this one is part of, if any
   */
  public abstract Optional<FunctionId> parent();

  /**
   * Returns whether the function is reserved and may never be delegated; false unless set.
   *
   * @return whether the function is reserved and may never be delegated; false unless set
   */
  @Value.Default
  public boolean isReserved() {
    return false;
  }

  /**
   * Returns when a {@linkplain #isReserved() reserved} function may not be delegated; {@link DateRange#ALWAYS}
   * unless set. A reservation is a term of the delegation agreements and changes over time: NHS England's
   * s7A vaccination and screening services were reserved until their delegation to ICBs on 1 April 2026.
   *
   * @return when the reservation holds, not null
   */
  @Value.Default
  public DateRange reservedDuring() {
    return DateRange.ALWAYS;
  }

  /**
   * Returns the stage of the commissioning cycle this function is, if it is one.
   *
   * @return the stage of the commissioning cycle this function is, if it is one
   */
  public abstract Optional<CommissioningStage> stage();

  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }

  /**
   * A builder of {@link CommissioningFunction}s. Obtain one from {@link CommissioningFunction#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableCommissioningFunction.Builder {
    Builder() {
    }

    /**
     * Sets the parent from the function itself.
     *
     * @param parent the function this one is a part of, not null
     * @return this builder
     */
    public Builder parent(CommissioningFunction parent) {
      return parent(Objects.requireNonNull(parent, "parent").id());
    }
  }
}
