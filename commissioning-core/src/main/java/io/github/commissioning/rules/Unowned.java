package io.github.commissioning.rules;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.Days;
import io.github.commissioning.internal.FunctionTree;
import io.github.commissioning.internal.IntList;
import io.github.commissioning.internal.Span;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.CoverageExpectation;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

final class Unowned extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.UNOWNED,
      "Function with no duty holder", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("Every statutory function needs an organisation accountable for it in every area "
          + "where it must be commissioned, on every date. The rule judges a gap against what must be covered: the "
          + "areas the function's duties name, over all their dates; each duty holder's own footprint while its duty "
          + "holds (a CCG's duty that leaves out one PCN leaves that PCN's practices with nobody); and the arrangement's coverage expectations - a "
          + "function to be held in every area of a footprint (primary medical services in every area of England), "
          + "or by each organisation of a kind over its own footprint (each ICB's core duties over its whole area). "
          + "That every function must have a clear owner is statutory guidance for ICBs; treating a missing duty "
          + "holder as an error for any arrangement, and the scope, are the project's inference.")
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
    // each function's own duties, from the grouping the accountability analysis made: no second pass over them
    Map<FunctionId, IntList> duties = Access.timelines(accountability).dutiesByFunction();
    Map<FunctionId, List<CoverageExpectation>> expected = new HashMap<>();
    for (CoverageExpectation e : arrangement.expectations()) {
      expected.computeIfAbsent(e.function(), k -> new ArrayList<>()).add(e);
    }
    List<Finding> findings = new ArrayList<>();
    Set<FunctionId> belowADuty = FunctionTree.belowAny(arrangement, duties.keySet());
    for (CommissioningFunction function : arrangement.functions()) {
      IntList positions = duties.get(function.id());
      // the function's own duties as positions: their holders, footprints and periods are read from the
      // arrangement's columns, not from the duties
      int[] own = positions == null ? new int[0] : positions.toArray();
      List<CoverageExpectation> expectations = expectations(arrangement, function.id(), expected);
      if ((own.length == 0 && expectations.isEmpty()) || belowADuty.contains(function.id())) {
        continue;
      }
      List<long[]> windows = new ArrayList<>();    // each scope item: start and end days
      List<AreaSet> scopes = new ArrayList<>();
      scope(arrangement, own, expectations, windows, scopes);
      Pieces pieces = new Pieces();
      long[] points = points(windows, Access.timelines(accountability).timeline(function.id()));
      for (int p = 0; p + 1 < points.length; p++) {
        long day = points[p];
        List<AreaSet> active = new ArrayList<>();
        for (int k = 0; k < windows.size(); k++) {
          if (windows.get(k)[0] <= day && day < windows.get(k)[1]) {
            active.add(scopes.get(k));
          }
        }
        if (active.isEmpty()) {
          continue;
        }
        Span span = Access.timelines(accountability).span(function.id(), LocalDate.ofEpochDay(day));
        AreaSet covered = span == null ? AreaSet.empty() : span.covered();
        pieces.add(Facts.period(day, points[p + 1]), AreaSet.unionOf(active).difference(covered));
      }
      for (Pieces.Piece piece : pieces.pieces()) {
        DateRange period = piece.period();
        Optional<Span> at = Access.timelines(accountability).spanAt(function.id(), period.start());
        List<String> evidence = new ArrayList<>();
        if (at.isEmpty() || at.get().duties().isEmpty()) {
          evidence.add("no duty for " + analysis.name(function.id()) + " is in force on " + period.start());
        } else {
          for (Duty duty : at.get().duties()) {
            evidence.add("duty " + duty.id() + ": " + analysis.name(duty.holder()) + " for "
                + analysis.name(duty.footprint()) + ", " + duty.period());
          }
        }
        for (CoverageExpectation e : expectations) {
          if (e.period().contains(period.start())) {
            evidence.add("expected: " + analysis.name(e.function()) + " held " + e.footprint()
                .map(f -> "in every area of " + analysis.name(f))
                .orElseGet(() -> "by each " + Facts.words(e.eachOf().orElseThrow()) + " over its own footprint")
                + ", " + e.period());
          }
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

  /** The expectations for a function or any function it is part of. */
  private static List<CoverageExpectation> expectations(Arrangement arrangement, FunctionId function,
      Map<FunctionId, List<CoverageExpectation>> expected) {
    if (expected.isEmpty()) {
      return List.of();
    }
    List<CoverageExpectation> found = new ArrayList<>();
    expected.forEach((f, list) -> {
      if (arrangement.isWithin(function, f)) {
        found.addAll(list);
      }
    });
    found.sort(null);
    return found;
  }

  /**
   * What must be covered, and when: the areas the function's duties name, over the dates of all of them; each
   * duty holder's own footprint (or, for a holder without one, the duty's) over its duty's dates; each
   * expectation's footprint over its period; and, for
   * an expectation of each organisation of a kind, each one's footprint over its existence within the period.
   */
  private static void scope(Arrangement arrangement, int[] own, List<CoverageExpectation> expectations,
      List<long[]> windows, List<AreaSet> scopes) {
    if (own.length > 0) {
      DateRange[] periods = Access.periods(arrangement, Access.Dated.DUTY);
      FootprintId[] footprints = Access.dutyFootprints(arrangement);
      int[] holders = Access.partyPositions(arrangement, Access.Party.HOLDER);
      @Nullable FootprintId[] served = Access.organisationFootprints(arrangement);
      // the areas any duty names, over the dates of all of them: a gap between two duties is a gap
      long start = Long.MAX_VALUE;
      long end = Long.MIN_VALUE;
      List<AreaSet> named = new ArrayList<>();
      Set<FootprintId> seen = new HashSet<>();
      // and each holder's own footprint while its duty holds: an ICB's duty for part of its area leaves the rest
      Map<List<Object>, AreaSet> held = new LinkedHashMap<>();
      for (int position : own) {
        DateRange period = periods[position];
        start = Math.min(start, Days.start(period));
        end = Math.max(end, Days.endExclusive(period));
        FootprintId dutyFootprint = footprints[position];
        if (seen.add(dutyFootprint)) {
          named.add(Access.areas(arrangement.geography(), dutyFootprint));
        }
        FootprintId holderFootprint = served[holders[position]];
        FootprintId footprint = holderFootprint == null ? dutyFootprint : holderFootprint;
        held.computeIfAbsent(List.of(footprint, period), key -> Access.areas(arrangement.geography(), footprint));
      }
      windows.add(new long[] {start, end});
      scopes.add(AreaSet.unionOf(named));
      held.forEach((key, areas) -> {
        DateRange period = (DateRange) key.get(1);
        windows.add(new long[] {Days.start(period), Days.endExclusive(period)});
        scopes.add(areas);
      });
    }
    for (CoverageExpectation e : expectations) {
      if (e.footprint().isPresent()) {
        windows.add(new long[] {Days.start(e.period()), Days.endExclusive(e.period())});
        scopes.add(Access.areas(arrangement.geography(), e.footprint().get()));
        continue;
      }
      // each organisation's kind, existence and footprint from the arrangement's columns: no organisation is read
      OrganisationKind each = e.eachOf().orElseThrow();
      OrganisationKind[] kinds = Access.kinds(arrangement);
      DateRange[] existences = Access.existences(arrangement);
      @Nullable FootprintId[] footprints = Access.organisationFootprints(arrangement);
      for (int o = 0; o < kinds.length; o++) {
        FootprintId footprint = footprints[o];
        if (kinds[o] == each && footprint != null) {
          Optional<DateRange> when = existences[o].intersection(e.period());
          if (when.isPresent()) {
            windows.add(new long[] {Days.start(when.get()), Days.endExclusive(when.get())});
            scopes.add(Access.areas(arrangement.geography(), footprint));
          }
        }
      }
    }
  }

  /** Every day on which the scope or the function's timeline changes, in order, ending with the scope's end. */
  private static long[] points(List<long[]> windows, List<Span> timeline) {
    TreeSet<Long> points = new TreeSet<>();
    long last = Long.MIN_VALUE;
    for (long[] w : windows) {
      points.add(w[0]);
      points.add(w[1]);
      last = Math.max(last, w[1]);
    }
    long first = points.isEmpty() ? 0 : points.first();
    for (Span span : timeline) {
      long start = Days.start(span.period());
      long end = Days.endExclusive(span.period());
      if (start > first && start < last) {
        points.add(start);
      }
      if (end > first && end < last) {
        points.add(end);
      }
    }
    return points.stream().mapToLong(Long::longValue).toArray();
  }
}
