package io.github.commissioning.rules;

/**
 * How firmly a rule rests on its sources.
 * <p>
 * A report shows the status of every rule that found something, so that a governance lead can tell a
 * breach of the law from the library's reading of good practice.
 *
 * @since 0.1
 */
public enum RuleStatus {
  /** The rule restates law or statutory guidance that the project has checked against its text. */
  STABLE,
  /**
   * The rule is an inference from its sources, or rests on guidance whose wording the project could not
   * check; its policy may change as the sources are verified.
   */
  PROVISIONAL
}
