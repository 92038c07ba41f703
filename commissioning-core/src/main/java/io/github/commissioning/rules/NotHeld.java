package io.github.commissioning.rules;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Span;
import io.github.commissioning.internal.Timelines;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.FunctionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.TreeMap;

final class NotHeld extends PerDelegationPieces {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.NOT_HELD,
      "Delegating what the delegator does not hold", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("An organisation can pass on only what it holds: a function, in an area and on "
          + "dates for which it holds the duty or a delegation that lets it pass the function on. A delegation "
          + "that reaches beyond that, or passes on a part of the function that was kept back from the delegator, "
          + "has no effect there, and nobody exercises the function through it. The statutes let a body arrange "
          + "for its own functions to be exercised by others; that a delegation beyond what is held is void is "
          + "the project's reading of them.")
      .remedy("Narrow the delegation to the function, areas and dates the delegator holds, or keep "
          + "back the part that was kept back from the delegator.")
      .sources(Sources.NHS_ACT_13Z.supports("NHS England may arrange for its own functions to be "
              + "exercised by others"),
          Sources.NHS_ACT_65Z5.supports("from 1 July 2022, relevant bodies may arrange for their own "
              + "functions to be exercised by others"))
      .build();

  NotHeld() {
    super(INFO);
  }

  @Override
  boolean mayHaveAreas(Timelines timelines, int position) {
    return (timelines.ownMarks(position) & Timelines.BEYOND) != 0;
  }

  @Override
  AreaSet areasOf(DelegationState state) {
    return state.beyond();
  }

  @Override
  String message(Analysis analysis, Delegation d, String where, DateRange period) {
    return analysis.name(d.delegator()) + " delegates " + analysis.name(d.function()) + " to "
        + analysis.name(d.delegate()) + " " + where + " " + Facts.when(period) + " but does not hold it there then; "
        + "narrow the delegation to what " + analysis.name(d.delegator()) + " holds";
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    List<Finding> findings = new ArrayList<>(super.evaluate(analysis));
    // Parts of the function kept back from the delegator but passed on here: found in the timelines of
    // the parts analysed in their own right, never by listing every state of every delegation.
    Accountability accountability = analysis.accountability();
    Map<DelegationId, Map<FunctionId, Pieces>> parts = new TreeMap<>();
    Map<DelegationId, Delegation> delegationsById = new HashMap<>();
    for (FunctionId part : accountability.analysedFunctions()) {
      if (!Access.timelines(accountability).inheritsDelegations(part)) {
        continue;   // every state is its delegation's own, judged above
      }
      for (Span span : Access.timelines(accountability).timeline(part)) {
        for (DelegationState state : span.delegations()) {
          Delegation d = state.delegation();
          if (state.beyond().isEmpty() || state.function().equals(d.function())) {
            continue;
          }
          AreaSet already = AreaSet.empty();
          for (DelegationState own : Facts.ownStates(analysis, d)) {
            if (own.period().contains(state.period().start())) {
              already = own.beyond();
              break;
            }
          }
          delegationsById.putIfAbsent(d.id(), d);
          parts.computeIfAbsent(d.id(), k -> new TreeMap<>()).computeIfAbsent(part, k -> new Pieces())
              .add(state.period(), state.beyond().difference(already));
        }
      }
    }
    parts.forEach((id, byPart) -> {
      Delegation d = Objects.requireNonNull(delegationsById.get(id));
      byPart.forEach((part, pieces) -> {
        for (Pieces.Piece piece : pieces.pieces()) {
          DateRange period = piece.period();
          findings.add(Finding.builder(this).addSubjects(d.id(), part).discriminator(Facts.startKey(period))
              .period(period).footprint(d.footprint())
              .areas(Access.index(analysis.arrangement().geography()).areasOf(piece.areas))
              .message(analysis.name(d.delegator()) + " delegates " + analysis.name(part) + ", a part of "
                  + analysis.name(d.function()) + ", to " + analysis.name(d.delegate()) + " "
                  + analysis.describe(piece.areas) + " " + Facts.when(period) + ", but that part was kept back "
                  + "from it; keep " + analysis.name(part) + " back in this delegation too")
              .addEvidence(Wording.describe(analysis, d)).build());
        }
      });
    });
    return findings;
  }
}
