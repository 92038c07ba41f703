package io.github.commissioning.testing;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.FindingKey;
import io.github.commissioning.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A finding a planted defect must cause: its key, its severity, the period in which it holds and the
 * areas where it holds (none for a finding that is not about areas).
 * <p>
 * The generators state these from what they planted, independently of the rules, so that a test can
 * demand that the rules find exactly them: {@code ERROR ACC-UNOWNED|community|2013-04-01 2013-04-01/..}.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param key the key the finding must have
 * @param severity the severity it must have
 * @param period the period in which it must hold
 * @param areas the areas where it must hold, ordered by code; empty if it is not about areas
 *
 * @since 0.1
 */
public record ExpectedFinding(FindingKey key, Severity severity, DateRange period, List<AreaId> areas)
    implements Comparable<ExpectedFinding> {

  /**
   * Checks the components and orders the areas by code.
   *
   * @param key the key the finding must have
   * @param severity the severity it must have
   * @param period the period in which it must hold
   * @param areas the areas where it must hold, ordered by code; empty if it is not about areas
   * @throws NullPointerException naming the component that is null
   */
  public ExpectedFinding {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(period, "period");
    List<AreaId> sorted = new ArrayList<>(Objects.requireNonNull(areas, "areas"));
    sorted.sort(Comparator.comparing(AreaId::code));
    areas = List.copyOf(sorted);
  }

  /**
   * Obtains an expected finding.
   *
   * @param key the key the finding must have, not null
   * @param severity the severity it must have, not null
   * @param period the period in which it must hold, not null
   * @return the expected finding, not null
   */
  public static ExpectedFinding of(FindingKey key, Severity severity, DateRange period) {
    return of(key, severity, period, List.of());
  }

  /**
   * Obtains an expected finding about areas.
   *
   * @param key the key the finding must have, not null
   * @param severity the severity it must have, not null
   * @param period the period in which it must hold, not null
   * @param areas the areas where it must hold, not null, in any order
   * @return the expected finding, not null
   */
  public static ExpectedFinding of(FindingKey key, Severity severity, DateRange period, List<AreaId> areas) {
    return new ExpectedFinding(Objects.requireNonNull(key, "key"), Objects.requireNonNull(severity, "severity"),
        Objects.requireNonNull(period, "period"), areas);
  }

  /**
   * Returns the finding two defects must cause together: the same key, the areas of both.
   *
   * @param other an expected finding with the same key, severity and period, not null
   * @return the merged expectation, not null
   * @throws IllegalArgumentException if the two differ in key, severity or period
   */
  ExpectedFinding merge(ExpectedFinding other) {
    if (!key.equals(other.key) || severity != other.severity || !period.equals(other.period)) {
      throw new IllegalArgumentException("Two defects expect different findings with the key " + key + ": " + this
          + " and " + other);
    }
    List<AreaId> both = new ArrayList<>(areas);
    other.areas.stream().filter(a -> !areas.contains(a)).forEach(both::add);
    return new ExpectedFinding(key, severity, period, both);
  }

  /**
   * Returns the rule id, not null.
   *
   * @return the rule id, not null
   */
  public String ruleId() {
    return key.ruleId();
  }

  /**
   * Orders by key.
   *
   * @return orders by key
   */
  @Override
  public int compareTo(ExpectedFinding other) {
    return key.compareTo(other.key);
  }

  /**
   * Returns the severity, the key, the period and any areas:
   * {@code ERROR ACC-UNOWNED|community|2013-04-01 2013-04-01/.. in [G1, G2]}.
   */
  @Override
  public String toString() {
    return severity + " " + key + " " + period + (areas.isEmpty() ? "" : " in " + areas);
  }
}
