package io.github.commissioning.rules;

import java.util.List;

/**
 * A check of an arrangement: its {@linkplain RuleInfo metadata} (an id that never changes, a title, an
 * explanation, a default severity, a status and sources) and an evaluation that turns a shared
 * {@link Analysis} into {@link Finding}s.
 * <p>
 * Users write their own rules by implementing this interface and adding them with
 * {@link RuleSet#with(Rule)}:
 * <pre>{@code
 * Rule noDeputy = new Rule() {
 *   private final RuleInfo info = RuleInfo.builder("LOCAL-NO-DEPUTY", "Committee without a deputy chair",
 *       Severity.WARNING).explanation("Our standing orders require a deputy chair.")
 *       .remedy("Appoint a deputy chair.").build();
 *
 *   public RuleInfo info() {
 *     return info;
 *   }
 *
 *   public List<Finding> evaluate(Analysis analysis) {
 *     return List.of();   // build findings with Finding.builder(this)
 *   }
 * };
 * }</pre>
 * A rule must be stateless or immutable, and deterministic: the same analysis gives the same findings.
 */
public interface Rule {

  /**
   * Returns what the rule is: its id, title, explanation, severity, status and sources.
   *
   * @return the metadata, not null
   */
  RuleInfo info();

  /**
   * Returns the stable id, such as {@code ACC-UNOWNED}; waivers and diffs refer to it.
   *
   * @return the id of the {@linkplain #info() metadata}, not null
   */
  default String id() {
    return info().id();
  }

  /**
   * Evaluates the rule.
   *
   * @param analysis the shared analysis of the arrangement, not null
   * @return the findings, not null, in any order
   */
  List<Finding> evaluate(Analysis analysis);
}
