package io.github.commissioning.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A rule made of its metadata and a function: what {@link Rule#of(RuleInfo, Function)} returns. */
final class DefinedRule implements Rule {

  private final RuleInfo info;
  private final Function<? super Analysis, ? extends List<Finding>> evaluation;

  DefinedRule(RuleInfo info, Function<? super Analysis, ? extends List<Finding>> evaluation) {
    this.info = Objects.requireNonNull(info, "info");
    this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    return evaluation.apply(analysis);
  }

  @Override
  public String toString() {
    return info.id();
  }
}
