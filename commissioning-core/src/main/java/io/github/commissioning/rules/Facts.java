package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.Days;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Span;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Indexes and small helpers the standard rules share, computed once per check. */
final class Facts {

  private final Arrangement arrangement;
  private volatile @Nullable Map<OrganisationId, List<Delegation>> incoming;
  private volatile @Nullable Map<OrganisationId, List<Affiliation>> affiliationsByParent;
  /**
   * Each person's memberships, in the arrangement's (id) order, by the person's position in its people; null for
   * the many with none. Found by the positions the arrangement resolved when built: no id is hashed. Built on
   * first use, by {@link #byPerson}.
   */
  private volatile @Nullable List<Membership> @Nullable [] membershipsOfPerson;
  final Map<FunctionId, List<FunctionId>> reservedUnder = new HashMap<>();
  final Set<FunctionId> reserved = new HashSet<>();
  /**
   * Each decision's body, as a position: the arrangement's own column, read here, not copied into an array of
   * objects for every check.
   */
  private final int[] bodyAt;
  private final List<DecisionBody> allBodies;
  /** The organisation and the memberships of each body, aligned with the arrangement's bodies: a few hundred. */
  final Organisation[] organisationOfBody;
  /** The position of the organisation of each body in the arrangement's organisations. */
  final int[] organisationAtOfBody;
  /**
   * Each body's memberships, by position, as a view of the arrangement's memberships at {@link #membershipsAtBody}:
   * made on first use, for the few bodies whose decisions are read. Two threads may each make one; either is kept.
   */
  private final @Nullable List<Membership>[] membersOfBody;
  private final List<Membership> memberships;
  /** The positions in the arrangement's memberships of each body's, in id order, by the body's position. */
  private final int[][] membershipsAtBody;
  /** The positions of those of them whose role is chair. */
  private final int[][] chairsAtBody;
  /** How many memberships each person holds, by the person's position in the arrangement's people. */
  private final int[] seatCounts;

  @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of lists, by position: made here, never handed out
  private Facts(Arrangement arrangement) {
    this.arrangement = arrangement;
    List<Membership> memberships = arrangement.memberships();
    int[] bodyOf = Access.partyPositions(arrangement, Access.Party.MEMBERSHIP_BODY);
    int[] personOf = Access.partyPositions(arrangement, Access.Party.MEMBERSHIP_PERSON);
    allBodies = arrangement.bodies();
    // the roles from the arrangement's columns: no membership is read, only placed
    Role[] roles = Access.seats(arrangement).roles();
    int[] counts = new int[allBodies.size()];
    int[] chairCounts = new int[allBodies.size()];
    seatCounts = new int[arrangement.people().size()];
    for (int k = 0; k < memberships.size(); k++) {
      if (roles[k] == Role.CHAIR) {
        chairCounts[bodyOf[k]]++;
      }
      counts[bodyOf[k]]++;
      seatCounts[personOf[k]]++;
    }
    membershipsAtBody = new int[allBodies.size()][];
    chairsAtBody = new int[allBodies.size()][];
    for (int b = 0; b < counts.length; b++) {
      membershipsAtBody[b] = new int[counts[b]];
      chairsAtBody[b] = new int[chairCounts[b]];
      counts[b] = 0;
      chairCounts[b] = 0;
    }
    for (int k = 0; k < memberships.size(); k++) {
      int b = bodyOf[k];
      membershipsAtBody[b][counts[b]++] = k;
      if (roles[k] == Role.CHAIR) {
        chairsAtBody[b][chairCounts[b]++] = k;
      }
    }
    for (CommissioningFunction f : arrangement.functions()) {
      if (f.isReserved()) {
        reserved.add(f.id());
        Optional<FunctionId> at = f.parent();
        Set<FunctionId> seen = new HashSet<>();
        while (at.isPresent() && seen.add(at.get())) {
          reservedUnder.computeIfAbsent(at.get(), k -> new ArrayList<>()).add(f.id());
          at = arrangement.function(at.get()).flatMap(CommissioningFunction::parent);
        }
      }
    }
    reservedUnder.values().forEach(list -> list.sort(null));
    bodyAt = Access.partyPositions(arrangement, Access.Party.DECISION_BODY);
    // the bodies, a few hundred, with their organisations and seats, by position: each decision's body is read
    // from the arrangement's positions, without reading the decision
    organisationOfBody = new Organisation[allBodies.size()];
    organisationAtOfBody = new int[allBodies.size()];
    membersOfBody = new List[allBodies.size()];
    this.memberships = memberships;
    List<Organisation> organisations = arrangement.organisations();
    int[] bodyOrganisations = Access.partyPositions(arrangement, Access.Party.BODY_ORGANISATION);
    for (int b = 0; b < allBodies.size(); b++) {
      organisationAtOfBody[b] = bodyOrganisations[b];
      organisationOfBody[b] = organisations.get(organisationAtOfBody[b]);
      bodiesOfOrganisation.merge(organisationAtOfBody[b], new int[] {b}, (had, one) -> {
        int[] more = Arrays.copyOf(had, had.length + 1);
        more[had.length] = one[0];
        return more;
      });
    }
  }

