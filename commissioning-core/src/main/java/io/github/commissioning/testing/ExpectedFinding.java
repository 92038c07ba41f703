package io.github.commissioning.testing;

import io.github.commissioning.model.FindingKey;
import io.github.commissioning.model.Period;
import io.github.commissioning.rules.Severity;
import java.util.Objects;

/**
 * A finding a planted defect must cause: its key, its severity and the period in which it holds.
 * <p>
 * The generators state these from what they planted, independently of the rules, so that a test can
 * demand that the rules find exactly them: {@code ERROR ACC-UNOWNED|community|2013-04-01 2013-04-01/..}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ExpectedFinding implements Comparable<ExpectedFinding> {

  private final FindingKey key;
  private final Severity severity;
  private final Period period;

  private ExpectedFinding(FindingKey key, Severity severity, Period period) {
    this.key = key;
    this.severity = severity;
    this.period = period;
  }

  /**
   * Obtains an expected finding.
   *
   * @param key the key the finding must have, not null
   * @param severity the severity it must have, not null
   * @param period the period in which it must hold, not null
   * @return the expected finding, not null
   */
  public static ExpectedFinding of(FindingKey key, Severity severity, Period period) {
    return new ExpectedFinding(Objects.requireNonNull(key, "key"), Objects.requireNonNull(severity, "severity"),
        Objects.requireNonNull(period, "period"));
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
  public Period period() {
    return period;
  }

  /** Orders by key. */
  @Override
  public int compareTo(ExpectedFinding other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ExpectedFinding && ((ExpectedFinding) obj).key.equals(key)
        && ((ExpectedFinding) obj).severity == severity && ((ExpectedFinding) obj).period.equals(period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, severity, period);
  }

  /** Returns the severity, the key and the period: {@code ERROR ACC-CYCLE|JA1-JB1-community 2016-04-01/..}. */
  @Override
  public String toString() {
    return severity + " " + key + " " + period;
  }
}
