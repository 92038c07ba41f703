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

  /**
   * One finding per crowd: the delegations of one delegator whose effective areas meet in a span, however
   * many there are. The work is linear in the delegations of each span (one pass for the areas passed on
   * more than once, one pass to pick the delegations that reach them), never quadratic in pairs; a crowd of
   * two gives the same finding as before crowds were summarised.
   */
  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    Map<List<Identifier<?>>, List<Delegation>> crowds = new LinkedHashMap<>();
    Map<List<Identifier<?>>, long[]> periods = new HashMap<>();
    Map<List<Identifier<?>>, AreaSet> areas = new HashMap<>();
    for (FunctionId function : analysis.accountability().analysedFunctions()) {
      for (Span span : Access.timelines(analysis.accountability()).timeline(function)) {
        if (!span.hasDelegatorWithSeveralDelegations()) {
          continue;
        }
        for (List<DelegationState> states : span.effectiveByDelegator().values()) {
          if (states.size() < 2) {
            continue;
          }
          List<AreaSet> sets = new ArrayList<>(states.size());
          states.forEach(state -> sets.add(state.effective()));
          AreaSet twice = AreaSet.overlapping(sets);
          if (twice.isEmpty()) {
            continue;
          }
          List<Delegation> crowd = new ArrayList<>();
          for (DelegationState state : states) {
            if (state.effective().intersects(twice)) {
              crowd.add(state.delegation());
            }
          }
          crowd.sort(Comparator.comparing(Delegation::id));
          List<Identifier<?>> key = new ArrayList<>(crowd.size());
          crowd.forEach(d -> key.add(d.id()));
          crowds.putIfAbsent(key, crowd);
          periods.merge(key, new long[] {Days.start(span.period()), Days.endExclusive(span.period())},
              (p, q) -> new long[] {Math.min(p[0], q[0]), Math.max(p[1], q[1])});
          areas.merge(key, twice, AreaSet::union);
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    crowds.forEach((key, crowd) -> {
      long[] days = Objects.requireNonNull(periods.get(key));
      DateRange period = Facts.period(days[0], days[1]);
      AreaSet where = Objects.requireNonNull(areas.get(key));
      FunctionId function = crowd.get(0).function();
      for (Delegation d : crowd) {
        if (!d.function().equals(function) && arrangement.isWithin(d.function(), function)) {
          function = d.function();
        }
      }
      Delegation first = crowd.get(0);
      Finding.Builder finding = Finding.builder(this).addSubjects(key.toArray(new Identifier<?>[0])).period(period)
          .areas(Access.index(arrangement.geography()).areasOf(where));
      String passes = analysis.name(first.delegator()) + " passes " + analysis.name(function) + " "
          + analysis.describe(where) + " " + Facts.when(period);
      if (crowd.size() == 2) {
        finding.message(passes + " to both " + analysis.name(first.delegate()) + " and "
            + analysis.name(crowd.get(1).delegate()) + "; end one delegation or narrow their footprints");
      } else {
        StringBuilder to = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, crowd.size()); i++) {
          to.append(i == 0 ? "" : ", ").append(analysis.name(crowd.get(i).delegate()));
        }
        if (crowd.size() > SHOWN) {
          to.append(" and ").append(crowd.size() - SHOWN).append(" more");
        }
        finding.message(passes + " to " + crowd.size() + " organisations at once: " + to
            + "; end all but one of these delegations or narrow their footprints");
      }
      for (int i = 0; i < Math.min(SHOWN, crowd.size()); i++) {
        finding.addEvidence(Wording.describe(analysis, crowd.get(i)));
      }
      if (crowd.size() > SHOWN) {
        finding.addEvidence("… and " + (crowd.size() - SHOWN) + " more delegations, named in the finding's key");
      }
      findings.add(finding.build());
    });
    return findings;
  }

  /** How many delegations of a crowd a message names. */
  private static final int SHOWN = 5;
}
