package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Timelines;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import java.util.ArrayList;
import java.util.List;

/** A rule over each delegation's own states, merged into pieces of one area set. */
abstract class PerDelegationPieces extends BaseRule {
  PerDelegationPieces(RuleInfo info) {
    super(info);
  }

  abstract AreaSet areasOf(DelegationState state);

  /**
   * Whether some own state of the delegation at a position may have areas for this rule: false lets the rule
   * pass over the delegation without reading its states.
   */
  abstract boolean mayHaveAreas(Timelines timelines, int position);

  abstract String message(Analysis analysis, Delegation delegation, String where, DateRange period);

  List<String> evidence(Analysis analysis, Delegation delegation, DateRange period) {
    return List.of(Wording.describe(analysis, delegation));
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    List<Finding> findings = new ArrayList<>();
    List<Delegation> delegations = analysis.arrangement().effectiveDelegations();
    Timelines timelines = Access.timelines(analysis.accountability());
    for (int i = 0; i < delegations.size(); i++) {
      if (!mayHaveAreas(timelines, i)) {
        continue;
      }
      Delegation delegation = delegations.get(i);
      List<DelegationState> states = timelines.ownStatesAt(i);
      boolean any = false;
      for (DelegationState state : states) {
        if (!areasOf(state).isEmpty()) {
          any = true;
          break;
        }
      }
      if (!any) {
        continue;
      }
      Pieces pieces = new Pieces();
      for (DelegationState state : states) {
        pieces.add(state.period(), areasOf(state));
      }
      for (Pieces.Piece piece : pieces.pieces()) {
        DateRange period = piece.period();
        findings.add(Finding.builder(this).addSubjects(delegation.id()).discriminator(Facts.startKey(period))
            .period(period).footprint(delegation.footprint())
            .areas(Access.index(analysis.arrangement().geography()).areasOf(piece.areas))
            .message(message(analysis, delegation, analysis.describe(piece.areas), period))
            .addEvidence(evidence(analysis, delegation, period)).build());
      }
    }
    return findings;
  }
}
