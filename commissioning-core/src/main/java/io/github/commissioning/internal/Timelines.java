package io.github.commissioning.internal;

import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.Geography;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The timelines of every function of an arrangement: for each, a span for every interval between change
 * points, with what each duty holds and each delegation passes on there. The engine behind
 * {@code Accountability}; not API.
 */
public final class Timelines {

  private final Arrangement arrangement;
  private final Map<FunctionId, FunctionId> analysedAs;
  private final Map<FunctionId, FunctionAnalysis> analyses;
  /** Per delegation, by position: null, its one state, or a list of its states in date order. */
  private final Object[] ownStates;
  /** What each delegation's own states show, by position: {@link #BEYOND}, {@link #UNPERMITTED}, {@link #IN_CYCLE}. */
  private final byte[] ownMarks;
  /** The greatest depth among each delegation's own states that pass areas on, by position; 0 if none does. */
  private final int[] ownDeepest;
  /** The least depth among each delegation's own states that pass areas on, by position; 0 if none does. */
  private final int[] ownShallowest;
  /** The positions in the arrangement's effective duties of each function's own duties, in position order. */
  private final Map<FunctionId, IntList> dutiesByFunction;
  /** The functions analysed in their own right whose timelines hold delegations of functions above them. */
  private final Set<FunctionId> inheriting = new HashSet<>();

  /** A mark of {@link #ownMarks(int)}: some own state of the delegation has areas beyond what its delegator holds. */
  public static final int BEYOND = 1;
  /** A mark of {@link #ownMarks(int)}: some own state has areas its delegator may not pass on. */
  public static final int UNPERMITTED = 2;
  /** A mark of {@link #ownMarks(int)}: some own state is taken out of effect as part of a cycle. */
  public static final int IN_CYCLE = 4;
  private volatile @Nullable Map<DelegationId, List<DelegationState>> statesByDelegation;

