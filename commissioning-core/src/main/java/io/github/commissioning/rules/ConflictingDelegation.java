package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.Days;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Span;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.value.Identifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

final class ConflictingDelegation extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.CONFLICTING_DELEGATION,
      "Same area delegated twice", Severity.WARNING)
      .status(RuleStatus.PROVISIONAL)
      .explanation("When one delegator passes the same function in the same area on the same dates "
          + "to two organisations, nobody can say which one exercises it. The rule follows from the meaning of "
          + "delegation and is not in any source.")
      .remedy("End one of the delegations, or narrow their footprints so that they do not meet.")
      .sources(Sources.DELEGATION_GUIDANCE.supports("clear responsibility for each statutory function"))
      .build();

  ConflictingDelegation() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    Map<List<Identifier<?>>, Delegation[]> pairs = new LinkedHashMap<>();
    Map<List<Identifier<?>>, long[]> periods = new HashMap<>();
    Map<List<Identifier<?>>, AreaSet> areas = new HashMap<>();
    for (FunctionId function : analysis.accountability().analysedFunctions()) {
      for (Span span : Access.timelines(analysis.accountability()).timeline(function)) {
        if (!span.hasDelegatorWithSeveralDelegations()) {
          continue;
        }
        Map<OrganisationId, List<DelegationState>> byDelegator = span.effectiveByDelegator();
        for (List<DelegationState> states : byDelegator.values()) {
          if (states.size() < 2) {
            continue;
          }
          // sweep the effective sets in order of their first area: only sets whose runs overlap can meet
          List<DelegationState> sorted = new ArrayList<>(states);
          sorted.sort(Comparator.comparingInt((DelegationState x) -> x.effective().first())
              .thenComparing(x -> x.delegation().id()));
          for (int a = 0; a < sorted.size(); a++) {
            int lastA = sorted.get(a).effective().last();
            for (int b = a + 1; b < sorted.size() && sorted.get(b).effective().first() <= lastA; b++) {
              AreaSet both = sorted.get(a).effective().intersection(sorted.get(b).effective());
              if (both.isEmpty()) {
                continue;
              }
              Delegation x = sorted.get(a).delegation();
              Delegation y = sorted.get(b).delegation();
              if (x.id().compareTo(y.id()) > 0) {
                Delegation swap = x;
                x = y;
                y = swap;
              }
              List<Identifier<?>> key = List.of(x.id(), y.id());
              pairs.putIfAbsent(key, new Delegation[] {x, y});
              periods.merge(key, new long[] {Days.start(span.period()), Days.endExclusive(span.period())},
                  (p, q) -> new long[] {Math.min(p[0], q[0]), Math.max(p[1], q[1])});
              areas.merge(key, both, AreaSet::union);
            }
          }
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    pairs.forEach((key, pair) -> {
      long[] days = Objects.requireNonNull(periods.get(key));
      DateRange period = Facts.period(days[0], days[1]);
      AreaSet where = Objects.requireNonNull(areas.get(key));
      FunctionId function = arrangement.isWithin(pair[0].function(), pair[1].function()) ? pair[0].function()
          : pair[1].function();
      findings.add(Finding.builder(this).addSubjects(pair[0].id(), pair[1].id()).period(period)
          .areas(Access.index(arrangement.geography()).areasOf(where))
          .message(analysis.name(pair[0].delegator()) + " passes " + analysis.name(function) + " "
              + analysis.describe(where) + " " + Facts.when(period) + " to both " + analysis.name(pair[0].delegate()) + " and "
              + analysis.name(pair[1].delegate()) + "; end one delegation or narrow their footprints")
          .addEvidence(Wording.describe(analysis, pair[0]), Wording.describe(analysis, pair[1])).build());
    });
    return findings;
  }
}
