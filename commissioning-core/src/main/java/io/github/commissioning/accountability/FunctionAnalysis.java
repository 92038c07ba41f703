package io.github.commissioning.accountability;

import io.github.commissioning.geography.AreaSet;
import io.github.commissioning.geography.Geography;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline of one function: one sweep over the sorted start and end events of its duties and
 * delegations, giving a {@link Span} for every interval between change points.
 */
final class FunctionAnalysis {

  private static final long OPEN = Long.MAX_VALUE;

  private final FunctionId function;
  private final List<Span> spans;
  private final long[] spanStarts;

  private FunctionAnalysis(FunctionId function, List<Span> spans) {
    this.function = function;
    this.spans = List.copyOf(spans);
    this.spanStarts = new long[spans.size()];
    for (int i = 0; i < spanStarts.length; i++) {
      spanStarts[i] = spans.get(i).period().startEpochDay();
    }
  }

  FunctionId function() {
    return function;
  }

  List<Span> spans() {
    return spans;
  }

  /** The span holding a date: one binary search. */
  Span spanAt(LocalDate date) {
    long day = date.toEpochDay();
    int at = Arrays.binarySearch(spanStarts, day);
    int index = at >= 0 ? at : -at - 2;
    if (index < 0) {
      return null;
    }
    Span span = spans.get(index);
    return day < span.period().endExclusiveEpochDay() ? span : null;
  }