  /**
   * Sweeps the timeline of every function of an arrangement.
   *
   * @param arrangement the arrangement
   * @param executor where to sweep the functions, or null for the calling thread
   */
  // keptBack() is the model's SortedSet, whose contains is all this needs; the last function is a cache of the
  // instance, not a test of equality
  @SuppressWarnings({"JdkObsolete", "ReferenceEquality"})
  public Timelines(Arrangement arrangement, @Nullable Executor executor) {
    this.arrangement = arrangement;
    List<Duty> effectiveDuties = arrangement.effectiveDuties();
    List<Delegation> effective = arrangement.effectiveDelegations();
    // what the sweeps read of each duty and delegation swept, read here in one pass over each
    FunctionAnalysis.Columns columns = new FunctionAnalysis.Columns(effective.size(), effectiveDuties.size());
    // duties by function as their positions in the arrangement's effective duties
    Grouping dutyGroups = new Grouping(arrangement.geography());
    // from the arrangement's columns: a long list of duties is passed over without reading the duties themselves
    FunctionId[] dutyFunctions = Access.dutyFunctions(arrangement);
    FootprintId[] dutyFootprints = Access.dutyFootprints(arrangement);
    for (int position = 0; position < dutyFunctions.length; position++) {
      columns.dutyAreas[position] = dutyGroups.areas(dutyFootprints[position]);
      dutyGroups.of(dutyFunctions[position]).add(position);
    }
    this.dutiesByFunction = dutyGroups.byFunction;
    // delegations by function as their positions in the arrangement's effective delegations
    Grouping delegationGroups = new Grouping(arrangement.geography());
    Map<FunctionId, IntList> delegationsByFunction = delegationGroups.byFunction;
    Set<FunctionId> named = new HashSet<>(dutiesByFunction.keySet());
    // each delegation's own function, by position, and all else the sweeps read of it, from the arrangement's
    // columns: a long list of delegations is passed over without reading the delegations themselves
    FunctionId[] ownFunction = Access.delegationFunctions(arrangement);
    Mechanism[] mechanisms = Access.mechanisms(arrangement);
    DateRange[] periods = Access.periods(arrangement, Access.Dated.DELEGATION);
    FootprintId[] footprints = Access.delegationFootprints(arrangement);
    for (int position = 0; position < ownFunction.length; position++) {
      DateRange period = periods[position];
      if (mechanisms[position] != Mechanism.SUPPORT && !period.isInverted()) {
        columns.starts[position] = Days.start(period);
        columns.ends[position] = Days.endExclusive(period);
        columns.areas[position] = delegationGroups.areas(footprints[position]);
        delegationGroups.of(ownFunction[position]).add(position);
      }
    }
    for (int position : Access.keepingBack(arrangement)) {
      if (columns.areas[position] != null) {   // swept above
        named.addAll(effective.get(position).keptBack());
      }
    }
    named.addAll(delegationsByFunction.keySet());

    this.analysedAs = new HashMap<>();
    this.analyses = new LinkedHashMap<>();
    // the nearest named function at or above each function, in one pass however deep the tree
    Map<FunctionId, FunctionId> nearestNamed = FunctionTree.nearestAtOrAbove(arrangement, named);
    for (CommissioningFunction function : arrangement.functions()) {
      analysedAs.put(function.id(), nearestNamed.getOrDefault(function.id(), function.id()));
    }
    List<FunctionId> toAnalyse = new ArrayList<>();
    List<int[]> delegationsOf = new ArrayList<>();
    List<int[]> dutyPositionsOf = new ArrayList<>();
    for (CommissioningFunction function : arrangement.functions()) {
      FunctionId id = function.id();
      if (!id.equals(analysedAs.get(id)) || !named.contains(id)) {
        continue;
      }
      List<FunctionId> ancestry = new ArrayList<>();
      for (Optional<FunctionId> at = Optional.of(id); at.isPresent();
          at = arrangement.function(at.get()).flatMap(CommissioningFunction::parent)) {
        ancestry.add(at.get());
      }
      // made to the size they can reach: one function may have a hundred thousand delegations
      int dutyRoom = 0;
      int delegationRoom = 0;
      for (FunctionId ancestor : ancestry) {
        dutyRoom += sizeOf(dutiesByFunction.get(ancestor));
        delegationRoom += sizeOf(delegationsByFunction.get(ancestor));
      }
      IntList duties = new IntList(dutyRoom);
      IntList delegations = new IntList(delegationRoom);
      for (FunctionId ancestor : ancestry) {
        IntList held = dutiesByFunction.get(ancestor);
        for (int k = 0; held != null && k < held.size(); k++) {
          duties.add(held.get(k));
        }
        IntList of = delegationsByFunction.get(ancestor);
        // a delegation keeps back only strict parts of its own function, so none of the function's own
        // delegations keeps back the function or what is above it: only those of its ancestors are read
        boolean own = ancestor.equals(id);
        for (int k = 0; of != null && k < of.size(); k++) {
          int position = of.get(k);
          if (own) {
            delegations.add(position);
            continue;
          }
          Delegation d = effective.get(position);
          if (d.keptBack().isEmpty() || ancestry.stream().noneMatch(d.keptBack()::contains)) {
            delegations.add(position);
            inheriting.add(id);
          }
        }
      }
      int[] positions = delegations.toArray();
      int[] dutyPositions = duties.toArray();
      if (ancestry.size() > 1) {
        // in id order, as the arrangement ranks them when it is built: ints compared, no ids
        inIdOrder(dutyPositions, Access.ranks(arrangement, Access.Ranked.DUTY),
            Access.byRank(arrangement, Access.Ranked.DUTY));
        inIdOrder(positions, Access.ranks(arrangement, Access.Ranked.DELEGATION),
            Access.byRank(arrangement, Access.Ranked.DELEGATION));
      }
      toAnalyse.add(id);
      dutyPositionsOf.add(dutyPositions);
      delegationsOf.add(positions);
    }
    // functions are swept independently, on the caller's executor if it gave one, each chunk of them with its
    // own workspace; no thread keeps a workspace afterwards (a thread-local one would stay in the thread's map,
    // with the states it points to, long after this analysis is garbage)
    FunctionAnalysis[] results = new FunctionAnalysis[toAnalyse.size()];
    Parallel.forEach(results.length, executor, () -> new FunctionAnalysis.Workspace(arrangement),
        (workspace, i) -> results[i] = FunctionAnalysis.sweep(toAnalyse.get(i),
            dutyPositionsOf.get(i), delegationsOf.get(i), columns, workspace));
    for (FunctionAnalysis analysis : results) {
      analyses.put(analysis.function(), analysis);
    }

    // each delegation's states for its own function, aligned with the arrangement's delegations
    // a delegation usually has one state: keep it alone, and a list only for the few with more
    Object[] own = new Object[arrangement.effectiveDelegations().size()];
    byte[] marks = new byte[own.length];
    int[] deepest = new int[own.length];
    int[] shallowest = new int[own.length];
    for (FunctionAnalysis analysis : results) {
      FunctionId function = analysis.function();
      for (Span span : analysis.spans()) {
        List<DelegationState> states = span.delegations();
        for (int k = 0; k < states.size(); k++) {
          DelegationState state = states.get(k);
          int at = state.position;
          if (function.equals(ownFunction[at])) {
            marks[at] |= (byte) ((state.beyond().isEmpty() ? 0 : BEYOND)
                | (state.unpermitted().isEmpty() ? 0 : UNPERMITTED) | (state.isInCycle() ? IN_CYCLE : 0));
            if (!state.effective().isEmpty()) {
              deepest[at] = Math.max(deepest[at], state.depth());
              shallowest[at] = shallowest[at] == 0 ? state.depth() : Math.min(shallowest[at], state.depth());
            }
            if (own[at] == null) {
              own[at] = state;
            } else if (own[at] instanceof DelegationState) {
              List<DelegationState> both = new ArrayList<>(4);
              both.add((DelegationState) own[at]);
              both.add(state);
              own[at] = both;
            } else {
              @SuppressWarnings("unchecked")
              List<DelegationState> more = (List<DelegationState>) own[at];
              more.add(state);
            }
          }
        }
      }
    }
    this.ownStates = own;
    this.ownMarks = marks;
    this.ownDeepest = deepest;
    this.ownShallowest = shallowest;
  }

