package io.github.commissioning.testing;

import java.util.Objects;

/**
 * A finding a planted defect must cause: the rule id and the finding's key.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ExpectedFinding implements Comparable<ExpectedFinding> {

  private final String ruleId;
  private final String key;

  private ExpectedFinding(String ruleId, String key) {
    this.ruleId = ruleId;
    this.key = key;
  }

  /**
   * Obtains an expected finding from its rule id and the rest of its key.
   *
   * @param ruleId the rule id, not null
   * @param subjectKey the subject key, not null
   * @return the expected finding, not null
   */
  public static ExpectedFinding of(String ruleId, String subjectKey) {
    return new ExpectedFinding(Objects.requireNonNull(ruleId), ruleId + "|" + Objects.requireNonNull(subjectKey));
  }

  /** Returns the rule id, not null. */
  public String ruleId() {
    return ruleId;
  }

  /** Returns the key the finding must have, not null. */
  public String key() {
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
    return key;
  }
}
