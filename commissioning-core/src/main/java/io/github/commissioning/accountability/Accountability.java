package io.github.commissioning.accountability;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.AreaIndex;
import io.github.commissioning.geography.AreaSet;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who is accountable for each function of an arrangement, and who exercises it, in every area and on
 * every date, with the chain of delegations between them.
 * <p>
 * A duty covers its function and all its parts. A delegation passes the exercise of its function and its
 * parts, except the parts it keeps back, wherever its delegator may pass it on. Functions that no duty,
 * delegation or kept-back part names directly share the analysis of the nearest function above them,
 * so the work grows with the duties and delegations, not with the size of the function tree.
 * <p>
 * Support agreements ({@link Mechanism#SUPPORT}) convey no decision rights and take no part in the
 * chain.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Accountability {

  private final Arrangement arrangement;
  private final Map<FunctionId, FunctionId> analysedAs;
  private final Map<FunctionId, FunctionAnalysis> analyses;
  /** Per delegation, by position: null, its one state, or a list of its states in date order. */
  private final Object[] ownStates;
  private volatile Map<DelegationId, List<DelegationState>> statesByDelegation;

  private Accountability(Arrangement arrangement) {
    this.arrangement = arrangement;
    Map<FunctionId, List<Duty>> dutiesByFunction = new HashMap<>();
    arrangement.duties().forEach(d -> dutiesByFunction.computeIfAbsent(d.function(), k -> new ArrayList<>()).add(d));
    Map<FunctionId, List<Delegation>> delegationsByFunction = new HashMap<>();
    Set<FunctionId> named = new HashSet<>(dutiesByFunction.keySet());
    for (Delegation d : arrangement.delegations()) {
      if (d.mechanism() != Mechanism.SUPPORT && !d.period().isInverted()) {
        delegationsByFunction.computeIfAbsent(d.function(), k -> new ArrayList<>()).add(d);
        named.add(d.function());
        named.addAll(d.keptBack());
      }
    }

    this.analysedAs = new HashMap<>();
    this.analyses = new LinkedHashMap<>();
    for (CommissioningFunction function : arrangement.functions()) {
      FunctionId key = function.id();
      for (Optional<FunctionId> at = Optional.of(function.id()); at.isPresent();
          at = arrangement.function(at.get()).flatMap(CommissioningFunction::parent)) {
        if (named.contains(at.get())) {
          key = at.get();
          break;
        }
      }
      analysedAs.put(function.id(), key);
    }
    List<FunctionId> toAnalyse = new ArrayList<>();
    List<List<Duty>> dutiesOf = new ArrayList<>();
    List<List<Delegation>> delegationsOf = new ArrayList<>();
    for (CommissioningFunction function : arrangement.functions()) {
      FunctionId id = function.id();
      if (!analysedAs.get(id).equals(id) || !named.contains(id)) {
        continue;
      }
      List<Duty> duties = new ArrayList<>();
      List<Delegation> delegations = new ArrayList<>();
      List<FunctionId> ancestry = new ArrayList<>();
      for (Optional<FunctionId> at = Optional.of(id); at.isPresent();
          at = arrangement.function(at.get()).flatMap(CommissioningFunction::parent)) {
        ancestry.add(at.get());
      }
      for (FunctionId ancestor : ancestry) {
        duties.addAll(dutiesByFunction.getOrDefault(ancestor, List.of()));
        for (Delegation d : delegationsByFunction.getOrDefault(ancestor, List.of())) {
          if (d.keptBack().isEmpty() || ancestry.stream().noneMatch(d.keptBack()::contains)) {
            delegations.add(d);
          }
        }
      }
      if (ancestry.size() > 1) {
        duties.sort(java.util.Comparator.comparing(Duty::id));
        delegations.sort(java.util.Comparator.comparing(Delegation::id));
      }
      toAnalyse.add(id);
      dutiesOf.add(duties);
      delegationsOf.add(delegations);
    }
    // functions are swept independently, in parallel, each worker with its own workspace
    FunctionAnalysis[] results = new FunctionAnalysis[toAnalyse.size()];
    ThreadLocal<FunctionAnalysis.Workspace> workspaces =
        ThreadLocal.withInitial(() -> new FunctionAnalysis.Workspace(arrangement));
    java.util.stream.IntStream.range(0, results.length).parallel().forEach(i -> results[i] =
        FunctionAnalysis.sweep(toAnalyse.get(i), dutiesOf.get(i), delegationsOf.get(i), arrangement.geography(),
            workspaces.get()));
    for (FunctionAnalysis analysis : results) {
      analyses.put(analysis.function(), analysis);
    }

    // each delegation's states for its own function, aligned with the arrangement's delegations
    // a delegation usually has one state: keep it alone, and a list only for the few with more
    Object[] own = new Object[arrangement.delegations().size()];
    for (FunctionAnalysis analysis : results) {
      for (Span span : analysis.spans()) {
        for (DelegationState state : span.delegations()) {
          if (state.function().equals(state.delegation().function())) {
            int at = state.position;
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
  }

  /**
   * Obtains the accountability of an arrangement, resolving every duty and delegation once.
   *
   * @param arrangement the arrangement, not null
   * @return the accountability, not null
   */
  public static Accountability of(Arrangement arrangement) {
    return new Accountability(arrangement);
  }

  /**
   * Returns the arrangement analysed.
   *
   * @return the arrangement, not null
   */
  public Arrangement arrangement() {
    return arrangement;
  }

  /**
   * Returns the organisations accountable for a function in an area on a date: the duty holders.
   *
   * @param function the function, not null
   * @param area the area, not null
   * @param date the date, not null
   * @return the duty holders, in id order; empty if nobody holds the function there then
   * @throws IllegalArgumentException if the function or the area is not part of the arrangement
   */
  public List<Organisation> accountableFor(FunctionId function, AreaId area, LocalDate date) {
    int index = indexOf(area);
    Span span = span(function, date);
    TreeSet<OrganisationId> holders = new TreeSet<>();
    if (span != null) {
      for (int i = 0; i < span.duties().size(); i++) {
        if (span.dutyAreas(i).contains(index)) {
          holders.add(span.duties().get(i).holder());
        }
      }
    }
    return organisations(holders);
  }

  /**
   * Returns the organisations accountable for a function anywhere in a footprint on a date.
   *
   * @param function the function, not null
   * @param footprint the footprint, not null
   * @param date the date, not null
   * @return the duty holders of any of its areas, in id order
   * @throws IllegalArgumentException if the function or the footprint is not part of the arrangement
   */
  public List<Organisation> accountableFor(FunctionId function, FootprintId footprint, LocalDate date) {
    AreaSet areas = arrangement.geography().areasOf(footprint);
    Span span = span(function, date);
    TreeSet<OrganisationId> holders = new TreeSet<>();
    if (span != null) {
      for (int i = 0; i < span.duties().size(); i++) {
        if (span.dutyAreas(i).intersects(areas)) {
          holders.add(span.duties().get(i).holder());
        }
      }
    }
    return organisations(holders);
  }

  /**
   * Returns who exercises a function in an area on a date, with the chain of delegations from the
   * accountable organisation.
   * <p>
   * Where two organisations hold a duty for the area, the chain starts at the duty first in id order;
   * where a delegator passes the same area on twice, it follows the delegation first in id order. The
   * rules report both situations.
   *
   * @param function the function, not null
   * @param area the area, not null
   * @param date the date, not null
   * @return the chain, or empty if nobody holds the function there then
   * @throws IllegalArgumentException if the function or the area is not part of the arrangement
   */
  public Optional<Chain> exercisedBy(FunctionId function, AreaId area, LocalDate date) {
    int index = indexOf(area);
    Span span = span(function, date);
    return span == null ? Optional.empty() : chain(span, function, area, index, date);
  }

  private Optional<Chain> chain(Span span, FunctionId function, AreaId area, int index, LocalDate date) {
    for (int i = 0; i < span.duties().size(); i++) {
      if (span.dutyAreas(i).contains(index)) {
        Duty duty = span.duties().get(i);
        List<Link> links = new ArrayList<>();
        OrganisationId at = duty.holder();
        while (true) {
          DelegationState next = null;
          for (DelegationState state : span.effectiveFrom(at)) {
            if (state.effective().contains(index)) {
              next = state;
              break;
            }
          }
          if (next == null) {
            break;
          }
          Delegation delegation = next.delegation();
          links.add(new Link(delegation, organisation(delegation.delegator()), organisation(delegation.delegate()),
              date));
          at = delegation.delegate();
        }
        return Optional.of(new Chain(function, area, date, duty, organisation(duty.holder()), links));
      }
    }
    return Optional.empty();
  }

  /**
   * Summarises a function across a footprint on a date: the areas with no duty holder, those with more
   * than one, and who exercises the function where.
   *
   * @param function the function, not null
   * @param footprint the footprint, not null
   * @param date the date, not null
   * @return the coverage, not null
   * @throws IllegalArgumentException if the function or the footprint is not part of the arrangement
   */
  public Coverage coverage(FunctionId function, FootprintId footprint, LocalDate date) {
    AreaIndex index = arrangement.geography().index();
    AreaSet areas = arrangement.geography().areasOf(footprint);
    Span span = span(function, date);
    if (span == null) {
      return new Coverage(function, footprint, date, index.areasOf(areas), List.of(), new TreeMap<>());
    }
    TreeMap<OrganisationId, List<AreaId>> exercisers = new TreeMap<>();
    areas.intersection(span.covered()).forEach(i -> {
      AreaId area = index.areaAt(i);
      chain(span, function, area, i, date).ifPresent(chain ->
          exercisers.computeIfAbsent(chain.exercisedBy().id(), k -> new ArrayList<>()).add(area));
    });
    exercisers.replaceAll((k, v) -> List.copyOf(v));
    return new Coverage(function, footprint, date, index.areasOf(areas.difference(span.covered())),
        index.areasOf(areas.intersection(span.heldTwice())), exercisers);
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
    int at = arrangement.indexOf(delegation);
    return at < 0 ? List.of() : ownStatesAt(at);
  }

  /**
   * Returns what the delegation at a position of the arrangement's {@code delegations()} does, span by
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
    if (states instanceof DelegationState) {
      return List.of((DelegationState) states);
    }
    @SuppressWarnings("unchecked")
    List<DelegationState> list = (List<DelegationState>) states;
    return java.util.Collections.unmodifiableList(list);
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

  private FunctionId analysedAs(FunctionId function) {
    FunctionId key = analysedAs.get(function);
    if (key == null) {
      throw new IllegalArgumentException("Unknown function " + function
          + ": it is not a function of this arrangement; add it or correct the id");
    }
    return key;
  }

  private Span span(FunctionId function, LocalDate date) {
    FunctionAnalysis analysis = analyses.get(analysedAs(function));
    return analysis == null ? null : analysis.spanAt(date);
  }

  private int indexOf(AreaId area) {
    return arrangement.geography().index().indexOf(area);
  }

  private Organisation organisation(OrganisationId id) {
    return arrangement.organisation(id).orElseThrow();
  }

  private List<Organisation> organisations(Set<OrganisationId> ids) {
    List<Organisation> result = new ArrayList<>(ids.size());
    ids.forEach(id -> result.add(organisation(id)));
    return List.copyOf(result);
  }
}
