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

  /**
   * Whether the decisions of a body may have findings, asked once for each body: {@link #judge} is called for
   * the decisions of the bodies this accepts and no others. By default, every body.
   */
  boolean concerns(DecisionBody body, Organisation organisation, Facts.Deciders deciders) {
    return true;
  }

  /**
   * Adds the findings about the decision at a position in the arrangement's decisions: a rule that first tests
   * the decision's date or function reads them from the arrangement's columns at that position, and reads the
   * decision itself, with {@link #decision}, only if it may have a finding. (The decisions lie scattered in
   * memory: merely loading each of 200,000 of them, as a pass over the list does, takes longer than the tests.)
   */
  abstract void judge(Analysis analysis, int position, DecisionBody body, Organisation organisation,
      Facts.Deciders deciders, List<Finding> findings);

  /** The decision at a position in the arrangement's decisions. */
  static Decision decision(Analysis analysis, int position) {
    return analysis.arrangement().decisions().get(position);
  }

  @Override
  public final List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    Facts facts = Facts.of(analysis);
    Facts.Deciders deciders = new Facts.Deciders(analysis);
    List<DecisionBody> bodies = arrangement.bodies();
    boolean[] concerned = new boolean[bodies.size()];
    for (int b = 0; b < concerned.length; b++) {
      concerned[b] = concerns(bodies.get(b), facts.organisationOfBody[b], deciders);
    }
    // the decisions of the bodies that concern this rule, found from their bodies' positions alone
    for (int i = 0; i < arrangement.decisions().size(); i++) {
      if (concerned[facts.bodyAt(i)]) {
        judge(analysis, i, facts.body(i), facts.bodyOrganisation(i), deciders, findings);
      }
    }
    return findings;
  }
}