  /** The positions of an organisation's bodies, by the organisation's position: a few hundred bodies in all. */
  private final Map<Integer, int[]> bodiesOfOrganisation = new HashMap<>();

  /**
   * The positions of the bodies of the organisation at a position of the arrangement's organisations, in order;
   * none if it has none. The caller must not change the array.
   */
  int[] bodiesOf(int organisation) {
    return bodiesOfOrganisation.getOrDefault(organisation, NO_BODIES);
  }

  private static final int[] NO_BODIES = new int[0];

  /**
   * Each person's memberships, by position, built on first use (only a finding's wording and evidence need them):
   * made whole by one thread, and made again, the same, by another that asks at once.
   */
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of lists, by position: made here, never handed out
  private @Nullable List<Membership>[] byPerson() {
    List<Membership>[] built = membershipsOfPerson;
    if (built == null) {
      built = new List[arrangement.people().size()];
      int[] personOf = Access.partyPositions(arrangement, Access.Party.MEMBERSHIP_PERSON);
      List<Membership> memberships = arrangement.memberships();
      for (int k = 0; k < memberships.size(); k++) {
        add(built, personOf[k], memberships.get(k));
      }
      membershipsOfPerson = built;
    }
    return built;
  }

  private static void add(@Nullable List<Membership>[] lists, int at, Membership membership) {
    List<Membership> list = lists[at];
    if (list == null) {
      list = new ArrayList<>(4);
      lists[at] = list;
    }
    list.add(membership);
  }

  /** The memberships of the body at a position of the arrangement's bodies, in id order. */
  List<Membership> membersOfBody(int body) {
    List<Membership> members = membersOfBody[body];
    if (members == null) {
      int[] seats = membershipsAtBody[body];
      members = new AbstractList<>() {
        @Override
        public Membership get(int index) {
          return memberships.get(seats[index]);
        }

        @Override
        public int size() {
          return seats.length;
        }
      };
      membersOfBody[body] = members;
    }
    return members;
  }

  /**
   * The positions in the arrangement's memberships of those of the body at a position of its bodies, in id order.
   * The caller must not change the array.
   */
  int[] membershipsAtBody(int body) {
    return membershipsAtBody[body];
  }

  /** How many memberships each person holds, by position in the arrangement's people; not to be changed. */
  int[] seatCounts() {
    return seatCounts;
  }

  /** The positions of the memberships of the body at a position whose role is chair, in id order. */
  int[] chairsAtBody(int body) {
    return chairsAtBody[body];
  }

  /** The memberships of a body, in id order; none for a body the arrangement does not hold. */
  List<Membership> membersOf(BodyId body) {
    int at = Access.indexOf(arrangement, body);
    return at < 0 ? List.of() : membersOfBody(at);
  }

  /** The memberships of the person at a position of the arrangement's people, in id order. */
  List<Membership> membershipsOfPerson(int person) {
    List<Membership> list = byPerson()[person];
    return list == null ? List.of() : list;
  }

  /** The body of the decision at a position, as its position in the arrangement's bodies. */
  int bodyAt(int decision) {
    return bodyAt[decision];
  }

  /** The body of the decision at a position. */
  DecisionBody body(int decision) {
    return allBodies.get(bodyAt[decision]);
  }

  /** The organisation of the body of the decision at a position. */
  Organisation bodyOrganisation(int decision) {
    return organisationOfBody[bodyAt[decision]];
  }

  /** The delegations into each organisation, built on first use (few checks need them). */
  Map<OrganisationId, List<Delegation>> incoming() {
    Map<OrganisationId, List<Delegation>> index = incoming;
    if (index == null) {
      incoming = index = byOrganisation(arrangement.effectiveDelegations(), Delegation::delegate);
    }
    return index;
  }

