package io.github.commissioning.model;

import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Organisation {@linkplain #holder() holder} is statutorily accountable for function
 * {@linkplain #function() function} across footprint {@linkplain #footprint() footprint} during a period.
 * <p>
 * A duty covers the function and all its parts. Accountability never moves by delegation: a delegate
 * exercises the function, the duty holder still answers for it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Duty implements WithDuty permits ImmutableDuty {

  Duty() {
  }

  /**
   * Obtains a duty.
   *
   * @param holder the accountable organisation, not null
   * @param function the function, not null
   * @param footprint where, not null
   * @param period when, not null
   * @return the duty, not null
   */
  public static Duty of(OrganisationId holder, FunctionId function, FootprintId footprint, DateRange period) {
    return builder().holder(holder).function(function).footprint(footprint).period(period).build();
  }

  /**
   * Obtains a duty from the values themselves rather than their ids.
   * <pre>{@code
   * Duty pms = Duty.of(nhsEngland, primaryMedical, england, DateRange.startingOn(LocalDate.of(2013, 4, 1)));
   * }</pre>
   *
   * @param holder the organisation that holds the duty, not null
   * @param function the function, not null
   * @param footprint where, not null
   * @param period when, not null
   * @return the duty, not null
   */
  public static Duty of(Organisation holder, CommissioningFunction function, Footprint footprint, DateRange period) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(footprint, "footprint");
    return of(holder.id(), function.id(), footprint.id(), period);
  }

  /**
   * Returns a new builder of duties.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id; by default {@code holder/function/footprint/start}.
   *
   * @return the id; by default {@code holder/function/footprint/start}
   */
  @Value.Default
  public DutyId id() {
    return DutyId.derived(Codes.part(holder()) + "/" + Codes.part(function()) + "/" + Codes.part(footprint())
        + "/" + period().start());
  }

  /**
   * Returns the accountable organisation, not null.
   *
   * @return the accountable organisation, not null
   */
  public abstract OrganisationId holder();

  /**
   * Returns the function, not null.
   *
   * @return the function, not null
   */
  public abstract FunctionId function();

  /**
   * Returns the footprint, not null.
   *
   * @return the footprint, not null
   */
  public abstract FootprintId footprint();

  /**
   * Returns when the duty holds, not null.
   *
   * @return when the duty holds, not null
   */
  public abstract DateRange period();

  /**
   * A builder of {@link Duty} values. Obtain one from {@link Duty#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDuty.Builder {
    Builder() {
    }
  }
}
