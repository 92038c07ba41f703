package io.github.commissioning.rules;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.Days;
import io.github.commissioning.internal.FunctionTree;
import io.github.commissioning.internal.Span;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class Unowned extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.UNOWNED,
      "Function with no duty holder", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("Every statutory function needs an organisation accountable for it in every area "
          + "where it is commissioned, on every date. The rule looks at the largest footprints that hold any of a "
          + "function's duties (England, for a national duty) over the dates of those duties, and reports the "
          + "areas and dates in which no organisation holds the duty. That every function must have a clear owner "
          + "is statutory guidance for ICBs; treating a missing duty holder as an error for any arrangement is "
          + "the project's inference.")
      .remedy("Give an organisation the duty for the function in the areas and dates reported, or "
          + "end the function's other duties if it is no longer commissioned there.")
      .sources(Sources.DELEGATION_GUIDANCE.supports("each ICB's map of functions and decisions shows clear "
              + "responsibility for each statutory function"),
          Sources.PCN_COVERAGE.supports("NHS England's wish that no population be left uncovered "
              + "inside a footprint"))
      .build();

  Unowned() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    Accountability accountability = analysis.accountability();
    Map<FunctionId, List<Duty>> duties = Facts.of(analysis).dutiesByFunction;
    List<Finding> findings = new ArrayList<>();
    Set<FunctionId> belowADuty = FunctionTree.belowAny(arrangement, duties.keySet());
    for (CommissioningFunction function : arrangement.functions()) {
      List<Duty> own = duties.get(function.id());
      if (own == null || belowADuty.contains(function.id())) {
        continue;
      }
      // the scope: every root footprint (one that is no other's part) holding any of the duties' areas
      List<AreaSet> ownAreas = new ArrayList<>(own.size());
      for (Duty duty : own) {
        ownAreas.add(Access.areas(arrangement.geography(), duty.footprint()));
      }
      AreaSet dutyAreas = AreaSet.unionOf(ownAreas);
      AreaSet scope = AreaSet.empty();
      for (AreaSet root : Facts.of(analysis).roots) {
        if (root.intersects(dutyAreas)) {
          scope = scope.union(root);
        }
      }
      long scopeStart = own.stream().mapToLong(d -> Days.start(d.period())).min().orElseThrow();
      long scopeEnd = own.stream().mapToLong(d -> Days.endExclusive(d.period())).max().orElseThrow();
      Pieces pieces = new Pieces();
      for (Span span : Access.timelines(accountability).timeline(function.id())) {
        DateRange clipped = Facts.clip(span.period(), scopeStart, scopeEnd);
        if (clipped != null) {
          pieces.add(clipped, scope.difference(span.covered()));
        }
      }
      for (Pieces.Piece piece : pieces.pieces()) {
        DateRange period = piece.period();
        Span at = Access.timelines(accountability).spanAt(function.id(), period.start()).orElseThrow();
        List<String> evidence = new ArrayList<>();
        if (at.duties().isEmpty()) {
          evidence.add("no duty for " + analysis.name(function.id()) + " is in force on " + period.start());
        }
        for (Duty duty : at.duties()) {
          evidence.add("duty " + duty.id() + ": " + analysis.name(duty.holder()) + " for "
              + analysis.name(duty.footprint()) + ", " + duty.period());
        }
        findings.add(Finding.builder(this).addSubjects(function.id()).discriminator(Facts.startKey(period))
            .period(period).areas(Access.index(arrangement.geography()).areasOf(piece.areas))
            .message(analysis.name(function.id()) + " has no duty holder " + analysis.describe(piece.areas)
                + " " + Facts.when(period) + "; give an organisation the duty for it there")
            .addEvidence(evidence).build());
      }
    }
    return findings;
  }

}
