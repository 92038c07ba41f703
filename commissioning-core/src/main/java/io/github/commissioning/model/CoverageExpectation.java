package io.github.commissioning.model;

import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What must be covered: function {@code function} (with its parts) must have a duty holder in every area of
 * footprint {@code footprint} on every date of {@code period}; or, when {@code eachOf} is given instead, every
 * organisation of that kind must hold it over its own footprint on every date of {@code period} that it
 * exists. {@code ACC-UNOWNED} judges a gap against these, and against each duty holder's own footprint.
 * <pre>{@code
 * // primary medical services held for every area of England on every date
 * CoverageExpectation pms = CoverageExpectation.everywhere(primaryMedical, england,
 *     DateRange.startingOn(LocalDate.of(2013, 4, 1)));
 * // each ICB's core duties over its whole area
 * CoverageExpectation core = CoverageExpectation.byEach(OrganisationKind.ICB, community,
 *     DateRange.startingOn(LocalDate.of(2022, 7, 1)));
 * }</pre>
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param function the function that must be held, not null
 * @param footprint where it must be held, if stated for a footprint
 * @param eachOf the kind of organisation each of which must hold it over its own footprint, if stated so
 * @param period when, not null
 * @since 0.1
 */
public record CoverageExpectation(FunctionId function, Optional<FootprintId> footprint,
    Optional<OrganisationKind> eachOf, DateRange period) implements Comparable<CoverageExpectation> {

  private static final Comparator<CoverageExpectation> ORDER = Comparator.comparing(CoverageExpectation::function)
      .thenComparing(e -> e.footprint().map(FootprintId::code).orElse(""))
      .thenComparing(e -> e.eachOf().map(Enum::name).orElse(""))
      .thenComparing(e -> e.period().start())
      .thenComparing(e -> e.period().end().orElse(LocalDate.MAX));

  /**
   * Creates an expectation.
   *
   * @param function the function that must be held
   * @param footprint where it must be held, if stated for a footprint
   * @param eachOf the kind of organisation each of which must hold it over its own footprint, if stated so
   * @param period when
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException unless exactly one of {@code footprint} and {@code eachOf} is present
   */
  public CoverageExpectation {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(footprint, "footprint");
    Objects.requireNonNull(eachOf, "eachOf");
    Objects.requireNonNull(period, "period");
    if (footprint.isPresent() == eachOf.isPresent()) {
      throw new IllegalArgumentException("A coverage expectation for " + function + " needs exactly one of a "
          + "footprint and a kind of organisation; use everywhere(…) or byEach(…)");
    }
  }

  /**
   * Obtains the expectation that a function be held in every area of a footprint on every date of a period.
   *
   * @param function the function, not null
   * @param footprint where, not null
   * @param period when, not null
   * @return the expectation, not null
   */
  public static CoverageExpectation everywhere(FunctionId function, FootprintId footprint, DateRange period) {
    return new CoverageExpectation(function, Optional.of(Objects.requireNonNull(footprint, "footprint")),
        Optional.empty(), period);
  }

  /**
   * Obtains the expectation that a function be held in every area of a footprint, from the values themselves.
   *
   * @param function the function, not null
   * @param footprint where, not null
   * @param period when, not null
   * @return the expectation, not null
   */
  public static CoverageExpectation everywhere(CommissioningFunction function, Footprint footprint, DateRange period) {
    return everywhere(Objects.requireNonNull(function, "function").id(),
        Objects.requireNonNull(footprint, "footprint").id(), period);
  }

  /**
   * Obtains the expectation that every organisation of a kind hold a function over its own footprint on every
   * date of a period that it exists.
   *
   * @param kind the kind, not null
   * @param function the function, not null
   * @param period when, not null
   * @return the expectation, not null
   */
  public static CoverageExpectation byEach(OrganisationKind kind, FunctionId function, DateRange period) {
    return new CoverageExpectation(function, Optional.empty(), Optional.of(Objects.requireNonNull(kind, "kind")),
        period);
  }

  /**
   * Compares by function, footprint, kind and period.
   *
   * @param other the other expectation, not null
   * @return negative, zero or positive as this one comes before, with or after the other
   */
  @Override
  public int compareTo(CoverageExpectation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return function + " held " + footprint.map(f -> "in every area of " + f)
        .orElseGet(() -> "by each " + eachOf.orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + " over its own footprint") + ", " + period;
  }
}
