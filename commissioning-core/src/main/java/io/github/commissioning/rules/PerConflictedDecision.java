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
    int[] conflicted = facts.conflicted();
    int[] flags = facts.flags();
    int mask = mask();
    for (int k = 0; k < conflicted.length; k++) {
      if ((flags[k] & mask) != 0) {
        judge(analysis, facts.at(conflicted[k]), findings);
      }
    }
    return findings;
  }

  /**
   * The bits of {@link DecisionFacts#flags()} of the decisions this rule may report on; it passes over the others
   * without reading their entries. Every bit unless a rule says which.
   */
  int mask() {
    return -1;
  }
}