  /**
   * Sweeps the function's duties and delegations.
   *
   * @param function the function analysed
   * @param duties its duties, in id order
   * @param delegations its delegations (no support agreements), in id order
   * @param geography the geography, to resolve footprints
   * @param orgIndex each organisation's position, for the per-sweep arrays
   */
  static FunctionAnalysis sweep(FunctionId function, List<Duty> duties, List<Delegation> delegations,
      Geography geography, Map<OrganisationId, Integer> orgIndex) {
    int dutyCount = duties.size();
    int total = dutyCount + delegations.size();
    long[] starts = new long[total];
    long[] ends = new long[total];
    for (int i = 0; i < total; i++) {
      Period period = i < dutyCount ? duties.get(i).period() : delegations.get(i - dutyCount).period();
      starts[i] = period.startEpochDay();
      ends[i] = period.endExclusiveEpochDay();
    }
    Integer[] byStart = sortedIndexes(starts);
    Integer[] byEnd = sortedIndexes(ends);
    long[] points = changePoints(starts, ends);

    Sweep sweep = new Sweep(function, duties, delegations, geography, orgIndex);
    BitSet active = new BitSet(total);
    List<Span> spans = new ArrayList<>(points.length);
    int s = 0;
    int e = 0;
    for (int p = 0; p < points.length; p++) {
      long from = points[p];
      long to = p + 1 < points.length ? points[p + 1] : OPEN;
      while (s < total && starts[byStart[s]] <= from) {
        active.set(byStart[s++]);
      }
      while (e < total && ends[byEnd[e]] <= from) {
        active.clear(byEnd[e++]);
      }
      if (from == OPEN) {
        break;
      }
      Period period = to == OPEN ? Period.from(LocalDate.ofEpochDay(from))
          : Period.of(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to - 1));
      spans.add(sweep.span(period, active));
    }
    return new FunctionAnalysis(function, spans);
  }

  private static Integer[] sortedIndexes(long[] keys) {
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    return order;
  }

  private static long[] changePoints(long[] starts, long[] ends) {
    long[] all = new long[starts.length + ends.length];
    System.arraycopy(starts, 0, all, 0, starts.length);
    System.arraycopy(ends, 0, all, starts.length, ends.length);
    return Arrays.stream(all).filter(day -> day != OPEN).sorted().distinct().toArray();
  }

  /** The state of one sweep: per-organisation arrays reused from span to span. */
  private static final class Sweep {
    private final FunctionId function;
    private final List<Duty> duties;
    private final List<Delegation> delegations;
    private final AreaSet universe;
    private final AreaSet[] dutySets;
    private final AreaSet[] delegationSets;
    private final int[] dutyHolder;
    private final int[] delegator;
    private final int[] delegate;
    private final OrganisationId[] orgIds;

    // per-organisation state, reset for each span on the organisations it touched
    private final AreaSet[] held;
    private final AreaSet[] delegable;
    private final AreaSet[] primeHeld;
    private final int[] depth;
    private final int[] pending;
    private final boolean[] touched;
    private final boolean[] done;
    private final List<List<Integer>> outgoing;

    Sweep(FunctionId function, List<Duty> duties, List<Delegation> delegations, Geography geography,
        Map<OrganisationId, Integer> orgIndex) {
      this.function = function;
      this.duties = duties;
      this.delegations = delegations;
      this.universe = geography.index().all();
      this.dutySets = new AreaSet[duties.size()];
      this.dutyHolder = new int[duties.size()];
      for (int i = 0; i < dutySets.length; i++) {
        dutySets[i] = geography.areasOf(duties.get(i).footprint());
        dutyHolder[i] = orgIndex.get(duties.get(i).holder());
      }
      this.delegationSets = new AreaSet[delegations.size()];
      this.delegator = new int[delegations.size()];
      this.delegate = new int[delegations.size()];
      for (int i = 0; i < delegationSets.length; i++) {
        Delegation d = delegations.get(i);
        delegationSets[i] = geography.areasOf(d.footprint());
        delegator[i] = orgIndex.get(d.delegator());
        delegate[i] = orgIndex.get(d.delegate());
      }
      int orgs = orgIndex.size();
      this.orgIds = new OrganisationId[orgs];
      orgIndex.forEach((id, i) -> orgIds[i] = id);
      this.held = new AreaSet[orgs];
      this.delegable = new AreaSet[orgs];
      this.primeHeld = new AreaSet[orgs];
      this.depth = new int[orgs];
      this.pending = new int[orgs];
      this.touched = new boolean[orgs];
      this.done = new boolean[orgs];
      this.outgoing = new ArrayList<>(orgs);
      for (int i = 0; i < orgs; i++) {
        outgoing.add(null);
      }
    }

    Span span(Period period, BitSet active) {
      int dutyCount = duties.size();
      List<Integer> nodes = new ArrayList<>();
      List<Duty> spanDuties = new ArrayList<>();
      List<AreaSet> spanDutySets = new ArrayList<>();
      AreaSet covered = AreaSet.empty();
      AreaSet twice = AreaSet.empty();
      for (int i = active.nextSetBit(0); i >= 0 && i < dutyCount; i = active.nextSetBit(i + 1)) {
        AreaSet set = dutySets[i];
        twice = twice.union(covered.intersection(set));
        covered = covered.union(set);
        spanDuties.add(duties.get(i));
        spanDutySets.add(set);
        int holder = touch(dutyHolder[i], nodes);
        held[holder] = held[holder].union(set);
        delegable[holder] = delegable[holder].union(set);
      }
      List<Integer> activeDelegations = new ArrayList<>();
      for (int i = active.nextSetBit(dutyCount); i >= 0; i = active.nextSetBit(i + 1)) {
        int d = i - dutyCount;
        activeDelegations.add(d);
        int from = touch(delegator[d], nodes);
        int to = touch(delegate[d], nodes);
        outgoing.get(from).add(d);
        pending[to]++;
      }

      DelegationState[] states = new DelegationState[delegations.size()];
      List<Integer> ready = new ArrayList<>();
      for (int node : nodes) {
        if (pending[node] == 0) {
          ready.add(node);
        }
      }
      int processed = drain(ready, period, states, 0);
      if (processed < nodes.size()) {
        // What is left lies on or below a cycle: take the delegations inside each strongly connected
        // component out of effect, then finish the topological order.
        for (int d : cycleDelegations(nodes)) {
          states[d] = new DelegationState(delegations.get(d), function, period, AreaSet.empty(), AreaSet.empty(),
              AreaSet.empty(), AreaSet.empty(), true, depth[delegator[d]] + 1);
          if (--pending[delegate[d]] == 0) {
            ready.add(delegate[d]);
          }
        }
        drain(ready, period, states, processed);
      }

      List<DelegationState> spanStates = new ArrayList<>(activeDelegations.size());
      Map<OrganisationId, List<DelegationState>> effectiveByDelegator = new HashMap<>();
      for (int d : activeDelegations) {
        DelegationState state = states[d];
        spanStates.add(state);
        if (!state.effective().isEmpty()) {
          effectiveByDelegator.computeIfAbsent(orgIds[delegator[d]], k -> new ArrayList<>()).add(state);
        }
      }
      for (int node : nodes) {
        touched[node] = false;
        done[node] = false;
        outgoing.set(node, null);
        held[node] = null;
        delegable[node] = null;
        primeHeld[node] = null;
      }
      return new Span(function, period, List.copyOf(spanDuties), List.copyOf(spanDutySets), covered,
          universe.difference(covered), twice, List.copyOf(spanStates), effectiveByDelegator);
    }

    private int touch(int node, List<Integer> nodes) {
      if (!touched[node]) {
        touched[node] = true;
        nodes.add(node);
        held[node] = AreaSet.empty();
        delegable[node] = AreaSet.empty();
        primeHeld[node] = AreaSet.empty();
        depth[node] = 0;
        pending[node] = 0;
        outgoing.set(node, new ArrayList<>(2));
      }
      return node;
    }

    /** Kahn's algorithm: an organisation is processed once every delegation into it has been. */
    private int drain(List<Integer> ready, Period period, DelegationState[] states, int processed) {
      int count = processed;
      for (int r = 0; r < ready.size(); r++) {
        int node = ready.get(r);
        if (done[node]) {
          continue;
        }
        done[node] = true;
        count++;
        for (int d : outgoing.get(node)) {
          if (states[d] != null) {
            continue; // taken out of effect as part of a cycle
          }
          Delegation delegation = delegations.get(d);
          AreaSet footprint = delegationSets[d];
          AreaSet effective;
          AreaSet beyond = AreaSet.empty();
          AreaSet unpermitted = AreaSet.empty();
          AreaSet withoutPrime = AreaSet.empty();
          if (delegation.mechanism() == Mechanism.SUB_CONTRACT) {
            effective = footprint.intersection(primeHeld[node]);
            withoutPrime = footprint.difference(primeHeld[node]);
          } else {
            beyond = footprint.difference(held[node]);
            effective = footprint.intersection(delegable[node]);
            unpermitted = footprint.difference(beyond).difference(effective);
          }
          int to = delegate[d];
          states[d] = new DelegationState(delegation, function, period, effective, beyond, unpermitted,
              withoutPrime, false, depth[node] + 1);
          held[to] = held[to].union(effective);
          if (delegation.isOnwardDelegationPermitted()) {
            delegable[to] = delegable[to].union(effective);
          }
          if (delegation.mechanism() == Mechanism.PRIME_CONTRACT) {
            primeHeld[to] = primeHeld[to].union(effective);
          }
          if (!effective.isEmpty()) {
            depth[to] = Math.max(depth[to], depth[node] + 1);
          }
          if (--pending[to] == 0) {
            ready.add(to);
          }
        }
      }
      return count;
    }

    /** Tarjan's algorithm, iteratively, over the organisations not yet processed. */
    private List<Integer> cycleDelegations(List<Integer> nodes) {
      Map<Integer, Integer> index = new HashMap<>();
      Map<Integer, Integer> low = new HashMap<>();
      Map<Integer, Integer> component = new HashMap<>();
      java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
      java.util.Set<Integer> onStack = new java.util.HashSet<>();
      int counter = 0;
      int components = 0;
      List<Integer> remaining = new ArrayList<>();
      for (int node : nodes) {
        if (!done[node]) {
          remaining.add(node);
        }
      }
      remaining.sort(null);
      for (int root : remaining) {
        if (index.containsKey(root)) {
          continue;
        }
        java.util.ArrayDeque<int[]> calls = new java.util.ArrayDeque<>();
        index.put(root, counter);
        low.put(root, counter++);
        stack.push(root);
        onStack.add(root);
        calls.push(new int[] {root, 0});
        while (!calls.isEmpty()) {
          int[] frame = calls.peek();
          int node = frame[0];
          List<Integer> out = outgoing.get(node);
          if (frame[1] < out.size()) {
            int next = delegate[out.get(frame[1]++)];
            if (done[next]) {
              continue;
            }
            if (!index.containsKey(next)) {
              index.put(next, counter);
              low.put(next, counter++);
              stack.push(next);
              onStack.add(next);
              calls.push(new int[] {next, 0});
            } else if (onStack.contains(next)) {
              low.put(node, Math.min(low.get(node), index.get(next)));
            }
          } else {
            calls.pop();
            if (!calls.isEmpty()) {
              int parent = calls.peek()[0];
              low.put(parent, Math.min(low.get(parent), low.get(node)));
            }
            if (low.get(node).equals(index.get(node))) {
              int member;
              do {
                member = stack.pop();
                onStack.remove(member);
                component.put(member, components);
              } while (member != node);
              components++;
            }
          }
        }
      }
      List<Integer> inCycle = new ArrayList<>();
      for (int node : remaining) {
        for (int d : outgoing.get(node)) {
          Integer target = component.get(delegate[d]);
          if (target != null && target.equals(component.get(node))) {
            inCycle.add(d);
          }
        }
      }
      inCycle.sort(null);
      return inCycle;
    }
  }
}
