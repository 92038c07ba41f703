package io.github.commissioning.model;

import io.github.commissioning.geography.Footprint;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A statutory transfer on a {@linkplain #date() date}: what organisation {@linkplain #predecessor() predecessor} held
 * passes to the {@linkplain #successions() successors} it names, by function and by area.
 * <p>
 * From the transfer's date the analysis follows it: each duty, delegation and contract of the body that
 * runs across the date is cut at the day before, and each successor holds, from the date, the part of it
 * inside the successor's footprint for the functions it takes. When a succession names a function, it takes
 * duties and agreements for that function and its parts; the most specific succession that matches an
 * item wins. If the transfer {@linkplain TransferKind#endsBody() ends the body}, what no successor takes
 * is left with nobody and reported as a succession gap; otherwise the body keeps it.
 * <pre>{@code
 * // 1 July 2022: a CCG abolished, its functions to the ICB for its area
 * Transfer t = Transfer.builder().predecessor(ccg).date(LocalDate.of(2022, 7, 1)).kind(TransferKind.ABOLITION)
 *     .addSuccessions(Succession.of(icb, ccgFootprint))
 *     .instrument("Health and Care Act 2022; transfer scheme")
 *     .build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Transfer implements WithTransfer permits ImmutableTransfer {

  Transfer() {
  }

  /**
   * Returns a new builder of transfers.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id; by default {@code predecessor@date}.
   *
   * @return the id; by default {@code predecessor@date}
   */
  @Value.Default
  public TransferId id() {
    return TransferId.derived(Codes.part(predecessor()) + "@" + date());
  }

  /**
   * Returns the organisation whose duties and agreements move, not null.
   *
   * @return the organisation whose duties and agreements move, not null
   */
  public abstract OrganisationId predecessor();

  /**
   * Returns the first day the successors hold what moves, not null.
   *
   * @return the first day the successors hold what moves, not null
   */
  public abstract LocalDate date();

  /**
   * Returns what the transfer does to the body, not null.
   *
   * @return what the transfer does to the body, not null
   */
  public abstract TransferKind kind();

  /**
   * Returns the successors, by function and by area, in successor, footprint and function order.
   *
   * @return the successors, by function and by area
   */
  @Value.NaturalOrder
  public abstract SortedSet<Succession> successions();

  /**
   * Returns the instrument that makes the transfer, such as an Act, an order or a transfer scheme, if recorded.
   *
   * @return the instrument that makes the transfer, if recorded
   */
  public abstract Optional<String> instrument();

  @Override
  public String toString() {
    return kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " of " + predecessor() + " on " + date()
        + " (" + id() + ")";
  }

  /**
   * A builder of {@link Transfer}s. Obtain one from {@link Transfer#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableTransfer.Builder {
    Builder() {
    }

    /**
     * Sets the predecessor from the organisation itself.
     *
     * @param predecessor the organisation whose duties and agreements move, not null
     * @return this builder
     */
    public Builder predecessor(Organisation predecessor) {
      return predecessor(Objects.requireNonNull(predecessor, "predecessor").id());
    }

    /**
     * Adds a successor for every function inside a footprint.
     *
     * @param successor the organisation that takes over, not null
     * @param footprint where, not null
     * @return this builder
     */
    public Builder succeededBy(Organisation successor, Footprint footprint) {
      return addSuccessions(Succession.of(successor, footprint));
    }

    /**
     * Adds a successor for one function, and its parts, inside a footprint.
     *
     * @param successor the organisation that takes over, not null
     * @param footprint where, not null
     * @param function the function, not null
     * @return this builder
     */
    public Builder succeededBy(Organisation successor, Footprint footprint, CommissioningFunction function) {
      return addSuccessions(Succession.of(successor, footprint, function));
    }
  }
}