  private static int sizeOf(@Nullable IntList list) {
    return list == null ? 0 : list.size();
  }

  /**
   * Returns the functions that effective duties name, each with the positions of its own duties (not those of
   * functions above it) in the arrangement's {@code effectiveDuties()}, in position order.
   *
   * @return the duties by function; the caller must not change the lists
   */
  public Map<FunctionId, IntList> dutiesByFunction() {
    return Collections.unmodifiableMap(dutiesByFunction);
  }

  /**
   * Returns what the own states of the delegation at a position of {@code effectiveDelegations()} show, as
   * bits: {@link #BEYOND}, {@link #UNPERMITTED}, {@link #IN_CYCLE}. A rule reads them to pass over the
   * delegations it has nothing to say about without reading their states.
   *
   * @param position the delegation's position
   * @return the marks, 0 if none
   * @throws IndexOutOfBoundsException if the position is out of range
   */
  public int ownMarks(int position) {
    return ownMarks[position];
  }

  /**
   * Returns the greatest depth, in delegations from the accountable body, among the own states of the
   * delegation at a position of {@code effectiveDelegations()} that pass some areas on.
   *
   * @param position the delegation's position
   * @return the depth, or 0 if no own state passes areas on
   * @throws IndexOutOfBoundsException if the position is out of range
   */
  public int ownDeepest(int position) {
    return ownDeepest[position];
  }

  /**
   * Returns the least depth among the own states of the delegation at a position of
   * {@code effectiveDelegations()} that pass some areas on.
   *
   * @param position the delegation's position
   * @return the depth, or 0 if no own state passes areas on
   * @throws IndexOutOfBoundsException if the position is out of range
   */
  public int ownShallowest(int position) {
    return ownShallowest[position];
  }

  /**
   * Checks whether the timeline of a function analysed in its own right holds delegations of functions above
   * it, which pass it on as a part of theirs: only such a timeline has states that are not their delegations'
   * own.
   *
   * @param function a function analysed in its own right, not null
   * @return true if its timeline holds a delegation of a function above it
   */
  public boolean inheritsDelegations(FunctionId function) {
    return inheriting.contains(function);
  }

  /**
   * Returns the timeline of a function: a span for every interval between change points, in date order.
   *
   * @param function the function, not null
   * @return the spans, not null; empty if no duty or delegation concerns the function
   * @throws IllegalArgumentException if the function is not part of the arrangement
   */
  public List<Span> timeline(FunctionId function) {
    FunctionAnalysis analysis = analyses.get(analysedAs(function));
    return analysis == null ? List.of() : analysis.spans();
  }

  /**
   * Returns the functions analysed in their own right: those that a duty, a delegation or a kept-back part
   * names. Every other function shares the timeline of the nearest of these above it.
   *
   * @return the functions, in id order
   */
  public List<FunctionId> analysedFunctions() {
    return List.copyOf(new TreeSet<>(analyses.keySet()));
  }

  /**
   * Returns what a delegation does, span by span, for its function and for each of its parts analysed in
   * their own right.
   *
   * @param delegation the delegation id, not null
   * @return the states, by function and then date; empty for a support agreement or an inverted period
   */
  public List<DelegationState> statesOf(DelegationId delegation) {
    Map<DelegationId, List<DelegationState>> index = statesByDelegation;
    if (index == null) {
      Map<DelegationId, List<DelegationState>> built = new HashMap<>();
      for (FunctionAnalysis analysis : analyses.values()) {
        for (Span span : analysis.spans()) {
          for (DelegationState state : span.delegations()) {
            built.computeIfAbsent(state.delegation().id(), k -> new ArrayList<>(2)).add(state);
          }
        }
      }
      built.replaceAll((k, v) -> List.copyOf(v));
      statesByDelegation = index = built;
    }
    return index.getOrDefault(delegation, List.of());
  }

