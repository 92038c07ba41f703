package io.github.commissioning.testing;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.FindingKey;
import io.github.commissioning.model.DateRange;
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
 * This class is immutable and thread-safe.
 */
public final class ExpectedFinding implements Comparable<ExpectedFinding> {

  private final FindingKey key;
  private final Severity severity;
  private final DateRange period;
  private final List<AreaId> areas;

  private ExpectedFinding(FindingKey key, Severity severity, DateRange period, List<AreaId> areas) {
    this.key = key;
    this.severity = severity;
    this.period = period;
    List<AreaId> sorted = new ArrayList<>(areas);
    sorted.sort(Comparator.comparing(AreaId::code));
    this.areas = List.copyOf(sorted);
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

  /** Returns the rule id, not null. */
  public String ruleId() {
    return key.ruleId();
  }

  /** Returns the key the finding must have, not null. */
  public FindingKey key() {
    return key;
  }

  /** Returns the severity the finding must have, not null. */
  public Severity severity() {
    return severity;
  }

  /** Returns the period in which the finding must hold, not null. */
  public DateRange period() {
    return period;
  }

  /** Returns the areas where the finding must hold, ordered by code; empty if it is not about areas. */
  public List<AreaId> areas() {
    return areas;
  }

  /** Orders by key. */
  @Override
  public int compareTo(ExpectedFinding other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ExpectedFinding && ((ExpectedFinding) obj).key.equals(key)
        && ((ExpectedFinding) obj).severity == severity && ((ExpectedFinding) obj).period.equals(period)
        && ((ExpectedFinding) obj).areas.equals(areas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, severity, period, areas);
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