  /**
   * The affiliations to each organisation as their parent, in the arrangement's order, built on first use (only
   * the decisions of committees in common and partnerships need them).
   */
  private Map<OrganisationId, List<Affiliation>> affiliationsByParent() {
    Map<OrganisationId, List<Affiliation>> index = affiliationsByParent;
    if (index == null) {
      affiliationsByParent = index = byOrganisation(arrangement.effectiveAffiliations(), Affiliation::parent);
    }
    return index;
  }

  /** Items grouped by an organisation each names, each group in the items' order. */
  private static <T> Map<OrganisationId, List<T>> byOrganisation(List<T> items, Function<T, OrganisationId> key) {
    Map<OrganisationId, List<T>> built = new HashMap<>();
    for (T item : items) {
      built.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
    }
    return built;
  }

  static Facts of(Analysis analysis) {
    return analysis.shared(Facts.class, a -> new Facts(a.arrangement()));
  }

  /** The states of a delegation for its own function, in date order. */
  static List<DelegationState> ownStates(Analysis analysis, Delegation delegation) {
    return Access.timelines(analysis.accountability()).ownStatesOf(delegation.id());
  }

  /**
   * The member bodies of an organisation on a date: those affiliated to it as members, as committees in common
   * and partnerships record them.
   */
  static SortedSet<OrganisationId> membersOn(Analysis analysis, OrganisationId organisation, LocalDate date) {
    TreeSet<OrganisationId> members = new TreeSet<>();
    for (Affiliation a : of(analysis).affiliationsByParent().getOrDefault(organisation, List.of())) {
      if (a.period().contains(date)) {
        members.add(a.member());
      }
    }
    return members;
  }

  /** Whether an organisation holds a duty for a function, or exercises it by a delegation with decision rights. */
  static boolean holdsOrExercises(Analysis analysis, OrganisationId organisation, FunctionId function, LocalDate date) {
    Span span = Access.timelines(analysis.accountability()).span(function, date);
    return span != null && holdsOrExercises(span, organisation);
  }

