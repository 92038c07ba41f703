package io.github.commissioning.rules;

import io.github.commissioning.model.Decision;
import java.util.ArrayList;
import java.util.List;

/** A rule judging each decision that someone taking part in, or chairing, is conflicted on. */
abstract class PerConflictedDecision extends BaseRule {

  PerConflictedDecision(RuleInfo info) {
    super(info);
  }

  /** Adds the findings about one decision, given who attended it and their conflicts. */
  abstract void judge(Analysis analysis, Decision decision, DecisionFacts.Entry attendance, List<Finding> findings);

  @Override
  public final List<Finding> evaluate(Analysis analysis) {
    DecisionFacts facts = DecisionFacts.of(analysis);
    List<Finding> findings = new ArrayList<>();
    List<Decision> decisions = analysis.arrangement().decisions();
    for (int i : facts.conflicted()) {
      judge(analysis, decisions.get(i), facts.at(i), findings);
    }
    return findings;
  }
}
