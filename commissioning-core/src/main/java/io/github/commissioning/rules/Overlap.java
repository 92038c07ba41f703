package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.Days;
import io.github.commissioning.internal.Span;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.value.Identifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

final class Overlap extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.OVERLAP,
      "Overlapping accountability", Severity.WARNING)
      .status(RuleStatus.PROVISIONAL)
      .explanation("Two different organisations hold duties for the same function in the same areas "
          + "on the same dates. Nobody can then say which one answers for the function there. The project infers "
          + "this from the evidence that partnerships blur accountability; the law does not forbid two bodies' "
          + "duties from overlapping, so the rule warns rather than errs.")
      .remedy("Agree which organisation holds the duty in the overlapping areas and end or narrow "
          + "the other duty, or record the second body as a delegate rather than a duty holder.")
      .sources(Sources.AUDIT_COMMISSION_2005.supports("partnerships blur lines of accountability"))
      .build();

  Overlap() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    Map<List<Identifier<?>>, long[]> periods = new LinkedHashMap<>();
    Map<List<Identifier<?>>, AreaSet> areas = new HashMap<>();
    Map<List<Identifier<?>>, List<Identifier<?>>> subjects = new HashMap<>();
    Map<List<Identifier<?>>, Set<String>> duties = new HashMap<>();
    for (FunctionId function : analysis.accountability().analysedFunctions()) {
      for (Span span : Access.timelines(analysis.accountability()).timeline(function)) {
        if (span.overlapping().isEmpty()) {
          continue;
        }
        List<Integer> involved = new ArrayList<>();
        for (int i = 0; i < span.duties().size(); i++) {
          if (span.dutyAreas(i).intersects(span.overlapping())) {
            involved.add(i);
          }
        }
        for (int a = 0; a < involved.size(); a++) {
          for (int b = a + 1; b < involved.size(); b++) {
            Duty first = span.duties().get(involved.get(a));
            Duty second = span.duties().get(involved.get(b));
            if (first.holder().equals(second.holder())) {
              continue;
            }
            AreaSet both = span.dutyAreas(involved.get(a)).intersection(span.dutyAreas(involved.get(b)));
            if (both.isEmpty()) {
              continue;
            }
            FunctionId specific = arrangement.isWithin(first.function(), second.function()) ? first.function()
                : second.function();
            OrganisationId x = first.holder().compareTo(second.holder()) < 0 ? first.holder() : second.holder();
            OrganisationId y = x.equals(first.holder()) ? second.holder() : first.holder();
            List<Identifier<?>> key = List.of(specific, x, y);
            periods.merge(key, new long[] {Days.start(span.period()), Days.endExclusive(span.period())},
                (p, q) -> new long[] {Math.min(p[0], q[0]), Math.max(p[1], q[1])});
            areas.merge(key, both, AreaSet::union);
            subjects.putIfAbsent(key, List.of(specific, x, y));
            duties.computeIfAbsent(key, k -> new TreeSet<>()).addAll(List.of(
                "duty " + first.id() + ": " + analysis.name(first.holder()) + " for " + analysis.name(first.footprint())
                    + ", " + first.period(),
                "duty " + second.id() + ": " + analysis.name(second.holder()) + " for "
                    + analysis.name(second.footprint()) + ", " + second.period()));
          }
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    periods.forEach((key, p) -> {
      List<Identifier<?>> s = Objects.requireNonNull(subjects.get(key));
      DateRange period = Facts.period(p[0], p[1]);
      AreaSet where = Objects.requireNonNull(areas.get(key));
      findings.add(Finding.builder(this).addSubjects(s.toArray(new Identifier<?>[0])).period(period)
          .areas(Access.index(arrangement.geography()).areasOf(where))
          .message(analysis.name((OrganisationId) s.get(1)) + " and " + analysis.name((OrganisationId) s.get(2))
              + " are both accountable for " + analysis.name((FunctionId) s.get(0)) + " " + analysis.describe(where)
              + " " + Facts.when(period) + "; agree which one holds the duty there")
          .addEvidence(new ArrayList<>(duties.get(key))).build());
    });
    return findings;
  }
}
