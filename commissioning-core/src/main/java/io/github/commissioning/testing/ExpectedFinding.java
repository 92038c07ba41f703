package io.github.commissioning.testing;

import io.github.commissioning.model.FindingKey;
import java.util.Objects;

/**
 * A finding a planted defect must cause: the rule id and the finding's key.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ExpectedFinding implements Comparable<ExpectedFinding> {

  private final FindingKey key;

  private ExpectedFinding(FindingKey key) {
    this.key = key;
  }

  /**
   * Obtains an expected finding from its key.
   *
   * @param key the key the finding must have, not null
   * @return the expected finding, not null
   */
  public static ExpectedFinding of(FindingKey key) {
    return new ExpectedFinding(Objects.requireNonNull(key, "key"));
  }

  /** Returns the rule id, not null. */
  public String ruleId() {
    return key.ruleId();
  }

  /** Returns the key the finding must have, not null. */
  public FindingKey key() {
    return key;
  }

  @Override
  public int compareTo(ExpectedFinding other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ExpectedFinding && ((ExpectedFinding) obj).key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key.toString();
  }
}
