package io.github.commissioning.rules;

import com.google.common.base.Suppliers;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.IntLists;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.PersonId;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Every person's interests, direct and derived through affiliations, computed once per check and shared
 * by the conflict-of-interest rules: {@link #conflicts(PersonId, Decision)} says whether, and how, a person
 * is conflicted on a decision.
 * <p>
 * Affiliations are followed upwards, member to parent, iteratively and without revisiting, so a cycle
 * of affiliations does no harm.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InterestIndex {

  private final Arrangement arrangement;
  /** The positions of the organisations each decision names, found when the arrangement was built. */
  private final IntLists names;
  /**
   * Each person's interests, grouped by the person's position in the arrangement's people: those of the person
   * at position {@code p} are at {@code heldFrom[p]} up to {@code heldFrom[p + 1]} of {@code heldInterest} (their
   * positions in the arrangement's interests, in id order) and {@code heldOrganisation} (the positions of their
   * organisations). Flat arrays, filled in two passes over the interests' columns: no object per person.
   */
  private final int[] heldFrom;
  private final int[] heldInterest;
  private final int[] heldOrganisation;
  /**
   * Every organisation above each one at any date, by position in the arrangement's organisations, found up
   * front ({@code known}; null for those left for later) or else on first use ({@code above}): a necessary
   * condition for a path on a date, tested with a few comparisons before any search.
   */
  private final int[][] known;
  /**
   * A filter of each organisation's ancestors, by position: bit {@code a & 63} is set for each ancestor {@code a}
   * found up front, and every bit for an organisation left for later. A clear bit rules an organisation out in
   * one read of a flat array; a set one is confirmed in the ancestors themselves.
   */
  private final long[] aboveBits;
  private final AtomicReferenceArray<int[]> above;
  /** The parents of each organisation, as positions: {@code first[member]} heads a list linked by {@code next}. */
  private final int[] first;
  private final int[] next;
  private final int[] parent;
  private static final int[] NONE = new int[0];
  /** The affiliations up from each member, by id: built on first use, for the paths of the conflicts found. */
  private final Supplier<Map<OrganisationId, List<Affiliation>>> parents;

  /** A person's interests: a view of the index's arrays, from one place up to another. */
  static final class Holdings {
    private final int from;
    private final int to;

    Holdings(int from, int to) {
      this.from = from;
      this.to = to;
    }
  }

  private InterestIndex(Arrangement arrangement) {
    this.arrangement = arrangement;
    this.names = Access.decisionNames(arrangement);
    int interests = arrangement.interests().size();
    int people = arrangement.people().size();
    // counted, then placed: each person's interests side by side, in the interests' (id) order
    heldFrom = new int[people + 1];
    for (int k = 0; k < interests; k++) {
      heldFrom[Access.partyIndex(arrangement, Access.Party.INTEREST_PERSON, k) + 1]++;
    }
    for (int p = 0; p < people; p++) {
      heldFrom[p + 1] += heldFrom[p];
    }
    int[] cursor = Arrays.copyOf(heldFrom, people);
    heldInterest = new int[interests];
    heldOrganisation = new int[interests];
    for (int k = 0; k < interests; k++) {
      int at = cursor[Access.partyIndex(arrangement, Access.Party.INTEREST_PERSON, k)]++;
      heldInterest[at] = k;
      heldOrganisation[at] = Access.partyIndex(arrangement, Access.Party.INTEREST_ORGANISATION, k);
    }
    // with no interests the index is never asked what lies above an organisation: nothing is made for it
    int count = interests == 0 ? 0 : arrangement.organisations().size();
    List<Affiliation> affiliations = interests == 0 ? List.of() : arrangement.effectiveAffiliations();
    first = new int[count];
    Arrays.fill(first, -1);
    next = new int[affiliations.size()];
    parent = new int[affiliations.size()];
    for (int k = 0; k < affiliations.size(); k++) {
      int member = Access.partyIndex(arrangement, Access.Party.MEMBER, k);
      parent[k] = Access.partyIndex(arrangement, Access.Party.PARENT, k);
      next[k] = first[member];
      first[member] = k;
    }
    aboveBits = new long[count];
    known = ancestors(count);
    above = new AtomicReferenceArray<>(count);
    parents = Suppliers.memoize(() -> {
      Map<OrganisationId, List<Affiliation>> up = new HashMap<>();
      for (Affiliation affiliation : arrangement.effectiveAffiliations()) {
        up.computeIfAbsent(affiliation.member(), k -> new ArrayList<>()).add(affiliation);
      }
      return up;
    });
  }

  /**
   * Every organisation's ancestors at any date, found up front with one search from each member of an
   * affiliation, while what they find stays within a budget linear in the affiliations; the rest (only under a
   * long chain of affiliations, where they would grow as its square) are left null, for {@link #above} to find
   * on first use.
   */
  private int[][] ancestors(int count) {
    int[][] found = new int[count][];
    long budget = 8L * (count + next.length);
    int[] seen = new int[count];
    int[] queue = new int[count];
    int stamp = 0;
    for (int start = 0; start < count && budget > 0; start++) {
      if (first[start] < 0) {
        found[start] = NONE;
        continue;
      }
      stamp++;
      seen[start] = stamp;
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      while (head < tail) {
        for (int k = first[queue[head++]]; k >= 0; k = next[k]) {
          if (seen[parent[k]] != stamp) {
            seen[parent[k]] = stamp;
            queue[tail++] = parent[k];
          }
        }
      }
      found[start] = Arrays.copyOfRange(queue, 1, tail);
      for (int q = 1; q < tail; q++) {
        aboveBits[start] |= 1L << queue[q];
      }
      budget -= tail;
    }
    for (int start = 0; start < count; start++) {
      if (found[start] == null) {
        aboveBits[start] = -1L;   // left for later: every bit, so that the ancestors themselves decide
      }
    }
    return found;
  }

  /**
   * The organisations above one at any date, by position: found up front (see {@link #ancestors}), or else
   * searched on first use, for the organisations a conflict search meets, and kept. The search keeps what it
   * has seen in its queue while that is short, and in a set beyond, so that a long chain of affiliations stays
   * linear in what it finds.
   */
  private int[] above(int from) {
    int[] upFront = known[from];
    if (upFront != null) {
      return upFront;
    }
    int[] searched = above.get(from);
    if (searched != null) {
      return searched;
    }
    int[] found = NONE;
    if (first[from] >= 0) {
      int[] queue = new int[8];
      int head = 0;
      int tail = 0;
      Set<Integer> many = null;
      queue[tail++] = from;
      while (head < tail) {
        for (int k = first[queue[head++]]; k >= 0; k = next[k]) {
          int up = parent[k];
          boolean seen = false;
          if (many != null) {
            seen = many.contains(up);
          } else {
            for (int q = 0; q < tail && !seen; q++) {
              seen = queue[q] == up;
            }
          }
          if (!seen) {
            if (tail == queue.length) {
              queue = Arrays.copyOf(queue, tail * 2);
            }
            queue[tail++] = up;
            if (many != null) {
              many.add(up);
            } else if (tail > 32) {
              many = new HashSet<>();
              for (int q = 0; q < tail; q++) {
                many.add(queue[q]);
              }
            }
          }
        }
      }
      found = Arrays.copyOfRange(queue, 1, tail);
    }
    above.compareAndSet(from, null, found);   // another thread may have found the same first: keep one
    return Objects.requireNonNull(above.get(from));
  }

  /** The most organisations below a person's interests that {@link #reach} lists before it gives up. */
  private static final int REACH_LIMIT = 256;

  /**
   * Adds to a filter of 256 bits (four longs) the organisations a person with these interests may be conflicted
   * through: bit {@code at & 255} for each organisation held, each above one held and each below one held, at any
   * date. Every bit if an interest's organisation is not the arrangement's, or if more than {@value
   * #REACH_LIMIT} lie below. A decision that names no organisation whose bit is set cannot conflict the person.
   *
   * @param holdings the interests
   * @param into the filter, changed
   */
  void reach(Holdings holdings, long[] into) {
    int[][] children = children();
    for (int h = holdings.from; h < holdings.to; h++) {
      int held = heldOrganisation[h];
      if (held < 0) {
        Arrays.fill(into, -1L);
        return;
      }
      into[(held & 255) >>> 6] |= 1L << held;
      for (int up : above(held)) {
        into[(up & 255) >>> 6] |= 1L << up;
      }
      int[] queue = new int[8];
      int tail = 0;
      queue[tail++] = held;
      for (int head = 0; head < tail; head++) {
        for (int down : children[queue[head]]) {
          if (tail > REACH_LIMIT) {
            Arrays.fill(into, -1L);
            return;
          }
          if (tail == queue.length) {
            queue = Arrays.copyOf(queue, tail * 2);
          }
          queue[tail++] = down;   // a cycle of affiliations comes back within the limit, and stops there
          into[(down & 255) >>> 6] |= 1L << down;
        }
      }
    }
  }

  /** Whether a decision names an organisation in a filter of {@link #reach}. */
  static boolean mayReach(long[] reach, Named names) {
    for (int j = names.offset; j < names.offset + names.count; j++) {
      int at = names.positions[j];
      if (at < 0 || (reach[(at & 255) >>> 6] & (1L << at)) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The members of each organisation, by position, made on first use (for {@link #reach}). */
  private int[][] children() {
    int[][] made = children;
    if (made == null) {
      int[] counts = new int[first.length];
      for (int p : parent) {
        counts[p]++;
      }
      made = new int[first.length][];
      for (int o = 0; o < made.length; o++) {
        made[o] = counts[o] == 0 ? NONE : new int[counts[o]];
        counts[o] = 0;
      }
      for (int member = 0; member < first.length; member++) {
        for (int k = first[member]; k >= 0; k = next[k]) {
          made[parent[k]][counts[parent[k]]++] = member;
        }
      }
      children = made;
    }
    return made;
  }

  private volatile int @Nullable [][] children;

  /** Whether some path of affiliations at any date leads up from one organisation to another. */
  private boolean isAbove(int to, int from) {
    if ((aboveBits[from] & (1L << to)) == 0) {
      return false;   // the usual case: ruled out by the filter
    }
    for (int organisation : above(from)) {
      if (organisation == to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the index of an analysis, computing it on first use.
   *
   * @param analysis the analysis, not null
   * @return the index, not null
   */
  public static InterestIndex of(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return analysis.shared(InterestIndex.class, a -> new InterestIndex(a.arrangement()));
  }

  /**
   * Checks whether a person has any interest at all.
   *
   * @param person the person, not null
   * @return true if the register holds an interest of theirs
   */
  public boolean hasInterests(PersonId person) {
    Objects.requireNonNull(person, "person");
    return holdingsOf(person) != null;
  }

  /**
   * Returns a person's interests, in id order.
   *
   * @param person the person, not null
   * @return the interests, not null
   */
  public List<Interest> interestsOf(PersonId person) {
    Objects.requireNonNull(person, "person");
    Holdings holdings = holdingsOf(person);
    if (holdings == null) {
      return List.of();
    }
    List<Interest> interests = new ArrayList<>(holdings.to - holdings.from);
    for (int j = holdings.from; j < holdings.to; j++) {
      interests.add(arrangement.interests().get(heldInterest[j]));
    }
    return Collections.unmodifiableList(interests);
  }

  /**
   * Returns a person's conflicts on a decision: each interest in force on the decision's date that reaches
   * an organisation the decision names or awards a contract to.
   *
   * @param person the person, not null
   * @param decision the decision, not null
   * @return the conflicts, in interest id order; empty if the person is not conflicted
   */
  public List<Conflict> conflicts(PersonId person, Decision decision) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(decision, "decision");
    Holdings holdings = holdingsOf(person);
    if (holdings == null) {
      return List.of();
    }
    Named named = new Named();
    name(decision, Access.indexOf(arrangement, decision.id()), named);
    return conflicts(holdings, decision.date(), named);
  }

  /**
   * Finds the organisations a decision names, those it affects and the one it awards a contract to, with their
   * positions, into scratch space that the caller reuses from one decision to the next.
   *
   * @param decision the decision
   * @param position its position in the arrangement's decisions, whose names were found when it was built; or
   *     -1, or the position of another decision with its id, to look its names up here
   * @param into the scratch space
   */
  @SuppressWarnings("ReferenceEquality") // the arrangement's own decision, not a test of equality
  void name(Decision decision, int position, Named into) {
    if (position >= 0 && arrangement.decisions().get(position) == decision) {
      name(position, into);
      return;
    }
    into.decision = decision;
    into.ids = null;
    Collection<OrganisationId> named = into.ids();
    int[] positions = new int[named.size()];
    int count = 0;
    for (OrganisationId organisation : named) {
      positions[count++] = Access.indexOf(arrangement, organisation);
    }
    into.positions = positions;
    into.offset = 0;
    into.count = count;
  }

  /**
   * Finds the organisations the decision at a position in the arrangement's decisions names, as {@link
   * #name(Decision, int, Named)} does, without reading the decision: it is read only if a search needs it.
   */
  void name(int position, Named into) {
    into.decision = null;
    into.decisions = arrangement.decisions();
    into.position = position;
    into.ids = null;
    into.positions = names.values();
    into.offset = names.start(position);
    into.count = names.size(position);
  }

  /**
   * The organisations a decision names, in its order, and their positions in the arrangement's organisations:
   * scratch space, refilled for each decision by the one thread that owns it. The positions are usually the
   * arrangement's, found when it was built; the decision itself and the ids are read only when a search needs
   * them.
   */
  static final class Named {
    private @Nullable Decision decision;
    /** The arrangement's decisions and the decision's position in them, when {@link #decision} is not read yet. */
    private List<Decision> decisions = List.of();
    private int position;
    private @Nullable Collection<OrganisationId> ids;
    private int[] positions = new int[0];
    private int offset;
    private int count;

    /** The organisations the decision names: those it affects, then the one it awards a contract to. */
    /** The decision, read on first use. */
    private Decision decision() {
      Decision of = decision;
      if (of == null) {
        of = decisions.get(position);
        decision = of;
      }
      return of;
    }

    private Collection<OrganisationId> ids() {
      if (ids == null) {
        Decision of = decision();
        Collection<OrganisationId> named = of.affects();
        Optional<OrganisationId> awardedTo = of.awardedTo();
        if (awardedTo.isPresent() && !named.contains(awardedTo.get())) {
          List<OrganisationId> withAward = new ArrayList<>(named);
          withAward.add(awardedTo.get());
          named = withAward;
        }
        ids = named;
      }
      return ids;
    }
  }

  /**
   * A person's interests, or null if none: one look-up of the person's position. (The conflict search keeps
   * the answers for the people it met lately, so it looks up each committee member once for many decisions.)
   */
  @Nullable Holdings holdingsOf(PersonId person) {
    return holdingsAt(Access.indexOf(arrangement, person));
  }

  /** The interests of the person at a position of the arrangement's people, or null if none (or -1). */
  @Nullable Holdings holdingsAt(int person) {
    return person < 0 || heldFrom[person] == heldFrom[person + 1] ? null
        : new Holdings(heldFrom[person], heldFrom[person + 1]);
  }

  /**
   * Returns a person's conflicts with one organisation on a decision's date, as for a contract award.
   *
   * @param person the person, not null
   * @param decision the decision, not null
   * @param organisation the organisation, not null
   * @return the conflicts, in interest id order
   */
  public List<Conflict> conflictsWith(PersonId person, Decision decision, OrganisationId organisation) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(organisation, "organisation");
    Holdings holdings = holdingsOf(person);
    if (holdings == null) {
      return List.of();
    }
    Named named = new Named();
    named.ids = List.of(organisation);
    named.positions = new int[] {Access.indexOf(arrangement, organisation)};
    named.count = 1;
    named.decision = decision;
    return conflicts(holdings, decision.date(), named);
  }

  /**
   * A person's conflicts on a decision, as the conflict search finds them without reading the decision: each
   * direct one by its interest's position, made a {@link Conflict} only when a rule asks for it (for a finding);
   * one reached through affiliations, which is rare, made at once, since finding its path reads the decision.
   */
  static final class Found {
    private int[] interests = new int[2];
    private @Nullable Conflict[] made = new Conflict[2];
    private int size;

    private void add(int interest, @Nullable Conflict conflict) {
      if (size == interests.length) {
        interests = Arrays.copyOf(interests, size * 2);
        made = Arrays.copyOf(made, size * 2);
      }
      interests[size] = interest;
      made[size++] = conflict;
    }
  }

  /** A person's conflicts on a decision on its date, given their interests and the organisations it names. */
  List<Conflict> conflicts(Holdings holdings, LocalDate date, Named names) {
    Found found = find(holdings, date, names);
    return found == null ? List.of() : conflicts(found, names.decision());
  }

  /**
   * The conflicts the search found on a decision, made in full, in interest id order.
   *
   * @param found what {@link #find} found on the decision
   * @param decision the decision
   */
  List<Conflict> conflicts(Found found, Decision decision) {
    List<Conflict> conflicts = new ArrayList<>(found.size);
    for (int i = 0; i < found.size; i++) {
      Conflict made = found.made[i];
      if (made == null) {
        Interest interest = arrangement.interests().get(found.interests[i]);
        made = new Conflict(decision, interest, interest.organisation(), List.of());
      }
      conflicts.add(made);
    }
    return Collections.unmodifiableList(conflicts);
  }

  /**
   * Finds a person's conflicts on a decision on its date, given their interests and the organisations it names,
   * reading the decision only for a conflict through affiliations; null if there are none.
   */
  @Nullable Found find(Holdings holdings, LocalDate date, Named names) {
    @Nullable Found conflicts = null;
    int[] positions = names.positions;
    int offset = names.offset;
    int count = names.count;
    // each interest's period and organisation from the columns: the interest itself is read for a conflict only
    DateRange[] periods = Access.periods(arrangement, Access.Dated.INTEREST);
    for (int h = holdings.from; h < holdings.to; h++) {
      int k = heldInterest[h];
      if (!periods[k].contains(date)) {
        continue;
      }
      int heldAt = heldOrganisation[h];
      // positions compare as the ids do: every organisation of the arrangement has exactly one
      boolean direct = false;
      boolean related = false;
      for (int j = offset; j < offset + count; j++) {
        int at = positions[j];
        direct |= at >= 0 && at == heldAt;
        related |= at >= 0 && heldAt >= 0 && (isAbove(at, heldAt) || isAbove(heldAt, at));
      }
      if (!direct && heldAt >= 0 && !related) {
        continue;   // the usual case: no path at any date, in either direction
      }
      if (direct) {
        conflicts = add(conflicts, k, null);   // the interest itself is read only for a finding
        continue;
      }
      Interest interest = arrangement.interests().get(k);
      OrganisationId held = interest.organisation();
      if (heldAt < 0 && names.ids().contains(held)) {
        conflicts = add(conflicts, k, null);
        continue;
      }
      // the exact, dated search only where a path at some date exists: in either direction
      if (!related) {
        continue;
      }
      Conflict found = null;
      Collection<OrganisationId> named = names.ids();
      for (OrganisationId organisation : named) {
        List<Affiliation> up = pathOn(held, organisation, date);
        if (up != null) {
          found = new Conflict(names.decision(), interest, organisation, up);
          break;
        }
      }
      if (found == null) {
        for (OrganisationId organisation : named) {
          List<Affiliation> down = pathOn(organisation, held, date);
          if (down != null) {
            found = new Conflict(names.decision(), interest, organisation, down);
            break;
          }
        }
      }
      if (found != null) {
        conflicts = add(conflicts, k, found);
      }
    }
    return conflicts;
  }

  private static Found add(@Nullable Found conflicts, int interest, @Nullable Conflict conflict) {
    Found into = conflicts == null ? new Found() : conflicts;
    into.add(interest, conflict);
    return into;
  }

  /**
   * The affiliations leading up from one organisation to another on a date, or null. The first path found
   * at any date is cached; when it does not hold on the date, the exact search on that date decides.
   */
  private @Nullable List<Affiliation> pathOn(OrganisationId from, OrganisationId to, LocalDate date) {
    int fromAt = Access.indexOf(arrangement, from);
    int toAt = Access.indexOf(arrangement, to);
    if (fromAt < 0 || toAt < 0 || !isAbove(toAt, fromAt)) {
      return null;
    }
    List<Affiliation> path = anyDate.computeIfAbsent(from, k -> ancestors(k, null)).get(to);
    if (path == null) {
      return null;
    }
    for (Affiliation affiliation : path) {
      if (!affiliation.period().contains(date)) {
        return ancestors(from, date).get(to);
      }
    }
    return path;
  }

  private final Map<OrganisationId, Map<OrganisationId, List<Affiliation>>> anyDate =
      new ConcurrentHashMap<>();

  /** Every organisation above one, on a date (or at any date, for null), with the affiliations that lead there. */
  private Map<OrganisationId, List<Affiliation>> ancestors(OrganisationId start, @Nullable LocalDate date) {
    Map<OrganisationId, List<Affiliation>> paths = new LinkedHashMap<>();
    ArrayDeque<OrganisationId> queue = new ArrayDeque<>();
    paths.put(start, List.of());
    queue.add(start);
    while (!queue.isEmpty()) {
      OrganisationId at = queue.poll();
      for (Affiliation affiliation : parents.get().getOrDefault(at, List.of())) {
        if ((date == null || affiliation.period().contains(date)) && !paths.containsKey(affiliation.parent())) {
          List<Affiliation> path = new ArrayList<>(paths.get(at));
          path.add(affiliation);
          paths.put(affiliation.parent(), List.copyOf(path));
          queue.add(affiliation.parent());
        }
      }
    }
    paths.remove(start);
    return date == null ? Map.copyOf(paths) : paths;   // the cached, any-date maps are kept compact
  }
}
