package io.github.commissioning.accountability;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaIndex;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Span;
import io.github.commissioning.internal.Timelines;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

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
 *
 * @since 0.1
 */
public final class Accountability {

  static {
    Access.setAccountability(accountability -> accountability.timelines);
  }

  private final Arrangement arrangement;
  private final Timelines timelines;
  private final AreaIndex areaIndex;
  /**
   * For a delegator that passes a function on in many delegations, built on the first walk through it: the
   * delegation that passes each area on, by area index, so that a query reads one slot instead of scanning
   * them all. Keyed by span, then delegator; filled in the walk's own order, first in id order wins.
   */
  private final Map<Span, Map<OrganisationId, DelegationState[]>> steps = new ConcurrentHashMap<>();
  /** A delegator with more delegations than this in a span gets its area index. */
  private static final int SCAN_LIMIT = 8;

  private Accountability(Arrangement arrangement, @Nullable Executor executor) {
    this.arrangement = arrangement;
    this.timelines = new Timelines(arrangement, executor);
    this.areaIndex = Access.index(arrangement.geography());
  }

  /**
   * Obtains the accountability of an arrangement, resolving every duty and delegation once.
   *
   * @param arrangement the arrangement, not null
   * @return the accountability, not null
   */
  public static Accountability of(Arrangement arrangement) {
    return new Accountability(Objects.requireNonNull(arrangement, "arrangement"), null);
  }

