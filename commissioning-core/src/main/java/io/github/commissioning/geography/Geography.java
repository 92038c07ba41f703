package io.github.commissioning.geography;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaIndex;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.value.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Footprints resolved to sets of areas: the coverage algebra of an arrangement.
 * <p>
 * Every area named by a footprint, or declared, is numbered once; each footprint, whether it names its
 * areas or is a union of other footprints, resolves to a compact set of areas. Union, intersection,
 * difference, containment and emptiness are then exact set operations, whether or not the footprints
 * nest.
 * <pre>{@code
 * Geography geography = arrangement.geography();
 * geography.areasOf(FootprintId.of("16C"));                          // the practices of Tees Valley CCG
 * geography.encloses(FootprintId.of("Y63"), FootprintId.of("16C"));  // true: the region holds the CCG
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Geography {

  static {
    Access.setGeography(new Access.GeographyView() {
      @Override
      public AreaIndex index(Geography geography) {
        Objects.requireNonNull(geography, "geography");
        return geography.index;
      }

      @Override
      public AreaSet areas(Geography geography, FootprintId footprint) {
        Objects.requireNonNull(geography, "geography");
        Objects.requireNonNull(footprint, "footprint");
        return geography.set(footprint);
      }

      @Override
      public AreaSet areas(Geography geography, Collection<AreaId> areas) {
        Objects.requireNonNull(geography, "geography");
        Objects.requireNonNull(areas, "areas");
        return geography.setOf(areas);
      }

      @Override
      public List<Problem> problems(Collection<Area> areas, Collection<Footprint> footprints) {
        Objects.requireNonNull(areas, "areas");
        Objects.requireNonNull(footprints, "footprints");
        return Geography.problems(areas, footprints);
      }

      @Override
      public FootprintId derivedFootprintId(String code) {
        return FootprintId.derived(code);
      }
    });
  }

  private final AreaIndex index;
  private final Map<FootprintId, Footprint> footprints;
  private final Map<FootprintId, AreaSet> sets;
  private final Map<AreaId, Area> areas;

  private Geography(AreaIndex index, Map<FootprintId, Footprint> footprints,
      Map<FootprintId, AreaSet> sets, Map<AreaId, Area> areas) {
    this.index = index;
    this.footprints = footprints;
    this.sets = sets;
    this.areas = areas;
  }

  /**
   * Obtains the geography of some areas and footprints.
   *
   * @param areas the declared areas, not null; footprints may name further areas
   * @param footprints the footprints, not null
   * @return the resolved geography, not null
   * @throws IllegalArgumentException listing every structural problem: a duplicate id, a part that is
   *     not a footprint, a footprint defined through itself
   */
  public static Geography of(Collection<Area> areas, Collection<Footprint> footprints) {
    Objects.requireNonNull(areas, "areas");
    Objects.requireNonNull(footprints, "footprints");
    List<Problem> problems = problems(areas, footprints);
    if (!problems.isEmpty()) {
      StringBuilder text = new StringBuilder("Invalid geography, ").append(problems.size())
          .append(problems.size() == 1 ? " problem:" : " problems:");
      problems.forEach(p -> text.append("\n  - ").append(p.message()));
      throw new IllegalArgumentException(text.toString());
    }
    return resolve(areas, footprints);
  }

  /** The structural problems of some areas and footprints, in a deterministic order; empty if none. */
  static List<Problem> problems(Collection<Area> areas, Collection<Footprint> footprints) {
    List<Problem> problems = new ArrayList<>();
    Map<AreaId, Integer> areaCounts = new TreeMap<>();
    areas.forEach(a -> areaCounts.merge(a.id(), 1, Integer::sum));
    areaCounts.forEach((id, n) -> {
      if (n > 1) {
        problems.add(new Problem(Problem.Kind.DUPLICATE_ID, "Area", id.code(), "id", id.code(),
            "Area " + id + ": the id is used by " + n + " areas; give each a distinct id"));
      }
    });
    Map<FootprintId, Integer> counts = new TreeMap<>();
    footprints.forEach(f -> counts.merge(f.id(), 1, Integer::sum));
    counts.forEach((id, n) -> {
      if (n > 1) {
        problems.add(new Problem(Problem.Kind.DUPLICATE_ID, "Footprint", id.code(), "id", id.code(),
            "Footprint " + id + ": the id is used by " + n + " footprints; give each a distinct id"));
      }
    });
    List<Footprint> sorted = new ArrayList<>(footprints);
    sorted.sort(Comparator.comparing(Footprint::id));
    for (Footprint footprint : sorted) {
      for (FootprintId part : footprint.parts()) {
        if (!counts.containsKey(part)) {
          problems.add(new Problem(Problem.Kind.UNKNOWN_REFERENCE, "Footprint", footprint.id().code(), "parts",
              part.code(), "Footprint " + footprint.id() + ": part " + part
              + " is not a footprint of this arrangement; add it or correct the id"));
        }
      }
    }
    for (List<FootprintId> cycle : cycles(sorted, counts.keySet())) {
      StringBuilder path = new StringBuilder();
      cycle.forEach(id -> path.append(id).append(" → "));
      path.append(cycle.get(0));
      problems.add(new Problem(Problem.Kind.CYCLE, "Footprint", cycle.get(0).code(), "parts", path.toString(),
          "Footprint " + cycle.get(0) + ": it is defined through itself (" + path + "); remove one of these parts"));
    }
    return problems;
  }

  private static List<List<FootprintId>> cycles(List<Footprint> sorted, Set<FootprintId> known) {
    Map<FootprintId, Footprint> byId = new HashMap<>();
    sorted.forEach(f -> byId.putIfAbsent(f.id(), f));
    Set<FootprintId> ordered = new HashSet<>(topologicalOrder(byId));
    Set<FootprintId> left = new TreeSet<>();
    for (FootprintId id : byId.keySet()) {
      if (!ordered.contains(id)) {
        left.add(id);
      }
    }
    // Every footprint left lies on a cycle or defines itself through one. For each footprint on a cycle
    // that no reported cycle names yet, report the shortest cycle through it (breadth-first over parts),
    // so that cycles sharing a footprint are all reported at once.
    List<List<FootprintId>> cycles = new ArrayList<>();
    Set<FootprintId> named = new HashSet<>();
    for (FootprintId start : left) {
      if (named.contains(start)) {
        continue;
      }
      List<FootprintId> cycle = shortestCycle(start, byId, left, known);
      if (!cycle.isEmpty()) {
        int smallest = cycle.indexOf(cycle.stream().min(Comparator.naturalOrder()).orElseThrow());
        Collections.rotate(cycle, -smallest);
        if (!cycles.contains(cycle)) {
          cycles.add(cycle);
        }
        named.addAll(cycle);
      }
    }
    cycles.sort(Comparator.comparing((List<FootprintId> c) -> c.get(0)).thenComparing(List::toString));
    return cycles;
  }

  private static List<FootprintId> shortestCycle(FootprintId start, Map<FootprintId, Footprint> byId,
      Set<FootprintId> left, Set<FootprintId> known) {
    Map<FootprintId, FootprintId> cameFrom = new HashMap<>();
    ArrayDeque<FootprintId> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      FootprintId at = queue.poll();
      for (FootprintId part : new TreeSet<>(requireNonNull(byId.get(at)).parts())) {
        if (!left.contains(part) || !known.contains(part)) {
          continue;
        }
        if (part.equals(start)) {
          List<FootprintId> cycle = new ArrayList<>();
          for (FootprintId x = at; x != null && !x.equals(start); x = cameFrom.get(x)) {
            cycle.add(0, x);
          }
          cycle.add(0, start);
          return cycle;
        }
        if (!cameFrom.containsKey(part)) {
          cameFrom.put(part, at);
          queue.add(part);
        }
      }
    }
    return new ArrayList<>();
  }


  /** Kahn's algorithm over "is a union of": parts come before the footprints made of them. */
  private static List<FootprintId> topologicalOrder(Map<FootprintId, Footprint> byId) {
    Map<FootprintId, Integer> pending = new HashMap<>();
    Map<FootprintId, List<FootprintId>> usedBy = new HashMap<>();
    for (Footprint footprint : byId.values()) {
      int n = 0;
      for (FootprintId part : footprint.parts()) {
        if (byId.containsKey(part)) {
          n++;
          usedBy.computeIfAbsent(part, k -> new ArrayList<>()).add(footprint.id());
        }
      }
      pending.put(footprint.id(), n);
    }
    ArrayDeque<FootprintId> ready = new ArrayDeque<>();
    new TreeSet<>(byId.keySet()).forEach(id -> {
      if (pending.getOrDefault(id, 0) == 0) {
        ready.add(id);
      }
    });
    List<FootprintId> order = new ArrayList<>(byId.size());
    while (!ready.isEmpty()) {
      FootprintId id = ready.poll();
      order.add(id);
      for (FootprintId user : usedBy.getOrDefault(id, List.of())) {
        if (pending.merge(user, -1, Integer::sum) == 0) {
          ready.add(user);
        }
      }
    }
    return order;
  }

  private static Geography resolve(Collection<Area> declared, Collection<Footprint> footprints) {
    Map<FootprintId, Footprint> byId = new HashMap<>();
    footprints.forEach(f -> byId.put(f.id(), f));
    TreeSet<AreaId> allAreas = new TreeSet<>();
    declared.forEach(a -> allAreas.add(a.id()));
    footprints.forEach(f -> allAreas.addAll(f.areas()));
    AreaId[] provisional = allAreas.toArray(new AreaId[0]);
    Map<AreaId, Integer> provisionalIndex = new HashMap<>(provisional.length * 2);
    for (int i = 0; i < provisional.length; i++) {
      provisionalIndex.put(provisional[i], i);
    }

    // Members of each footprint, as sorted provisional indexes; parts are resolved before their users.
    Map<FootprintId, int[]> members = new HashMap<>();
    for (FootprintId id : topologicalOrder(byId)) {
      Footprint footprint = requireNonNull(byId.get(id));
      int total = footprint.areas().size();
      for (FootprintId part : footprint.parts()) {
        total += requireNonNull(members.get(part)).length;
      }
      int[] all = new int[total];
      int n = 0;
      for (AreaId area : footprint.areas()) {
        all[n++] = requireNonNull(provisionalIndex.get(area));
      }
      for (FootprintId part : footprint.parts()) {
        int[] partMembers = requireNonNull(members.get(part));
        System.arraycopy(partMembers, 0, all, n, partMembers.length);
        n += partMembers.length;
      }
      members.put(id, Arrays.stream(all).sorted().distinct().toArray());
    }

    // Rank footprints from the largest down; an area's key is the ranks of the footprints holding it.
    // Sorting areas by key puts every footprint of a nested hierarchy in one contiguous run.
    List<FootprintId> ranked = new ArrayList<>(byId.keySet());
    ranked.sort(Comparator.<FootprintId>comparingInt(id -> -requireNonNull(members.get(id)).length)
        .thenComparing(id -> requireNonNull(byId.get(id)).level())
        .thenComparing(Comparator.naturalOrder()));
    int[] keyLengths = new int[provisional.length];
    for (FootprintId id : ranked) {
      for (int area : requireNonNull(members.get(id))) {
        keyLengths[area]++;
      }
    }
    int[][] keys = new int[provisional.length][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = new int[keyLengths[i]];
      keyLengths[i] = 0;
    }
    for (int rank = 0; rank < ranked.size(); rank++) {
      for (int area : requireNonNull(members.get(ranked.get(rank)))) {
        keys[area][keyLengths[area]++] = rank;
      }
    }
    Integer[] order = new Integer[provisional.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Arrays.compare(keys[a], keys[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    List<AreaId> ordered = new ArrayList<>(order.length);
    int[] finalIndex = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      ordered.add(provisional[order[i]]);
      finalIndex[order[i]] = i;
    }
    AreaIndex index = new AreaIndex(ordered);

    Map<FootprintId, AreaSet> sets = new HashMap<>(byId.size() * 2);
    members.forEach((id, provisionalMembers) -> {
      int[] indexes = new int[provisionalMembers.length];
      for (int i = 0; i < indexes.length; i++) {
        indexes[i] = finalIndex[provisionalMembers[i]];
      }
      sets.put(id, AreaSet.of(indexes));
    });
    Map<AreaId, Area> areaById = new HashMap<>();
    declared.forEach(a -> areaById.put(a.id(), a));
    return new Geography(index, Map.copyOf(byId), Map.copyOf(sets), Map.copyOf(areaById));
  }

  /**
   * Returns every area of this geography, declared or named by a footprint, in id order.
   *
   * @return the areas, not null
   */
  public List<AreaId> areas() {
    List<AreaId> all = new ArrayList<>(index.areasOf(index.all()));
    all.sort(Comparator.naturalOrder());
    return List.copyOf(all);
  }

  /**
   * Returns the areas of a footprint, whether it names them or is a union of other footprints.
   * <pre>{@code
   * SortedSet<AreaId> tees = arrangement.geography().areasOf(FootprintId.of("16C"));
   * }</pre>
   *
   * @param footprint the footprint id, not null
   * @return its areas in id order, not null
   * @throws IllegalArgumentException if the footprint is not part of this geography
   */
  public SortedSet<AreaId> areasOf(FootprintId footprint) {
    Objects.requireNonNull(footprint, "footprint");
    return ImmutableSortedSet.copyOf(index.areasOf(set(footprint)));
  }

  /**
   * Checks whether every area of one footprint is an area of another, whether or not either is defined
   * through the other.
   *
   * @param outer the footprint that may enclose, not null
   * @param inner the footprint that may be enclosed, not null
   * @return true if every area of {@code inner} is an area of {@code outer}
   * @throws IllegalArgumentException if either footprint is not part of this geography
   */
  public boolean encloses(FootprintId outer, FootprintId inner) {
    Objects.requireNonNull(outer, "outer");
    Objects.requireNonNull(inner, "inner");
    return set(outer).containsAll(set(inner));
  }

  private AreaSet set(FootprintId footprint) {
    AreaSet set = sets.get(Objects.requireNonNull(footprint, "footprint"));
    if (set == null) {
      throw new IllegalArgumentException("Unknown footprint " + footprint
          + ": it is not a footprint of this arrangement; add it or correct the id");
    }
    return set;
  }

  /**
   * Finds a footprint by id.
   *
   * @param id the id, not null
   * @return the footprint, or empty if there is none with that id
   */
  public Optional<Footprint> footprint(FootprintId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(footprints.get(id));
  }

  /**
   * Returns the name of an area: its declared name, or its code when it was not declared.
   *
   * @param area the area, not null
   * @return the name, not null
   */
  public String nameOf(AreaId area) {
    Objects.requireNonNull(area, "area");
    Area declared = areas.get(area);
    return declared == null ? area.code() : declared.name();
  }

  private AreaSet setOf(Collection<AreaId> areaIds) {
    return AreaSet.of(areaIds.stream().mapToInt(index::indexOf).toArray());
  }
}
