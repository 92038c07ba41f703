package io.github.commissioning.internal;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

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
      spanStarts[i] = Days.start(spans.get(i).period());
    }
  }

  FunctionId function() {
    return function;
  }

  List<Span> spans() {
    return spans;
  }

  /** The span holding a date: one binary search. */
  @Nullable Span spanAt(LocalDate date) {
    long day = date.toEpochDay();
    int at = Arrays.binarySearch(spanStarts, day);
    int index = at >= 0 ? at : -at - 2;
    if (index < 0) {
      return null;
    }
    Span span = spans.get(index);
    return day < Days.endExclusive(span.period()) ? span : null;
  }

  /**
   * Sweeps the function's duties and delegations.
   *
   * @param function the function analysed
   * @param dutyPositions its duties, in id order, as positions in the arrangement's effective duties
   * @param delegations its delegations (no support agreements), in id order, as positions in the
   *     arrangement's effective delegations
   * @param columns what the sweeps read of each duty and delegation, by position
   * @param workspace per-organisation arrays, shared by the sweeps of one arrangement
   */
  static FunctionAnalysis sweep(FunctionId function, int[] dutyPositions, int[] delegations, Columns columns,
      Workspace workspace) {
    int dutyCount = dutyPositions.length;
    int total = dutyCount + delegations.length;
    long[] starts = new long[total];
    long[] ends = new long[total];
    DateRange[] periods = Access.periods(workspace.arrangement, Access.Dated.DUTY);
    for (int i = 0; i < dutyCount; i++) {
      DateRange period = periods[dutyPositions[i]];
      starts[i] = Days.start(period);
      ends[i] = Days.endExclusive(period);
    }
    for (int i = dutyCount; i < total; i++) {
      starts[i] = columns.starts[delegations[i - dutyCount]];
      ends[i] = columns.ends[delegations[i - dutyCount]];
    }
    long[] points = changePoints(starts, ends);
    int[] rank = new int[total];
    int[] byStart = byRank(starts, points, rank);
    int[] byEnd = byRank(ends, points, rank);

    Sweep sweep = new Sweep(function, dutyPositions, delegations, columns, workspace);
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
      DateRange period = to == OPEN ? DateRange.startingOn(LocalDate.ofEpochDay(from))
          : DateRange.of(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to - 1));
      spans.add(sweep.span(period, active));
    }
    return new FunctionAnalysis(function, spans);
  }

  /**
   * Indexes 0 to n - 1 ordered by their keys, which are change points or {@code OPEN}: a counting sort by
   * the key's rank among the points, linear in the items and the points.
   *
   * @param rank room for each key's rank, as long as the keys, overwritten
   */
  private static int[] byRank(long[] keys, long[] points, int[] rank) {
    int[] counts = new int[points.length + 2];
    for (int i = 0; i < keys.length; i++) {
      // items often share a date: a key equal to the last has its rank
      rank[i] = i > 0 && keys[i] == keys[i - 1] ? rank[i - 1]
          : keys[i] == OPEN ? points.length : Arrays.binarySearch(points, keys[i]);
      counts[rank[i] + 1]++;
    }
    for (int r = 1; r < counts.length; r++) {
      counts[r] += counts[r - 1];
    }
    int[] order = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      order[counts[rank[i]]++] = i;
    }
    return order;
  }

  private static long[] changePoints(long[] starts, long[] ends) {
    long[] all = new long[starts.length + ends.length];
    System.arraycopy(starts, 0, all, 0, starts.length);
    System.arraycopy(ends, 0, all, starts.length, ends.length);
    Arrays.sort(all);
    int n = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] != OPEN && (n == 0 || all[n - 1] != all[i])) {
        all[n++] = all[i];
      }
    }
    return Arrays.copyOf(all, n);
  }

  /**
   * What the sweeps read of each of the arrangement's effective delegations, by position, read in one pass
   * over them: their periods as epoch days and their footprints' areas (whether they permit onward delegation
   * is the arrangement's own column, read as it is). Filled only for the delegations swept; read-only once filled, so shared by the sweeps. With
   * them, the areas of each effective duty, by position.
   */
  static final class Columns {
    final long[] starts;
    final long[] ends;
    final @Nullable AreaSet[] areas;
    /** The areas of each effective duty, by position. */
    final @Nullable AreaSet[] dutyAreas;

    Columns(int delegations, int duties) {
      starts = new long[delegations];
      ends = new long[delegations];
      areas = new AreaSet[delegations];
      dutyAreas = new AreaSet[duties];
    }
  }

  /**
   * Per-organisation arrays for the sweeps of one arrangement, allocated once and reset, after each span,
   * only for the organisations the span touched. Not thread-safe: one analysis uses it at a time.
   */
  static final class Workspace {
    final Arrangement arrangement;
    final AreaSet universe;
    final AreaSet[] held;
    final AreaSet[] delegable;
    final AreaSet[] dutyHeld;
    final int[] depth;
    final DelegationState[] deepestIn;
    final int[] effectiveOut;
    final int[] pending;
    final int[] firstOut;
    final boolean[] touched;
    final boolean[] done;
    /** Tarjan's arrays, made on the first cycle found: most arrangements have none. */
    private @Nullable Cycles cycles;

    Workspace(Arrangement arrangement) {
      this.arrangement = arrangement;
      this.universe = Access.index(arrangement.geography()).all();
      int orgs = arrangement.organisations().size();
      held = new AreaSet[orgs];
      delegable = new AreaSet[orgs];
      dutyHeld = new AreaSet[orgs];
      depth = new int[orgs];
      deepestIn = new DelegationState[orgs];
      effectiveOut = new int[orgs];
      pending = new int[orgs];
      firstOut = new int[orgs];
      Arrays.fill(firstOut, -1);
      touched = new boolean[orgs];
      done = new boolean[orgs];
    }

    Cycles cycles() {
      Cycles made = cycles;
      if (made == null) {
        made = new Cycles(depth.length);
        cycles = made;
      }
      return made;
    }
  }

  /** Per-organisation arrays for Tarjan's algorithm. */
  static final class Cycles {
    final int[] index;
    final int[] low;
    final int[] component;
    final boolean[] onStack;

    Cycles(int orgs) {
      index = new int[orgs];
      low = new int[orgs];
      component = new int[orgs];
      onStack = new boolean[orgs];
    }
  }

  /** The state of one sweep: the function's items, resolved once, and the shared workspace. */
  private static final class Sweep {
    private final FunctionId function;
    private final Columns columns;
    /** The arrangement's effective duties, and the positions in them of the function's duties, in id order. */
    private final List<Duty> duties;
    private final int[] dutyPositions;
    /** The arrangement's effective delegations, of which {@link #position} says which are this function's. */
    private final List<Delegation> effective;
    private final int count;
    private final AreaSet universe;
    private final AreaSet[] dutySets;
    private final AreaSet[] delegationSets;
    private final int[] dutyHolder;
    private final int[] delegator;
    private final int[] delegate;
    private final int[] nextOut;
    /** Whether each of the arrangement's effective delegations permits onward delegation, by position. */
    private final boolean[] onward;
    private final int[] position;
    private final Workspace w;

    Sweep(FunctionId function, int[] dutyPositions, int[] delegations, Columns columns, Workspace workspace) {
      this.function = function;
      this.columns = columns;
      this.dutyPositions = dutyPositions;
      this.duties = workspace.arrangement.effectiveDuties();
      this.effective = workspace.arrangement.effectiveDelegations();
      this.count = delegations.length;
      this.w = workspace;
      this.universe = workspace.universe;
      this.dutySets = new AreaSet[dutyPositions.length];
      this.dutyHolder = new int[dutyPositions.length];
      Arrangement arrangement = workspace.arrangement;
      int[] holders = Access.partyPositions(arrangement, Access.Party.HOLDER);
      for (int i = 0; i < dutySets.length; i++) {
        dutySets[i] = Objects.requireNonNull(columns.dutyAreas[dutyPositions[i]]);
        dutyHolder[i] = holders[dutyPositions[i]];
      }
      int[] delegators = Access.partyPositions(arrangement, Access.Party.DELEGATOR);
      int[] delegates = Access.partyPositions(arrangement, Access.Party.DELEGATE);
      this.delegationSets = new AreaSet[count];
      this.delegator = new int[count];
      this.delegate = new int[count];
      this.nextOut = new int[count];
      this.onward = Access.onwardPermitted(workspace.arrangement);
      this.position = delegations;
      for (int i = 0; i < delegationSets.length; i++) {
        delegationSets[i] = Objects.requireNonNull(columns.areas[position[i]]);
        delegator[i] = delegators[position[i]];
        delegate[i] = delegates[position[i]];
      }
    }

    /** Whether, in the span being built, some delegator passes the function on by two effective delegations. */
    private boolean sharedDelegator;

    Span span(DateRange period, BitSet active) {
      sharedDelegator = false;
      int dutyCount = dutyPositions.length;
      int activeDuties = 0;
      for (int i = active.nextSetBit(0); i >= 0 && i < dutyCount; i = active.nextSetBit(i + 1)) {
        activeDuties++;
      }
      // the lists of the span made to the size they can reach, not grown: a long chain would copy them often
      int activeCount = active.cardinality();
      IntList nodes = new IntList(Math.max(16, 2 * activeCount - activeDuties));
      // the duties as positions: the span reads a duty only when asked for it
      int[] spanDuties = new int[activeDuties];
      AreaSet[] spanDutySets = new AreaSet[activeDuties];
      int at = 0;
      for (int i = active.nextSetBit(0); i >= 0 && i < dutyCount; i = active.nextSetBit(i + 1)) {
        spanDuties[at] = dutyPositions[i];
        spanDutySets[at++] = dutySets[i];
        int holder = touch(dutyHolder[i], nodes);
        w.dutyHeld[holder] = w.dutyHeld[holder].union(dutySets[i]);
      }
      // areas held twice are those of two different holders: a holder's own duties may overlap
      List<AreaSet> holderSets = new ArrayList<>(nodes.size());
      for (int k = 0; k < nodes.size(); k++) {
        int node = nodes.get(k);
        AreaSet set = w.dutyHeld[node];
        holderSets.add(set);
        w.held[node] = set;
        w.delegable[node] = set;
      }
      AreaSet covered = AreaSet.unionOf(holderSets);
      AreaSet twice = AreaSet.overlapping(holderSets);
      IntList activeDelegations = new IntList(Math.max(16, activeCount - activeDuties));
      for (int i = active.nextSetBit(dutyCount); i >= 0; i = active.nextSetBit(i + 1)) {
        int d = i - dutyCount;
        activeDelegations.add(d);
        int from = touch(delegator[d], nodes);
        int to = touch(delegate[d], nodes);
        nextOut[d] = w.firstOut[from];
        w.firstOut[from] = d;
        w.pending[to]++;
      }

      DelegationState[] states = new DelegationState[count];
      IntList ready = new IntList(Math.max(16, nodes.size()));
      for (int k = 0; k < nodes.size(); k++) {
        if (w.pending[nodes.get(k)] == 0) {
          ready.add(nodes.get(k));
        }
      }
      int processed = drain(ready, period, states, 0);
      if (processed < nodes.size()) {
        // What is left lies on or below a cycle: take the delegations inside each strongly connected
        // component out of effect, then finish the topological order.
        for (int d : cycleDelegations(nodes)) {
          states[d] = new DelegationState(effective, function, period, AreaSet.empty(), AreaSet.empty(),
              AreaSet.empty(), true, w.depth[delegator[d]] + 1, null, position[d]);
          if (--w.pending[delegate[d]] == 0) {
            ready.add(delegate[d]);
          }
        }
        drain(ready, period, states, processed);
      }

      DelegationState[] spanStates = new DelegationState[activeDelegations.size()];
      for (int k = 0; k < activeDelegations.size(); k++) {
        spanStates[k] = states[activeDelegations.get(k)];
      }
      for (int k = 0; k < nodes.size(); k++) {
        int node = nodes.get(k);
        w.touched[node] = false;
        w.done[node] = false;
        w.firstOut[node] = -1;
        w.held[node] = null;
        w.delegable[node] = null;
        w.dutyHeld[node] = null;
        w.deepestIn[node] = null;
      }
      // arrays made for the span and seen by nobody else: wrapped, not copied again
      return new Span(function, period, duties, spanDuties,
          Collections.unmodifiableList(Arrays.asList(spanDutySets)), covered, universe, twice,
          Collections.unmodifiableList(Arrays.asList(spanStates)), sharedDelegator);
    }

    private int touch(int node, IntList nodes) {
      if (!w.touched[node]) {
        w.touched[node] = true;
        nodes.add(node);
        w.held[node] = AreaSet.empty();
        w.delegable[node] = AreaSet.empty();
        w.dutyHeld[node] = AreaSet.empty();
        w.depth[node] = 0;
        w.deepestIn[node] = null;
        w.effectiveOut[node] = 0;
        w.pending[node] = 0;
        w.firstOut[node] = -1;
      }
      return node;
    }

    /** Kahn's algorithm: an organisation is processed once every delegation into it has been. */
    private int drain(IntList ready, DateRange period, DelegationState[] states, int processed) {
      int count = processed;
      for (int r = 0; r < ready.size(); r++) {
        int node = ready.get(r);
        if (w.done[node]) {
          continue;
        }
        w.done[node] = true;
        count++;
        for (int d = w.firstOut[node]; d >= 0; d = nextOut[d]) {
          if (states[d] != null) {
            continue; // taken out of effect as part of a cycle
          }
          AreaSet footprint = delegationSets[d];
          AreaSet effective;
          AreaSet beyond = AreaSet.empty();
          AreaSet unpermitted = AreaSet.empty();
          if (w.delegable[node].containsAll(footprint)) {
            effective = footprint;   // the common case: held and delegable everywhere, nothing beyond
          } else {
            beyond = footprint.difference(w.held[node]);
            effective = footprint.intersection(w.delegable[node]);
            unpermitted = footprint.difference(beyond).difference(effective);
          }
          int to = delegate[d];
          states[d] = new DelegationState(this.effective, function, period, effective, beyond, unpermitted,
              false, w.depth[node] + 1, w.deepestIn[node], position[d]);
          w.held[to] = w.held[to].union(effective);
          if (onward[position[d]]) {
            w.delegable[to] = w.delegable[to].union(effective);
          }
          if (!effective.isEmpty()) {
            if (w.depth[node] + 1 > w.depth[to]) {
              w.depth[to] = w.depth[node] + 1;
              w.deepestIn[to] = states[d];
            }
            if (++w.effectiveOut[node] == 2) {
              sharedDelegator = true;
            }
          }
          if (--w.pending[to] == 0) {
            ready.add(to);
          }
        }
      }
      return count;
    }

    /** Tarjan's algorithm, iteratively, over the organisations not yet processed. */
    private List<Integer> cycleDelegations(IntList nodes) {
      Cycles c = w.cycles();
      List<Integer> remaining = new ArrayList<>();
      for (int k = 0; k < nodes.size(); k++) {
        int node = nodes.get(k);
        if (!w.done[node]) {
          remaining.add(node);
          c.index[node] = -1;
          c.onStack[node] = false;
        }
      }
      remaining.sort(null);
      int counter = 0;
      int components = 0;
      int[] stack = new int[remaining.size()];
      int top = 0;
      int[] callNode = new int[remaining.size()];
      int[] callEdge = new int[remaining.size()];
      for (int root : remaining) {
        if (c.index[root] >= 0) {
          continue;
        }
        int calls = 0;
        c.index[root] = counter;
        c.low[root] = counter++;
        stack[top++] = root;
        c.onStack[root] = true;
        callNode[calls] = root;
        callEdge[calls++] = w.firstOut[root];
        while (calls > 0) {
          int node = callNode[calls - 1];
          int edge = callEdge[calls - 1];
          if (edge >= 0) {
            callEdge[calls - 1] = nextOut[edge];
            int next = delegate[edge];
            if (w.done[next]) {
              continue;
            }
            if (c.index[next] < 0) {
              c.index[next] = counter;
              c.low[next] = counter++;
              stack[top++] = next;
              c.onStack[next] = true;
              callNode[calls] = next;
              callEdge[calls++] = w.firstOut[next];
            } else if (c.onStack[next]) {
              c.low[node] = Math.min(c.low[node], c.index[next]);
            }
          } else {
            calls--;
            if (calls > 0) {
              int parent = callNode[calls - 1];
              c.low[parent] = Math.min(c.low[parent], c.low[node]);
            }
            if (c.low[node] == c.index[node]) {
              int member;
              do {
                member = stack[--top];
                c.onStack[member] = false;
                c.component[member] = components;
              } while (member != node);
              components++;
            }
          }
        }
      }
      List<Integer> inCycle = new ArrayList<>();
      for (int node : remaining) {
        for (int d = w.firstOut[node]; d >= 0; d = nextOut[d]) {
          int target = delegate[d];
          if (!w.done[target] && c.component[target] == c.component[node]) {
            inCycle.add(d);
          }
        }
      }
      inCycle.sort(null);
      return inCycle;
    }
  }

  /** The items of a list at some positions, read when asked for: an unmodifiable view. */
  static final class Positioned<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> items;
    private final int[] positions;

    Positioned(List<T> items, int[] positions) {
      this.items = items;
      this.positions = positions;
    }

    @Override
    public T get(int index) {
      return items.get(positions[index]);
    }

    @Override
    public int size() {
      return positions.length;
    }
  }
}
