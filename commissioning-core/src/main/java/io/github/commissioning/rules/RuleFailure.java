package io.github.commissioning.rules;

import java.util.Objects;

/**
 * A rule that could not be judged: it threw, returned null, or returned a finding that is not its own.
 * The other rules still run; the report lists each failure first, so that a broken rule is never
 * mistaken for a clean arrangement.
 * <pre>{@code
 * Report report = RuleSet.standard().with(myRule).check(arrangement);
 * report.failures();   // [LOCAL-X: threw IllegalStateException: …]
 * report.isComplete(); // false
 * }</pre>
 *
 * @param ruleId the id of the rule that failed
 * @param what what it did, such as {@code returned null instead of a list of findings}
 * @since 0.1
 */
public record RuleFailure(String ruleId, String what) implements Comparable<RuleFailure> {

  /**
   * Checks the components.
   *
   * @param ruleId the id of the rule that failed
   * @param what what it did
   * @throws NullPointerException naming the component that is null
   */
  public RuleFailure {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(what, "what");
  }

  /**
   * Orders by rule id, then by what happened.
   *
   * @param other the other failure, not null
   * @return the comparison
   */
  @Override
  public int compareTo(RuleFailure other) {
    int c = ruleId.compareTo(other.ruleId);
    return c != 0 ? c : what.compareTo(other.what);
  }

  /**
   * Returns the rule id and what it did: {@code LOCAL-X: returned null instead of a list of findings}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return ruleId + ": " + what;
  }
}
