package io.github.commissioning.rules;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Organisation;
import java.util.ArrayList;
import java.util.List;

/** A rule judging each decision with its body and the body's organisation. */
abstract class PerDecision extends BaseRule {

  PerDecision(RuleInfo info) {
    super(info);
  }

  /** Adds the findings about one decision. */
  abstract void judge(Analysis analysis, Decision decision, DecisionBody body, Organisation organisation,
      Facts.Deciders deciders, List<Finding> findings);

  @Override
  public final List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    Facts facts = Facts.of(analysis);
    Facts.Deciders deciders = new Facts.Deciders(analysis);
    for (int i = 0; i < arrangement.decisions().size(); i++) {
      judge(analysis, arrangement.decisions().get(i), facts.bodies[i], facts.bodyOrganisations[i], deciders, findings);
    }
    return findings;
  }
}
