package io.github.commissioning.rules;

import java.util.ArrayList;
import java.util.List;

/** A rule judging each decision that someone taking part in, or chairing, is conflicted on. */
abstract class PerConflictedDecision extends BaseRule {

  PerConflictedDecision(RuleInfo info) {
    super(info);
  }

  /**
   * Adds the findings about one decision, given who attended it and their conflicts: a rule tests what the entry
   * holds first and reads {@link DecisionFacts.Entry#decision} only if it may have a finding.
   */
  abstract void judge(Analysis analysis, DecisionFacts.Entry attendance, List<Finding> findings);

  @Override
  public final List<Finding> evaluate(Analysis analysis) {
    DecisionFacts facts = DecisionFacts.of(analysis);
    List<Finding> findings = new ArrayList<>();
    for (int i : facts.conflicted()) {
      judge(analysis, facts.at(i), findings);
    }
    return findings;
  }
}