  /**
   * Returns what a delegation does, span by span, for its own function only.
   *
   * @param delegation the delegation id, not null
   * @return the states in date order; empty for a support agreement or an inverted period
   */
  public List<DelegationState> ownStatesOf(DelegationId delegation) {
    int at = Access.indexOf(arrangement, delegation);
    return at < 0 ? List.of() : ownStatesAt(at);
  }

  /**
   * Returns what the delegation at a position of the arrangement's {@code effectiveDelegations()} does, span by
   * span, for its own function only: {@link #ownStatesOf(DelegationId)} without the lookup by id.
   *
   * @param position the delegation's position
   * @return the states in date order; empty for a support agreement or an inverted period
   * @throws IndexOutOfBoundsException if the position is out of range
   */
  public List<DelegationState> ownStatesAt(int position) {
    Object states = ownStates[position];
    if (states == null) {
      return List.of();
    }
    if (states instanceof DelegationState state) {
      return List.of(state);
    }
    @SuppressWarnings("unchecked")
    List<DelegationState> list = (List<DelegationState>) states;
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns the span of a function's timeline that holds a date.
   *
   * @param function the function, not null
   * @param date the date, not null
   * @return the span, or empty if no duty or delegation of the function is in force then
   * @throws IllegalArgumentException if the function is not part of the arrangement
   */
  public Optional<Span> spanAt(FunctionId function, LocalDate date) {
    return Optional.ofNullable(span(function, date));
  }

  /**
   * Returns the function whose timeline a function shares: itself if analysed in its own right, otherwise the
   * nearest such function above it.
   *
   * @param function the function, not null
   * @return the function analysed for it
   * @throws IllegalArgumentException if the function is not part of the arrangement
   */
  public FunctionId analysedAs(FunctionId function) {
    FunctionId key = analysedAs.get(function);
    if (key == null) {
      throw new IllegalArgumentException("Unknown function " + function
          + ": it is not a function of this arrangement; add it or correct the id");
    }
    return key;
  }

  /**
   * Returns the span of a function that holds a date, or null.
   *
   * @param function the function
   * @param date the date
   * @return the span, or null if none
   */
  public @Nullable Span span(FunctionId function, LocalDate date) {
    FunctionAnalysis analysis = analyses.get(analysedAs(function));
    return analysis == null ? null : analysis.spanAt(date);
  }


  /** Puts positions of a list in the id order of their items, from the ranks the arrangement keeps of them. */
  private static void inIdOrder(int[] positions, int[] ranks, int[] byRank) {
    for (int k = 0; k < positions.length; k++) {
      positions[k] = ranks[positions[k]];
    }
    Arrays.sort(positions);
    for (int k = 0; k < positions.length; k++) {
      positions[k] = byRank[positions[k]];
    }
  }

  /**
   * Items' positions grouped by function, and footprints resolved to areas: each looked up once for a run of
   * items with the same one (ids are interned, so a run shares one instance), as consecutive items often have.
   */
  private static final class Grouping {
    final Map<FunctionId, IntList> byFunction = new HashMap<>();
    private final Geography geography;
    private @Nullable FunctionId lastFunction;
    private @Nullable IntList lastList;
    private @Nullable FootprintId lastFootprint;
    private @Nullable AreaSet lastAreas;

    Grouping(Geography geography) {
      this.geography = geography;
    }

    /** The positions of the items of a function so far. */
    @SuppressWarnings("ReferenceEquality") // the last instance, kept for a run: not a test of equality
    IntList of(FunctionId function) {
      IntList list = lastList;
      if (function != lastFunction || list == null) {
        lastFunction = function;
        list = byFunction.computeIfAbsent(function, k -> new IntList(16));
        lastList = list;
      }
      return list;
    }

    /** The areas of a footprint. */
    @SuppressWarnings("ReferenceEquality") // the last instance, kept for a run: not a test of equality
    AreaSet areas(FootprintId footprint) {
      AreaSet areas = lastAreas;
      if (footprint != lastFootprint || areas == null) {
        lastFootprint = footprint;
        areas = Access.areas(geography, footprint);
        lastAreas = areas;
      }
      return areas;
    }
  }
}
