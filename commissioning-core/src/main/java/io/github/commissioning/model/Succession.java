package io.github.commissioning.model;

import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One successor named by a {@link Transfer}: organisation {@code successor} takes the transferring body's
 * duties, delegations and contracts for {@code function} (and its parts; every function when empty)
 * inside {@code footprint}. A transfer may name several, so that one body's duty passes to two successors,
 * each for part of its area.
 * <pre>{@code
 * Succession whole = Succession.of(icb, icbFootprint);                 // everything in the ICB's area
 * Succession pms = Succession.of(icb, icbFootprint, primaryMedical);   // one function only
 * }</pre>
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param successor the organisation that takes over, not null
 * @param footprint where it takes over, not null
 * @param function the function it takes over, with its parts; empty for every function
 * @since 0.1
 */
public record Succession(OrganisationId successor, FootprintId footprint, Optional<FunctionId> function)
    implements Comparable<Succession> {

  private static final Comparator<Succession> ORDER = Comparator.comparing(Succession::successor)
      .thenComparing(Succession::footprint)
      .thenComparing(s -> s.function().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  /**
   * Creates a succession.
   *
   * @param successor the organisation that takes over
   * @param footprint where it takes over
   * @param function the function it takes over; empty for every function
   * @throws NullPointerException if any component is null
   */
  public Succession {
    Objects.requireNonNull(successor, "successor");
    Objects.requireNonNull(footprint, "footprint");
    Objects.requireNonNull(function, "function");
  }

  /**
   * Obtains a succession to every function inside a footprint.
   *
   * @param successor the organisation that takes over, not null
   * @param footprint where, not null
   * @return the succession, not null
   */
  public static Succession of(OrganisationId successor, FootprintId footprint) {
    return new Succession(successor, footprint, Optional.empty());
  }

  /**
   * Obtains a succession to one function, and its parts, inside a footprint.
   *
   * @param successor the organisation that takes over, not null
   * @param footprint where, not null
   * @param function the function, not null
   * @return the succession, not null
   */
  public static Succession of(OrganisationId successor, FootprintId footprint, FunctionId function) {
    return new Succession(successor, footprint, Optional.of(Objects.requireNonNull(function, "function")));
  }

  /**
   * Obtains a succession to every function inside a footprint, from the values themselves.
   *
   * @param successor the organisation that takes over, not null
   * @param footprint where, not null
   * @return the succession, not null
   */
  public static Succession of(Organisation successor, Footprint footprint) {
    return of(Objects.requireNonNull(successor, "successor").id(), Objects.requireNonNull(footprint, "footprint").id());
  }

  /**
   * Obtains a succession to one function inside a footprint, from the values themselves.
   *
   * @param successor the organisation that takes over, not null
   * @param footprint where, not null
   * @param function the function, not null
   * @return the succession, not null
   */
  public static Succession of(Organisation successor, Footprint footprint, CommissioningFunction function) {
    return of(Objects.requireNonNull(successor, "successor").id(), Objects.requireNonNull(footprint, "footprint").id(),
        Objects.requireNonNull(function, "function").id());
  }

  /**
   * Compares by successor, then footprint, then function (every function first).
   *
   * @param other the other succession, not null
   * @return negative, zero or positive as this one comes before, with or after the other
   */
  @Override
  public int compareTo(Succession other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return successor + " for " + function.map(FunctionId::toString).orElse("every function") + " in " + footprint;
  }
}