  /** Whether an organisation holds the duty of a span, or exercises it there with decision rights. */
  private static boolean holdsOrExercises(Span span, OrganisationId organisation) {
    if (span.isHolder(organisation)) {
      return true;
    }
    List<DelegationState> into = span.effectiveInto(organisation);
    for (int i = 0; i < into.size(); i++) {
      if (into.get(i).delegation().mechanism().conveysDecisionRights()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #holdsOrExercises} and whether an organisation receives support, for the decisions of one rule, one
   * after another,
   * keeping the answers for the last organisation and function asked: consecutive decisions are usually one
   * body's on one function, and most dates then fall in the span already found. One evaluation's, on its thread.
   */
  static final class Deciders {
    private final Analysis analysis;
    /** How many answers of {@link #holdsOrExercises} are kept. */
    private static final int KEPT = 4;
    /**
     * The last few answers of {@link #holdsOrExercises}, with the organisation, function and span each holds for
     * (a null span: none kept), replaced in turn: a body's decisions, in id order, move back and forth between
     * the few spans of their dates.
     */
    private final @Nullable OrganisationId[] organisations = new OrganisationId[KEPT];
    private final @Nullable FunctionId[] functions = new FunctionId[KEPT];
    private final @Nullable Span[] spans = new Span[KEPT];
    private final boolean[] answers = new boolean[KEPT];
    private int replace;
    private @Nullable OrganisationId supported;
    private @Nullable FunctionId supportedFunction;
    /** The support delegations into {@link #supported} of a function within {@link #supportedFunction}. */
    private List<Delegation> support = List.of();
    /** The last organisation asked about, and whether any support delegation names it as delegate. */
    private @Nullable OrganisationId supportedAtAll;
    private boolean receivesAny;
    /** The last body and function asked about, and whether the function is within the body's remit. */
    private @Nullable DecisionBody remitBody;
    private @Nullable FunctionId remitFunction;
    private boolean inRemit;

    Deciders(Analysis analysis) {
      this.analysis = analysis;
    }

    /** As {@link Facts#holdsOrExercises}. */
    @SuppressWarnings("ReferenceEquality") // a cache of the instances last asked about, not a test of equality
    boolean holdsOrExercises(OrganisationId organisation, FunctionId function, LocalDate date) {
      for (int k = 0; k < KEPT; k++) {
        Span kept = spans[k];
        if (kept != null && organisation == organisations[k] && function == functions[k]
            && kept.period().contains(date)) {
          return answers[k];
        }
      }
      Span found = Access.timelines(analysis.accountability()).span(function, date);
      boolean holds = found != null && Facts.holdsOrExercises(found, organisation);
      int k = replace;
      replace = (k + 1) % KEPT;
      spans[k] = found;
      organisations[k] = organisation;
      functions[k] = function;
      answers[k] = holds;
      return holds;
    }

    /**
     * Whether a function is within a body's remit: the body has none, or the function is, or is part of, one it
     * names. The answer for the last body and function is kept: a body's decisions are often on one function.
     */
    @SuppressWarnings("ReferenceEquality") // a cache of the instances last asked about, not a test of equality
    boolean inRemit(DecisionBody body, FunctionId function) {
      if (body == remitBody && function == remitFunction) {
        return inRemit;
      }
      SortedSet<FunctionId> remit = body.remit();
      boolean within = remit.isEmpty() || remit.contains(function);
      if (!within && remit.size() == 1) {
        within = analysis.arrangement().isWithin(function, remit.first());   // the usual case, without an iterator
      } else if (!within) {
        for (FunctionId r : remit) {
          if (analysis.arrangement().isWithin(function, r)) {
            within = true;
            break;
          }
        }
      }
      remitBody = body;
      remitFunction = function;
      inRemit = within;
      return within;
    }

    /** Whether any support delegation, of any function at any date, names the organisation as its delegate. */
    @SuppressWarnings("ReferenceEquality") // a cache of the instance last asked about, not a test of equality
    boolean receivesAnySupport(OrganisationId organisation) {
      if (organisation != supportedAtAll) {
        supportedAtAll = organisation;
        receivesAny = false;
        for (Delegation d : of(analysis).incoming().getOrDefault(organisation, List.of())) {
          receivesAny |= d.mechanism() == Mechanism.SUPPORT;
        }
      }
      return receivesAny;
    }

    /**
     * Whether a support delegation of a decision's function, or of a function above it, names the organisation
     * as its delegate on the decision's date: a decision-rights delegation's support-only counterpart.
     */
    @SuppressWarnings("ReferenceEquality") // a cache of the instances last asked about, not a test of equality
    boolean receivesSupportFor(OrganisationId organisation, Decision decision) {
      if (!receivesAnySupport(organisation)) {
        return false;   // the usual case, answered without reading the decision
      }
      FunctionId function = decision.function();
      LocalDate date = decision.date();
      if (organisation != supported || function != supportedFunction) {
        List<Delegation> found = List.of();
        for (Delegation d : of(analysis).incoming().getOrDefault(organisation, List.of())) {
          if (d.mechanism() == Mechanism.SUPPORT && analysis.arrangement().isWithin(function, d.function())) {
            found = found.isEmpty() ? new ArrayList<>(2) : found;
            found.add(d);
          }
        }
        support = found;
        supported = organisation;
        supportedFunction = function;
      }
      for (int i = 0; i < support.size(); i++) {
        if (support.get(i).period().contains(date)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Splits a window at the change points of some memberships, judges the memberships in force in each interval,
   * and merges consecutive intervals with the same verdict; intervals judged null are dropped. The memberships are
   * given by their positions in the arrangement's memberships and read from its columns: the verdict gets the
   * positions of those in force in each interval, in the order given, and no membership is read here.
   */
  static <T> List<Map.Entry<DateRange, T>> overSeats(DateRange window, int[] seats, Access.Seats columns,
      Function<int[], @Nullable T> verdict) {
    long windowStart = Days.start(window);
    long windowEnd = Days.endExclusive(window);
    long[] starts = new long[2 * seats.length + 1];
    int count = 0;
    if (windowStart < windowEnd) {
      starts[count++] = windowStart;
      for (int seat : seats) {
        long start = columns.from()[seat];
        long end = columns.until()[seat];
        if (start > windowStart && start < windowEnd) {
          starts[count++] = start;
        }
        if (end > windowStart && end < windowEnd) {
          starts[count++] = end;
        }
      }
      Arrays.sort(starts, 0, count);
      int distinct = 0;
      for (int k = 0; k < count; k++) {
        if (distinct == 0 || starts[distinct - 1] != starts[k]) {
          starts[distinct++] = starts[k];
        }
      }
      count = distinct;
    }
    List<Map.Entry<DateRange, T>> pieces = new ArrayList<>();
    T previous = null;
    long pieceStart = 0;
    int[] active = new int[seats.length];
    for (int i = 0; i <= count; i++) {
      T judged = null;
      if (i < count) {
        int n = 0;
        for (int seat : seats) {
          if (columns.holds(seat, starts[i])) {
            active[n++] = seat;
          }
        }
        judged = verdict.apply(Arrays.copyOf(active, n));
      }
      if (!Objects.equals(judged, previous)) {
        long here = i < count ? starts[i] : windowEnd;
        if (previous != null) {
          pieces.add(Map.entry(period(pieceStart, here), previous));
        }
        previous = judged;
        pieceStart = here;
      }
    }
    return pieces;
  }

  /** The intersection of two periods given as half-open epoch days, or null. */
  static @Nullable DateRange clip(DateRange period, long fromDay, long toDayExclusive) {
    long start = Math.max(Days.start(period), fromDay);
    long end = Math.min(Days.endExclusive(period), toDayExclusive);
    if (start >= end) {
      return null;
    }
    LocalDate from = LocalDate.ofEpochDay(start);
    return end == Long.MAX_VALUE ? DateRange.startingOn(from) : DateRange.of(from, LocalDate.ofEpochDay(end - 1));
  }

  /** A period from half-open epoch days. */
  static DateRange period(long start, long endExclusive) {
    return Days.range(start, endExclusive);
  }

  private static final Set<String> ACRONYMS = Set.of("nhs", "ccg", "icb", "stp", "ics", "aco", "pcn", "csu", "gp");

  /** Words for an enum constant: LAY_AUDIT → "lay audit", NHS_TRUST → "NHS trust". */
  static String words(Enum<?> constant) {
    StringBuilder text = new StringBuilder();
    for (String word : constant.name().toLowerCase(Locale.ROOT).split("_", -1)) {
      text.append(text.length() == 0 ? "" : " ")
          .append(ACRONYMS.contains(word) ? word.toUpperCase(Locale.ROOT) : word);
    }
    return text.toString();
  }

  /** When a period holds, in words: "from 2015-04-01", "from 2015-04-01 to 2020-03-31", "at all times". */
  static String when(DateRange period) {
    boolean always = period.start().equals(LocalDate.MIN);
    if (period.isOpenEnded()) {
      return always ? "at all times" : "from " + period.start();
    }
    LocalDate end = period.end().orElseThrow();
    if (always) {
      return "until " + end;
    }
    return end.equals(period.start()) ? "on " + end : "from " + period.start() + " to " + end;
  }

  /** How an affiliation reads: "a member of", "part of", "owned by". */
  static String relation(AffiliationKind kind) {
    return switch (kind) {
      case MEMBER_OF -> "a member of";
      case PART_OF -> "part of";
      case OWNED_BY -> "owned by";
    };
  }

  /** The discriminator of a finding that starts when a period starts. */
  static String startKey(DateRange period) {
    return period.start().equals(LocalDate.MIN) ? "always" : period.start().toString();
  }

  /** "the accountable officer, the chief finance officer and a registered nurse" style joining. */
  static String joinAnd(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /**
   * How a conflicted member's taking part in a decision was managed, if it was: the chair's recorded permission
   * to stay for the discussion, a recorded mitigation, or a statutory partner member's seat on the body.
   */
  static @Nullable String managed(Analysis analysis, Decision decision, PersonId person) {
    List<String> how = new ArrayList<>();
    if (decision.permittedToStay().contains(person)) {
      how.add("the chair permitted " + analysis.name(person) + " to stay for the discussion");
    }
    decision.mitigation().ifPresent(m -> how.add("mitigation recorded: " + m));
    for (Membership m : of(analysis).membersOf(decision.body())) {
      if (m.person().equals(person) && m.period().contains(decision.date())
          && m.designations().stream().anyMatch(Designation::isStatutorySeat)) {
        how.add(analysis.name(person) + " holds a statutory partner member's seat ("
            + Facts.joinAnd(m.designations().stream().filter(Designation::isStatutorySeat).map(Facts::words).toList())
            + ")");
      }
    }
    return how.isEmpty() ? null : String.join("; ", how);
  }
}