  /**
   * Obtains the accountability of an arrangement, sweeping its functions' timelines on an executor.
   * <p>
   * {@link #of(Arrangement)} does all the work on the calling thread; this method spreads the functions
   * over the executor's threads and waits for them. The result is the same either way.
   * <pre>{@code
   * ExecutorService pool = Executors.newFixedThreadPool(4);
   * Accountability accountability = Accountability.of(arrangement, pool);
   * }</pre>
   *
   * @param arrangement the arrangement, not null
   * @param executor where to sweep the functions, not null
   * @return the accountability, not null
   */
  public static Accountability of(Arrangement arrangement, Executor executor) {
    return new Accountability(Objects.requireNonNull(arrangement, "arrangement"),
        Objects.requireNonNull(executor, "executor"));
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
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(date, "date");
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
   * Returns the contracts for a function in an area on a date, as the transfers leave them: each contract in
   * force then, whose footprint holds the area and whose function is the function, a part of it or a
   * function it is part of. A contract's {@linkplain Contract#commissioner() commissioner} is whose commission
   * it is under; a sub-contract names its {@linkplain Contract#prime() prime}.
   * <pre>{@code
   * // who holds the GP contracts at A81001 on 1 July 2022, and for whom?
   * for (Contract c : accountability.contracts(pms, AreaId.of("A81001"), LocalDate.of(2022, 7, 1))) {
   *   System.out.println(c.provider() + " holds a " + c.form().label() + " contract with " + c.commissioner());
   * }
   * }</pre>
   *
   * @param function the function, not null
   * @param area the area, not null
   * @param date the date, not null
   * @return the contracts, in id order; empty if none
   * @throws IllegalArgumentException if the function or the area is not part of the arrangement
   */
  public List<Contract> contracts(FunctionId function, AreaId area, LocalDate date) {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(date, "date");
    int index = indexOf(area);
    if (arrangement.function(function).isEmpty()) {
      throw new IllegalArgumentException("Unknown function " + function
          + ": it is not a function of this arrangement; add it or correct the id");
    }
    List<Contract> found = new ArrayList<>();
    for (Contract c : arrangement.effectiveContracts()) {
      if (c.term().contains(date) && (arrangement.isWithin(c.function(), function)
          || arrangement.isWithin(function, c.function()))
          && Access.areas(arrangement.geography(), c.footprint()).contains(index)) {
        found.add(c);
      }
    }
    found.sort(Comparator.comparing(Contract::id));
    return List.copyOf(found);
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
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(footprint, "footprint");
    Objects.requireNonNull(date, "date");
    AreaSet areas = Access.areas(arrangement.geography(), footprint);
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
   * <pre>{@code
   * Chain chain = accountability.chain(FunctionId.of("pms"), AreaId.of("A81001"), LocalDate.of(2021, 6, 1))
   *     .orElseThrow();
   * chain.accountable();   // NHS England, the duty holder
   * chain.exercisedBy();   // NHS Tees Valley CCG, at the end of the delegations
   * }</pre>
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
  public Optional<Chain> chain(FunctionId function, AreaId area, LocalDate date) {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(date, "date");
    int index = indexOf(Objects.requireNonNull(area, "area"));
    Span span = span(function, date);
    return span == null ? Optional.empty() : chain(span, function, area, index, date);
  }

  /**
   * Returns the organisation that exercises a function in an area on a date: the end of its
   * {@linkplain #chain(FunctionId, AreaId, LocalDate) chain}, or the duty holder itself when it has not
   * delegated.
   *
   * @param function the function, not null
   * @param area the area, not null
   * @param date the date, not null
   * @return the organisation, or empty if nobody holds the function there then
   * @throws IllegalArgumentException if the function or the area is not part of the arrangement
   */
  public Optional<Organisation> exercisedBy(FunctionId function, AreaId area, LocalDate date) {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(date, "date");
    int index = indexOf(Objects.requireNonNull(area, "area"));
    Span span = span(function, date);
    if (span == null) {
      return Optional.empty();
    }
    // the chain's walk, without making its links: the same duty and the same delegations, first in id order
    for (int i = 0; i < span.duties().size(); i++) {
      if (span.dutyAreas(i).contains(index)) {
        OrganisationId at = span.duties().get(i).holder();
        for (DelegationState next = step(span, at, index); next != null; next = step(span, at, index)) {
          at = next.delegation().delegate();
        }
        return Optional.of(organisation(at));
      }
    }
    return Optional.empty();
  }

  /** The delegation that passes the function on from an organisation for an area, first in id order, or null. */
  private @Nullable DelegationState step(Span span, OrganisationId from, int index) {
    List<DelegationState> states = span.effectiveFrom(from);
    if (states.size() > SCAN_LIMIT) {
      DelegationState[] byArea = steps.computeIfAbsent(span, k -> new ConcurrentHashMap<>())
          .computeIfAbsent(from, k -> byArea(states));
      return index < byArea.length ? byArea[index] : null;
    }
    for (DelegationState state : states) {
      if (state.effective().contains(index)) {
        return state;
      }
    }
    return null;
  }

  private DelegationState[] byArea(List<DelegationState> states) {
    DelegationState[] byArea = new DelegationState[areaIndex.size()];
    for (DelegationState state : states) {
      state.effective().forEach(i -> {
        if (byArea[i] == null) {
          byArea[i] = state;
        }
      });
    }
    return byArea;
  }

  private Optional<Chain> chain(Span span, FunctionId function, AreaId area, int index, LocalDate date) {
    for (int i = 0; i < span.duties().size(); i++) {
      if (span.dutyAreas(i).contains(index)) {
        Duty duty = span.duties().get(i);
        List<Link> links = new ArrayList<>();
        OrganisationId at = duty.holder();
        while (true) {
          DelegationState next = step(span, at, index);
          if (next == null) {
            break;
          }
          Delegation delegation = next.delegation();
          Organisation from = organisation(delegation.delegator());
          Organisation to = organisation(delegation.delegate());
          links.add(new Link(delegation, from, to, date,
              arrangement.law().power(delegation.mechanism(), from.kind(), to.kind(), date)));
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
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(footprint, "footprint");
    Objects.requireNonNull(date, "date");
    AreaIndex index = areaIndex;
    AreaSet areas = Access.areas(arrangement.geography(), footprint);
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
    return new Coverage(function, footprint, date, index.areasOf(areas.difference(span.covered())),
        index.areasOf(areas.intersection(span.overlapping())), exercisers);
  }

  /**
   * Returns the functions analysed in their own right: those that a duty, a delegation or a kept-back part
   * names. Every other function shares the analysis of the nearest of these above it.
   *
   * @return the functions, in id order
   */
  public List<FunctionId> analysedFunctions() {
    return timelines.analysedFunctions();
  }

  private @Nullable Span span(FunctionId function, LocalDate date) {
    return timelines.span(function, date);
  }

  private int indexOf(AreaId area) {
    return areaIndex.indexOf(area);
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
