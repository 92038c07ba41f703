package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.Days;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Timelines;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

final class Cycle extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.CYCLE, "Cycle of delegations", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("A function delegated round a cycle comes back to where it started. No delegation "
          + "of the cycle takes effect, and nobody can say who exercises the function. Cycles are reported per "
          + "function and per group of organisations joined by the cycle. No source speaks of cycles; the rule "
          + "follows from the meaning of delegation.")
      .remedy("End one delegation of the cycle, so that the function flows one way from the "
          + "accountable body.")
      .sources(Sources.DELEGATION_GUIDANCE.supports("clear responsibility for each statutory function"))
      .build();

  Cycle() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    // delegations on a cycle, grouped by function and by connected organisations (each group is one
    // strongly connected set of organisations)
    Map<FunctionId, List<Delegation>> byFunction = new TreeMap<>();
    Map<DelegationId, long[]> when = new HashMap<>();
    Timelines timelines = Access.timelines(analysis.accountability());
    for (int i = 0; i < arrangement.effectiveDelegations().size(); i++) {
      if ((timelines.ownMarks(i) & Timelines.IN_CYCLE) == 0) {
        continue;
      }
      Delegation d = arrangement.effectiveDelegations().get(i);
      for (DelegationState state : timelines.ownStatesAt(i)) {
        if (state.isInCycle()) {
          long[] p = when.get(d.id());
          if (p == null) {
            byFunction.computeIfAbsent(d.function(), k -> new ArrayList<>()).add(d);
            when.put(d.id(), new long[] {Days.start(state.period()), Days.endExclusive(state.period())});
          } else {
            p[1] = Math.max(p[1], Days.endExclusive(state.period()));
          }
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    byFunction.forEach((function, delegations) -> {
      Map<OrganisationId, OrganisationId> parent = new HashMap<>();
      for (Delegation d : delegations) {
        union(parent, d.delegator(), d.delegate());
      }
      Map<OrganisationId, List<Delegation>> groups = new TreeMap<>();
      for (Delegation d : delegations) {
        groups.computeIfAbsent(find(parent, d.delegator()), k -> new ArrayList<>()).add(d);
      }
      for (List<Delegation> group : groups.values()) {
        Delegation first = group.get(0);
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (Delegation d : group) {
          start = Math.min(start, Objects.requireNonNull(when.get(d.id()))[0]);
          end = Math.max(end, when.get(d.id())[1]);
        }
        DateRange period = Facts.period(start, end);
        List<String> evidence = new ArrayList<>();
        group.stream().limit(10).forEach(d -> evidence.add(Wording.describe(analysis, d)));
        if (group.size() > 10) {
          evidence.add("… and " + (group.size() - 10) + " more delegations");
        }
        findings.add(Finding.builder(this).addSubjects(first.id()).period(period)
            .message(group.size() + " delegations of " + analysis.name(function) + " form a cycle ("
                + path(analysis, group) + ") " + Facts.when(period) + "; none of them takes effect: end one of them")
            .addEvidence(evidence).build());
      }
    });
    return findings;
  }

  private static String path(Analysis analysis, List<Delegation> group) {
    Map<OrganisationId, OrganisationId> next = new HashMap<>();
    for (Delegation d : group) {
      next.putIfAbsent(d.delegator(), d.delegate());
    }
    OrganisationId start = group.get(0).delegator();
    StringBuilder text = new StringBuilder(analysis.name(start));
    Set<OrganisationId> seen = new HashSet<>();
    seen.add(start);
    OrganisationId at = next.get(start);
    int shown = 0;
    while (at != null && shown < 8) {
      text.append(" → ").append(analysis.name(at));
      if (!seen.add(at)) {
        return text.toString();
      }
      at = next.get(at);
      shown++;
    }
    return text.append(" → …").toString();
  }

  private static OrganisationId find(Map<OrganisationId, OrganisationId> parent, OrganisationId x) {
    OrganisationId root = x;
    for (OrganisationId up = parent.get(root); up != null && !up.equals(root); up = parent.get(root)) {
      root = up;
    }
    OrganisationId at = x;
    while (!at.equals(root)) {
      OrganisationId up = Objects.requireNonNull(parent.get(at));
      parent.put(at, root);
      at = up;
    }
    return root;
  }

  private static void union(Map<OrganisationId, OrganisationId> parent, OrganisationId a, OrganisationId b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    OrganisationId ra = find(parent, a);
    OrganisationId rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller id becomes the root, so groups are keyed by their first organisation
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
