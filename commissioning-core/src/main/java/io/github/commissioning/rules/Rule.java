package io.github.commissioning.rules;

import java.util.List;
import java.util.function.Function;

/**
 * A check of an arrangement: its {@linkplain RuleInfo metadata} (an id that never changes, a title, an
 * explanation, a default severity, a status and sources) and an evaluation that turns a shared
 * {@link Analysis} into {@link Finding}s.
 * <p>
 * Users write their own rules with {@link #of(RuleInfo, Function)}, giving the metadata and the evaluation,
 * and add them with {@link RuleSet#with(Rule)}:
 * <pre>{@code
 * RuleInfo info = RuleInfo.builder("LOCAL-NO-DEPUTY", "Committee without a deputy chair", Severity.WARNING)
 *     .explanation("Our standing orders require a deputy chair.")
 *     .remedy("Appoint a deputy chair.")
 *     .build();
 * Rule noDeputy = Rule.of(info, analysis -> analysis.arrangement().bodies().stream()
 *     .filter(body -> body.name().endsWith("committee"))
 *     .map(body -> Finding.builder(info).addSubjects(body.id())
 *         .message(body.name() + " has no deputy chair; appoint one").build())
 *     .toList());
 * Report report = RuleSet.standard().with(noDeputy).check(arrangement);
 * }</pre>
 * A class may implement the interface too, when its evaluation needs helpers of its own.
 * <p>
 * A rule must be stateless or immutable, and deterministic: the same analysis gives the same findings.
 *
 * @since 0.1
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

  /**
   * Obtains a rule from its metadata and its evaluation.
   *
   * @param info the metadata, not null
   * @param evaluation turns the shared analysis into findings, not null; it must be deterministic and
   *     return no null finding
   * @return the rule, not null
   */
  static Rule of(RuleInfo info, Function<? super Analysis, ? extends List<Finding>> evaluation) {
    return new DefinedRule(info, evaluation);
  }
}
