package io.github.commissioning.rules;

import java.util.List;

/**
 * A check of an arrangement: an id that never changes, a title, the rationale ("because …"), a default
 * severity, and an evaluation that turns a shared {@link Analysis} into {@link Finding}s.
 * <p>
 * Users write their own rules by implementing this interface and adding them with
 * {@link RuleSet#with(Rule)}. A rule must be stateless or immutable, and deterministic: the same
 * analysis gives the same findings. Implementations build findings with {@link Finding#builder(Rule)}.
 */
public interface Rule {

  /**
   * Returns the stable id, such as {@code ACC-UNOWNED}; waivers and diffs refer to it.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Returns a short title that reads as the problem, such as "Function with no duty holder".
   *
   * @return the title, not null
   */
  String title();

  /**
   * Returns why the rule exists, with its source in law or guidance.
   *
   * @return the rationale, not null
   */
  String rationale();

  /**
   * Returns the severity of findings unless a {@link RuleSet} overrides it.
   *
   * @return the severity, not null
   */
  Severity defaultSeverity();

  /**
   * Evaluates the rule.
   *
   * @param analysis the shared analysis of the arrangement, not null
   * @return the findings, not null, in any order
   */
  List<Finding> evaluate(Analysis analysis);
}
