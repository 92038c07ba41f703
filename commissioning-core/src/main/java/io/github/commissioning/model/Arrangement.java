package io.github.commissioning.model;

import io.github.commissioning.geography.Area;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.Geography;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.Columns;
import io.github.commissioning.internal.IntLists;
import io.github.commissioning.internal.Positions;
import io.github.commissioning.internal.SuccessionGap;
import io.github.commissioning.value.Identifier;
import io.github.commissioning.value.Problem;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The immutable aggregate of a commissioning arrangement: its geography, organisations, functions,
 * duties, delegations, contracts, transfers, people, decision bodies, memberships, interests, decisions,
 * waivers and the {@linkplain #law() law} it is judged under.
 * <p>
 * {@linkplain #transfers() Transfers} move what a body held to its successors on a date. The parts as stated
 * are {@link #duties()}, {@link #delegations()} and {@link #contracts()}; the parts as the transfers leave
 * them, which the analysis and the rules read, are {@link #effectiveDuties()}, {@link #effectiveDelegations()}
 * and {@link #effectiveContracts()}.
 * <p>
 * Building an arrangement checks structure only, and reports every structural problem at once in one
 * {@link InvalidArrangementException}: an unknown id, a duplicate id, a period that ends before it
 * starts, a footprint defined through itself, a cycle in the function tree. Gaps and conflicts never
 * throw: an arrangement full of them builds, so that it can be reported on.
 * <p>
 * Every collection is held in id order, whatever the order the parts were added in, so two arrangements
 * of the same parts are equal and give the same reports.
 * <p>
 * One part is replaced or removed by id, so that "fix it, check again, diff" is one line:
 * <pre>{@code
 * Decision minuted = arrangement.decision(DecisionId.of("D1")).orElseThrow();
 * Arrangement fixed = arrangement.with(minuted.withVoters().withWithdrew(PersonId.of("P8")));
 * ReportDiff diff = Report.diff(rules.check(arrangement), rules.check(fixed));
 * Arrangement smaller = arrangement.without(DelegationId.of("X24>16C/pms/E38000247/2020-04-01"));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Arrangement {

  static {
    Access.setArrangement(new Access.ArrangementView() {
      @Override
      public int indexOf(Arrangement arrangement, OrganisationId id) {
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(id, "id");
        return arrangement.organisationById.positionOf(id);
      }

      @Override
      public int indexOf(Arrangement arrangement, DelegationId id) {
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(id, "id");
        return arrangement.delegationPosition.positionOf(id);
      }

      @Override
      public int indexOf(Arrangement arrangement, PersonId id) {
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(id, "id");
        return arrangement.personById.positionOf(id);
      }

      @Override
      public int indexOf(Arrangement arrangement, BodyId id) {
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(id, "id");
        return arrangement.bodyById.positionOf(id);
      }

      @Override
      public int indexOf(Arrangement arrangement, DecisionId id) {
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(id, "id");
        return arrangement.decisionById.positionOf(id);
      }

      @Override
      public List<SuccessionGap> successionGaps(Arrangement arrangement) {
        Objects.requireNonNull(arrangement, "arrangement");
        return arrangement.successionGaps;
      }

      @Override
      public int partyIndex(Arrangement arrangement, Access.Party party, int item) {
        Objects.requireNonNull(arrangement, "arrangement");
        return arrangement.partyPositions[party.ordinal()][item];
      }

      @Override
      public int[] partyPositions(Arrangement arrangement, Access.Party party) {
        Objects.requireNonNull(arrangement, "arrangement");
        return arrangement.partyPositions[party.ordinal()];
      }

      @Override
      public IntLists decisionNames(Arrangement arrangement) {
        Objects.requireNonNull(arrangement, "arrangement");
        return arrangement.decisionNames;
      }

      @Override
      public IntLists transferSuccessors(Arrangement arrangement) {
        Objects.requireNonNull(arrangement, "arrangement");
        return arrangement.transferSuccessors;
      }

      @Override
      public Columns columns(Arrangement arrangement) {
        Objects.requireNonNull(arrangement, "arrangement");
        return arrangement.columns;
      }
    });
  }

  private final List<Area> areas;
  private final List<Footprint> footprints;
  private final List<Organisation> organisations;
  private final List<Affiliation> affiliations;
  private final List<CommissioningFunction> functions;
  private final List<Duty> duties;
  private final List<Delegation> delegations;
  private final List<Person> people;
  private final List<DecisionBody> bodies;
  private final List<Membership> memberships;
  private final List<Interest> interests;
  private final List<Decision> decisions;
  private final List<Waiver> waivers;
  private final List<Contract> contracts;
  private final List<CoverageExpectation> expectations;
  private final List<Transfer> transfers;
  private final Law law;
  private final List<Duty> effectiveDuties;
  private final List<Delegation> effectiveDelegations;
  private final List<Contract> effectiveContracts;
  private final List<Affiliation> effectiveAffiliations;
  private final List<SuccessionGap> successionGaps;
  private final Map<Identifier<?>, Transfer> carriedBy;
  private final Map<Identifier<?>, Identifier<?>> origins;
  // each list's items by id, and their positions: sorted lists, so duplicate ids were found side by side
  private final Positions<Contract> contractById;
  private final Positions<Transfer> transferById;
  private final Positions<Organisation> organisationById;
  private final Positions<CommissioningFunction> functionById;
  /** Each function's parent, for the functions that have one: walked without making an Optional a step. */
  private final Map<FunctionId, FunctionId> parentOf;
  private final Positions<Person> personById;
  private final Positions<DecisionBody> bodyById;
  private final Positions<Delegation> delegationById;
  private final Positions<Decision> decisionById;
  /** The positions of the effective delegations. */
  private final Positions<Delegation> delegationPosition;
  /**
   * The organisations' positions of the parties to every effective delegation, contract and affiliation and of
   * every interest's organisation, by {@link Access.Party}: resolved once, when the arrangement is built, for
   * every check to read.
   */
  private final int[][] partyPositions;
  /** The positions of the organisations each decision names, for the conflict search. */
  private final IntLists decisionNames;
  private final IntLists transferSuccessors;
  /** What the checks test first about each item, read once here: see {@link Columns}. */
  private final Columns columns;
  private final Geography geography;

  private Arrangement(Builder builder) {
    this.areas = sorted(builder.areas, Area::id);
    this.footprints = sorted(builder.footprints, Footprint::id);
    this.organisations = sorted(builder.organisations, Organisation::id);
    this.affiliations = sorted(builder.affiliations, Affiliation::id);
    this.functions = sorted(builder.functions, CommissioningFunction::id);
    this.duties = sorted(builder.duties, Duty::id);
    this.delegations = sorted(builder.delegations, Delegation::id);
    this.people = sorted(builder.people, Person::id);
    this.bodies = sorted(builder.bodies, DecisionBody::id);
    this.memberships = sorted(builder.memberships, Membership::id);
    this.interests = sorted(builder.interests, Interest::id);
    this.decisions = sorted(builder.decisions, Decision::id);
    List<Waiver> sortedWaivers = new ArrayList<>(builder.waivers);
    sortedWaivers.sort(Comparator.comparing(Waiver::key));
    this.waivers = List.copyOf(sortedWaivers);
    this.contracts = sorted(builder.contracts, Contract::id);
    List<CoverageExpectation> sortedExpectations = new ArrayList<>(builder.expectations);
    sortedExpectations.sort(null);
    this.expectations = List.copyOf(sortedExpectations);
    this.transfers = sorted(builder.transfers, Transfer::id);
    this.law = builder.law;

    List<Problem> problems = new ArrayList<>(Access.geographyProblems(areas, footprints));
    Set<FootprintId> footprintIds = new HashSet<>();
    footprints.forEach(f -> footprintIds.add(f.id()));
    this.organisationById = index(organisations, Organisation::id, "Organisation", problems);
    this.functionById = index(functions, CommissioningFunction::id, "Function", problems);
    Map<FunctionId, FunctionId> parents = new HashMap<>();
    for (CommissioningFunction f : functions) {
      f.parent().ifPresent(p -> parents.putIfAbsent(f.id(), p));
    }
    this.parentOf = parents;
    this.personById = index(people, Person::id, "Person", problems);
    this.bodyById = index(bodies, DecisionBody::id, "Decision body", problems);
    this.delegationById = index(delegations, Delegation::id, "Delegation", problems);
    this.decisionById = index(decisions, Decision::id, "Decision", problems);
    this.contractById = index(contracts, Contract::id, "Contract", problems);
    this.transferById = index(transfers, Transfer::id, "Transfer", problems);
    duplicates(affiliations, Affiliation::id, "Affiliation", problems);
    duplicates(duties, Duty::id, "Duty", problems);
    duplicates(memberships, Membership::id, "Membership", problems);
    duplicates(interests, Interest::id, "Interest", problems);
    duplicates(waivers, Waiver::key, "Waiver", problems);

    Checker check = new Checker(problems, footprintIds);
    for (Organisation o : organisations) {
      Subject who = new Subject("Organisation", o.id().code());
      o.footprint().ifPresent(f -> check.footprint(who, "footprint", f));
      o.successor().ifPresent(s -> check.organisation(who, "successor", s));
      check.period(who, "existence", o.existence());
    }
    for (Affiliation a : affiliations) {
      Subject who = new Subject("Affiliation", a.id().code());
      check.organisation(who, "member", a.member());
      check.organisation(who, "parent", a.parent());
      check.period(who, "period", a.period());
    }
    for (CommissioningFunction f : functions) {
      f.parent().ifPresent(p -> check.function(new Subject("Function", f.id().code()), "parent", p));
    }
    functionCycles(problems);
    for (Duty d : duties) {
      Subject who = new Subject("Duty", d.id().code());
      check.organisation(who, "holder", d.holder());
      check.function(who, "function", d.function());
      check.footprint(who, "footprint", d.footprint());
      check.period(who, "period", d.period());
    }
    for (Delegation d : delegations) {
      Subject who = new Subject("Delegation", d.id().code());
      check.organisation(who, "delegator", d.delegator());
      check.organisation(who, "delegate", d.delegate());
      if (d.delegator().equals(d.delegate())) {
        problems.add(new Problem(Problem.Kind.SELF_DELEGATION, who.type, who.id, "delegate", d.delegate().code(),
            who + ": delegator and delegate are both " + d.delegator() + "; an organisation cannot delegate to itself"));
      }
      check.function(who, "function", d.function());
      check.footprint(who, "footprint", d.footprint());
      check.period(who, "period", d.period());
      for (FunctionId kept : d.keptBack()) {
        if (check.function(who, "kept-back function", kept) && functionById.contains(d.function())
            && !isStrictPartOf(kept, d.function())) {
          problems.add(new Problem(Problem.Kind.NOT_A_PART, who.type, who.id, "keptBack", kept.code(),
              who + ": kept-back function " + kept + " is not a part of the delegated function "
              + d.function() + "; keep back only parts of " + d.function()));
        }
      }
    }
    for (DecisionBody b : bodies) {
      Subject who = new Subject("Decision body", b.id().code());
      check.organisation(who, "organisation", b.organisation());
      b.remit().forEach(f -> check.function(who, "remit function", f));
      check.period(who, "period", b.period());
    }
    for (Membership m : memberships) {
      Subject who = new Subject("Membership", m.id().code());
      check.person(who, "person", m.person());
      check.body(who, "body", m.body());
      check.period(who, "period", m.period());
    }
    for (Interest i : interests) {
      Subject who = new Subject("Interest", i.id().code());
      check.person(who, "person", i.person());
      check.organisation(who, "organisation", i.organisation());
      i.through().ifPresent(p -> check.person(who, "associate", p));
      check.period(who, "period", i.period());
    }
    for (Decision d : decisions) {
      Subject who = new Subject("Decision", d.id().code());
      check.body(who, "body", d.body());
      check.function(who, "function", d.function());
      d.affects().forEach(o -> check.organisation(who, "affected organisation", o));
      d.awardedTo().ifPresent(o -> check.organisation(who, "awarded-to organisation", o));
      d.ratifiedBy().forEach(o -> check.organisation(who, "ratifying organisation", o));
      d.participants().forEach(p -> check.person(who, "participant", p));
      d.voters().forEach(p -> check.person(who, "voter", p));
      d.withdrew().forEach(p -> check.person(who, "withdrawn member", p));
      d.declarations().forEach(p -> check.person(who, "declaring member", p));
      d.coOpted().forEach(p -> check.person(who, "co-opted member", p));
      d.chairedBy().ifPresent(p -> check.person(who, "chair", p));
      d.referredTo().ifPresent(b -> check.body(who, "referred-to body", b));
    }
    for (Contract c : contracts) {
      Subject who = new Subject("Contract", c.id().code());
      check.organisation(who, "commissioner", c.commissioner());
      c.coordinatingCommissioner().ifPresent(o -> check.organisation(who, "co-ordinating commissioner", o));
      c.associates().forEach(o -> check.organisation(who, "associate commissioner", o));
      check.organisation(who, "provider", c.provider());
      check.function(who, "function", c.function());
      check.footprint(who, "footprint", c.footprint());
      check.period(who, "term", c.term());
      c.prime().ifPresent(p -> check.contract(who, "prime contract", p));
    }
    for (CoverageExpectation e : expectations) {
      Subject who = new Subject("Coverage expectation", e.toString());
      check.function(who, "function", e.function());
      e.footprint().ifPresent(f -> check.footprint(who, "footprint", f));
      check.period(who, "period", e.period());
    }
    for (Transfer t : transfers) {
      Subject who = new Subject("Transfer", t.id().code());
      check.organisation(who, "predecessor", t.predecessor());
      for (Succession s : t.successions()) {
        check.organisation(who, "successor", s.successor());
        check.footprint(who, "succession footprint", s.footprint());
        s.function().ifPresent(f -> check.function(who, "succession function", f));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidArrangementException(problems);
    }
    Geography stated = Geography.of(areas, footprints);
    Successions.Result moved = Successions.apply(transfers, duties, delegations, contracts, affiliations, stated,
        f -> Optional.ofNullable(functionById.get(f)).flatMap(CommissioningFunction::parent));
    if (moved.footprints().isEmpty()) {
      this.geography = stated;
    } else {
      List<Footprint> all = new ArrayList<>(footprints);
      all.addAll(moved.footprints());
      this.geography = Geography.of(areas, all);
    }
    this.effectiveDuties = moved.duties();
    this.effectiveDelegations = moved.delegations();
    this.effectiveContracts = moved.contracts();
    this.effectiveAffiliations = moved.affiliations();
    this.successionGaps = moved.gaps();
    this.carriedBy = moved.carriedBy();
    this.origins = moved.origins();
    this.delegationPosition = Positions.of(effectiveDelegations, Delegation::id);
    this.partyPositions = new int[][] {
        positionsOf(effectiveDelegations, Delegation::delegator),
        positionsOf(effectiveDelegations, Delegation::delegate),
        positionsOf(effectiveContracts, Contract::commissioner),
        positionsOf(effectiveContracts, Contract::provider),
        positionsOf(interests, Interest::organisation),
        positionsOf(effectiveAffiliations, Affiliation::member),
        positionsOf(effectiveAffiliations, Affiliation::parent),
        positionsOf(interests, Interest::person, personById),
        positionsOf(decisions, Decision::body, bodyById),
        positionsOf(effectiveDuties, Duty::holder),
        positionsOf(memberships, Membership::body, bodyById),
        positionsOf(memberships, Membership::person, personById),
        positionsOf(bodies, DecisionBody::organisation),
        positionsOf(transfers, Transfer::predecessor)};
    this.decisionNames = decisionNames(decisions, organisationById);
    IntLists.Builder successors = new IntLists.Builder(transfers.size());
    for (Transfer transfer : transfers) {
      for (Succession succession : transfer.successions()) {
        successors.add(organisationById.positionOf(succession.successor()));
      }
      successors.next();
    }
    this.transferSuccessors = successors.build();
    this.columns = Columns.of(organisations, effectiveDuties, effectiveDelegations, effectiveContracts, interests,
        decisions, memberships, personById::positionOf);
  }

  /**
   * The positions of the organisations each decision names: those it affects, in order, then the one it awards
   * a contract to if it does not affect it, as the conflict search reads them.
   */
  private static IntLists decisionNames(List<Decision> decisions, Positions<Organisation> organisations) {
    IntLists.Builder names = new IntLists.Builder(decisions.size());
    for (Decision decision : decisions) {
      SortedSet<OrganisationId> affects = decision.affects();
      for (OrganisationId organisation : affects) {
        names.add(organisations.positionOf(organisation));
      }
      Optional<OrganisationId> awardedTo = decision.awardedTo();
      if (awardedTo.isPresent() && !affects.contains(awardedTo.get())) {
        names.add(organisations.positionOf(awardedTo.get()));
      }
      names.next();
    }
    return names.build();
  }

  /**
   * The position of an organisation each item names, or -1 if it names none of the arrangement's; consecutive
   * items often name the same one, which is then looked up once.
   */
  private <T> int[] positionsOf(List<T> items, Function<T, OrganisationId> organisation) {
    return positionsOf(items, organisation, organisationById);
  }

  /** The position in a list of what each item names, as {@link #positionsOf(List, Function)}. */
  @SuppressWarnings("ReferenceEquality") // a cache of the last id looked up, not a test of equality
  private static <T> int[] positionsOf(List<T> items, Function<T, ?> named, Positions<?> in) {
    int[] positions = new int[items.size()];
    Object last = null;
    int at = -1;
    for (int i = 0; i < positions.length; i++) {
      Object id = named.apply(items.get(i));
      if (id != last) {
        last = id;
        at = in.positionOf(id);
      }
      positions[i] = at;
    }
    return positions;
  }

  private static <T, K extends Comparable<? super K>> List<T> sorted(List<T> items, Function<T, K> key) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(key));
    return List.copyOf(copy);
  }

  /**
   * A decision, sharing its date and each set of people or of organisations with the earlier items that hold an
   * equal one: a committee's members take part in hundreds of decisions, each of which would otherwise hold its
   * own copies of the same sets. The decision is copied only if it holds such a copy, and stays equal to the one
   * given.
   */
  private static Decision sharing(Decision given, Map<Object, Object> shared) {
    return ImmutableDecision.copyOf(given)
        .withDate(share(shared, given.date()))
        .withAffects(share(shared, given.affects()))
        .withRatifiedBy(share(shared, given.ratifiedBy()))
        .withParticipants(share(shared, given.participants()))
        .withVoters(share(shared, given.voters()))
        .withWithdrew(share(shared, given.withdrew()))
        .withDeclarations(share(shared, given.declarations()))
        .withPermittedToStay(share(shared, given.permittedToStay()))
        .withCoOpted(share(shared, given.coOpted()));
  }

  /** An interest, sharing its dates with the earlier items that hold equal ones, as {@link #sharing(Decision, Map)}. */
  private static Interest sharing(Interest given, Map<Object, Object> shared) {
    ImmutableInterest sharing = (ImmutableInterest) given;   // the only kind of interest there is
    if (given.declared().isPresent()) {
      sharing = sharing.withDeclared(share(shared, given.declared().get()));
    }
    if (given.becameAware().isPresent()) {
      sharing = sharing.withBecameAware(share(shared, given.becameAware().get()));
    }
    return sharing;
  }

  /** The first value met that is equal to this one: a set or a date. */
  @SuppressWarnings("unchecked") // an equal set holds equal elements, and an equal date is a date
  private static <V> V share(Map<Object, Object> shared, V value) {
    if (value instanceof Set<?> set && set.isEmpty()) {
      return value;
    }
    Object first = shared.putIfAbsent(value, value);
    return first == null ? value : (V) first;
  }

  /** A list sorted by id, indexed by id, with each id used more than once reported. */
  private static <T> Positions<T> index(List<T> items, Function<T, ?> key, String type, List<Problem> problems) {
    duplicates(items, key, type, problems);
    return Positions.of(items, key);
  }

  /** Reports each id used more than once in a list sorted by id, where the copies lie side by side. */
  private static <T> void duplicates(List<T> items, Function<T, ?> key, String type, List<Problem> problems) {
    for (int i = 1; i < items.size(); i++) {
      Object id = key.apply(items.get(i - 1));
      int n = 1;
      while (i < items.size() && key.apply(items.get(i)).equals(id)) {
        n++;
        i++;
      }
      if (n > 1) {
        problems.add(new Problem(Problem.Kind.DUPLICATE_ID, type, id.toString(),
            type.equals("Waiver") ? "key" : "id", id.toString(), (type.equals("Waiver") ? "Waiver of " : type + " ")
            + id + ": the id is used " + n + " times; give each a distinct id or remove the copies"));
      }
    }
  }

  private void functionCycles(List<Problem> problems) {
    Set<FunctionId> done = new HashSet<>();
    for (CommissioningFunction start : functions) {
      List<FunctionId> walk = new ArrayList<>();
      Map<FunctionId, Integer> seenAt = new HashMap<>();
      FunctionId at = start.id();
      CommissioningFunction function = functionById.get(at);
      while (function != null && at != null && !done.contains(at) && !seenAt.containsKey(at)) {
        seenAt.put(at, walk.size());
        walk.add(at);
        at = function.parent().orElse(null);
        function = at == null ? null : functionById.get(at);
      }
      done.addAll(walk);
      if (at != null && seenAt.containsKey(at)) {
        List<FunctionId> cycle = walk.subList(seenAt.get(at), walk.size());
        StringBuilder path = new StringBuilder();
        cycle.forEach(f -> path.append(f).append(" → "));
        problems.add(new Problem(Problem.Kind.CYCLE, "Function", cycle.get(0).code(), "parent",
            path.toString() + cycle.get(0), "Function " + cycle.get(0) + ": the function tree has a cycle (" + path
            + cycle.get(0) + " by parent); remove one of these parents"));
      }
    }
  }

  private boolean isStrictPartOf(FunctionId part, FunctionId whole) {
    // bounded by the number of functions, so that a cycle (reported as structural) cannot loop forever
    int steps = functions.size();
    FunctionId parent = parentOf.get(part);
    while (parent != null && steps-- > 0) {
      if (parent.equals(whole)) {
        return true;
      }
      parent = parentOf.get(parent);
    }
    return false;
  }

  /** The thing a problem is about: its type and its code. */
  private static final class Subject {
    final String type;
    final String id;

    Subject(String type, String id) {
      this.type = type;
      this.id = id;
    }

    @Override
    public String toString() {
      return type + " " + id;
    }
  }

  /** Reference and date checks that add a problem naming the referring entity and its field. */
  private final class Checker {
    private final List<Problem> problems;
    private final Set<FootprintId> footprintIds;

    Checker(List<Problem> problems, Set<FootprintId> footprintIds) {
      this.problems = problems;
      this.footprintIds = footprintIds;
    }

    private boolean known(boolean present, Subject who, String field, Identifier<?> id, String type, String adder) {
      if (!present) {
        problems.add(new Problem(Problem.Kind.UNKNOWN_REFERENCE, who.type, who.id, fieldName(field), id.code(),
            who + ": " + field + " " + id + " is not " + type + " of this arrangement; add it with " + adder
            + "(…) or correct the id"));
      }
      return present;
    }

    boolean organisation(Subject who, String field, OrganisationId id) {
      return known(organisationById.contains(id), who, field, id, "an organisation", "addOrganisations");
    }

    boolean function(Subject who, String field, FunctionId id) {
      return known(functionById.contains(id), who, field, id, "a function", "addFunctions");
    }

    boolean footprint(Subject who, String field, FootprintId id) {
      return known(footprintIds.contains(id), who, field, id, "a footprint", "addFootprints");
    }

    boolean person(Subject who, String field, PersonId id) {
      return known(personById.contains(id), who, field, id, "a person", "addPeople");
    }

    boolean body(Subject who, String field, BodyId id) {
      return known(bodyById.contains(id), who, field, id, "a decision body", "addBodies");
    }

    boolean contract(Subject who, String field, ContractId id) {
      return known(contractById.contains(id), who, field, id, "a contract", "addContracts");
    }

    void period(Subject who, String field, DateRange period) {
      if (period.isInverted()) {
        problems.add(new Problem(Problem.Kind.INVERTED_DATE_RANGE, who.type, who.id, field, period.toString(),
            who + ": " + field + " " + period + " ends before it starts; correct the end date "
            + period.end().orElseThrow() + " or the start date " + period.start()));
      }
    }
  }

  /** The accessor a message's wording of a field stands for: "kept-back function" is {@code keptBack}. */
  private static String fieldName(String words) {
    return switch (words) {
      case "kept-back function" -> "keptBack";
      case "remit function" -> "remit";
      case "affected organisation" -> "affects";
      case "awarded-to organisation" -> "awardedTo";
      case "ratifying organisation" -> "ratifiedBy";
      case "participant" -> "participants";
      case "voter" -> "voters";
      case "withdrawn member" -> "withdrew";
      case "declaring member" -> "declarations";
      case "co-opted member" -> "coOpted";
      case "chair" -> "chairedBy";
      case "referred-to body" -> "referredTo";
      case "associate" -> "through";
      case "co-ordinating commissioner" -> "coordinatingCommissioner";
      case "associate commissioner" -> "associates";
      case "prime contract" -> "prime";
      case "successor" -> "successions.successor";
      case "succession footprint" -> "successions.footprint";
      case "succession function" -> "successions.function";
      default -> words;
    };
  }


  /**
   * Returns a new, empty builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding every part of this arrangement, to build a changed copy.
   * This instance is immutable and unaffected by changes to the builder.
   *
   * @return the builder, not null
   */
  public Builder toBuilder() {
    return new Builder().addAllAreas(areas).addAllFootprints(footprints).addAllOrganisations(organisations)
        .addAllAffiliations(affiliations).addAllFunctions(functions).addAllDuties(duties)
        .addAllDelegations(delegations).addAllPeople(people).addAllBodies(bodies)
        .addAllMemberships(memberships).addAllInterests(interests).addAllDecisions(decisions)
        .addAllWaivers(waivers).addAllContracts(contracts).addAllTransfers(transfers).law(law)
        .addAllExpectations(expectations);
  }

  /**
   * Returns a copy of this arrangement with an area in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param area the area, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Area area) {
    return toBuilder().put(area).build();
  }

  /**
   * Returns a copy of this arrangement with a footprint in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param footprint the footprint, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Footprint footprint) {
    return toBuilder().put(footprint).build();
  }

  /**
   * Returns a copy of this arrangement with an organisation in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param organisation the organisation, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Organisation organisation) {
    return toBuilder().put(organisation).build();
  }

  /**
   * Returns a copy of this arrangement with an affiliation in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param affiliation the affiliation, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Affiliation affiliation) {
    return toBuilder().put(affiliation).build();
  }

  /**
   * Returns a copy of this arrangement with a function in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param function the function, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(CommissioningFunction function) {
    return toBuilder().put(function).build();
  }

  /**
   * Returns a copy of this arrangement with a duty in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param duty the duty, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Duty duty) {
    return toBuilder().put(duty).build();
  }

  /**
   * Returns a copy of this arrangement with a delegation in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param delegation the delegation, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Delegation delegation) {
    return toBuilder().put(delegation).build();
  }

  /**
   * Returns a copy of this arrangement with a person in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param person the person, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Person person) {
    return toBuilder().put(person).build();
  }

  /**
   * Returns a copy of this arrangement with a decision body in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param body the body, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(DecisionBody body) {
    return toBuilder().put(body).build();
  }

  /**
   * Returns a copy of this arrangement with a membership in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param membership the membership, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Membership membership) {
    return toBuilder().put(membership).build();
  }

  /**
   * Returns a copy of this arrangement with an interest in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param interest the interest, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Interest interest) {
    return toBuilder().put(interest).build();
  }

  /**
   * Returns a copy of this arrangement with a decision in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param decision the decision, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Decision decision) {
    return toBuilder().put(decision).build();
  }

  /**
   * Returns a copy of this arrangement with a waiver in place of the one with the same finding key, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param waiver the waiver, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Waiver waiver) {
    return toBuilder().put(waiver).build();
  }

  /**
   * Returns a copy of this arrangement with a contract in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param contract the contract, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Contract contract) {
    return toBuilder().put(contract).build();
  }

  /**
   * Returns a copy of this arrangement with a transfer in place of the one with the same id, or added.
   * This instance is immutable and unaffected by this method call.
   *
   * @param transfer the transfer, not null
   * @return the new arrangement, not null
   * @throws InvalidArrangementException if the result has structural problems
   */
  public Arrangement with(Transfer transfer) {
    return toBuilder().put(transfer).build();
  }

  /**
   * Returns a copy of this arrangement judged under another law.
   * This instance is immutable and unaffected by this method call.
   *
   * @param law the law, not null
   * @return the new arrangement, not null
   */
  public Arrangement with(Law law) {
    return toBuilder().law(law).build();
  }

  /**
   * Returns a copy of this arrangement without the parts that have an id.
   * This instance is immutable and unaffected by this method call.
   *
   * @param id the id, not null
   * @return the new arrangement, not null
   * @throws IllegalArgumentException if no part has that id
   * @throws InvalidArrangementException if other parts still refer to it
   */
  public Arrangement without(Identifier<?> id) {
    return toBuilder().remove(id).build();
  }

  /**
   * Returns the declared areas, in id order.
   *
   * @return the declared areas, in id order
   */
  public List<Area> areas() {
    return areas;
  }

  /**
   * Returns the footprints, in id order.
   *
   * @return the footprints, in id order
   */
  public List<Footprint> footprints() {
    return footprints;
  }

  /**
   * Returns the organisations, in id order.
   *
   * @return the organisations, in id order
   */
  public List<Organisation> organisations() {
    return organisations;
  }

  /**
   * Returns the affiliations, in id order.
   *
   * @return the affiliations, in id order
   */
  public List<Affiliation> affiliations() {
    return affiliations;
  }

  /**
   * Returns the functions, in id order.
   *
   * @return the functions, in id order
   */
  public List<CommissioningFunction> functions() {
    return functions;
  }

  /**
   * Returns the duties, in id order.
   *
   * @return the duties, in id order
   */
  public List<Duty> duties() {
    return duties;
  }

  /**
   * Returns the delegations, in id order.
   *
   * @return the delegations, in id order
   */
  public List<Delegation> delegations() {
    return delegations;
  }

  /**
   * Returns the people, in id order.
   *
   * @return the people, in id order
   */
  public List<Person> people() {
    return people;
  }

  /**
   * Returns the decision bodies, in id order.
   *
   * @return the decision bodies, in id order
   */
  public List<DecisionBody> bodies() {
    return bodies;
  }

  /**
   * Returns the memberships, in id order.
   *
   * @return the memberships, in id order
   */
  public List<Membership> memberships() {
    return memberships;
  }

  /**
   * Returns the interests, in id order.
   *
   * @return the interests, in id order
   */
  public List<Interest> interests() {
    return interests;
  }

  /**
   * Returns the decisions, in id order.
   *
   * @return the decisions, in id order
   */
  public List<Decision> decisions() {
    return decisions;
  }

  /**
   * Returns the waivers, in rule id and subject key order.
   *
   * @return the waivers, in rule id and subject key order
   */
  public List<Waiver> waivers() {
    return waivers;
  }

  /**
   * Returns the contracts as stated, in id order.
   *
   * @return the contracts, not null, unmodifiable
   */
  public List<Contract> contracts() {
    return contracts;
  }

  /**
   * Returns what must be covered, in function, footprint, kind and period order.
   *
   * @return the coverage expectations, not null, unmodifiable
   */
  public List<CoverageExpectation> expectations() {
    return expectations;
  }

  /**
   * Returns the transfers, in id order.
   *
   * @return the transfers, not null, unmodifiable
   */
  public List<Transfer> transfers() {
    return transfers;
  }

  /**
   * Returns the law the arrangement is judged under; {@link Law#england()} unless set.
   *
   * @return the law, not null
   */
  public Law law() {
    return law;
  }

  /**
   * Returns the duties as the transfers leave them: each stated duty, in id order, cut at the day before
   * a transfer of its holder, followed by the parts the transfers give successors, in date order. Without
   * transfers, {@link #duties()}.
   * <pre>{@code
   * // a CCG's duty from 2013, and the CCG abolished on 1 July 2022 with an ICB its successor:
   * arrangement.effectiveDuties();   // the CCG's duty to 2022-06-30, the ICB's from 2022-07-01
   * }</pre>
   *
   * @return the duties, not null, unmodifiable
   */
  public List<Duty> effectiveDuties() {
    return effectiveDuties;
  }

  /**
   * Returns the delegations as the transfers leave them: each stated delegation at its position in
   * {@link #delegations()}, cut at a transfer of either party, followed by the parts carried to successors.
   *
   * @return the delegations, not null, unmodifiable
   */
  public List<Delegation> effectiveDelegations() {
    return effectiveDelegations;
  }

  /**
   * Returns the contracts as the transfers leave them: each stated contract at its position in
   * {@link #contracts()}, cut at a transfer of its commissioner or provider, followed by the parts carried to
   * successors.
   *
   * @return the contracts, not null, unmodifiable
   */
  public List<Contract> effectiveContracts() {
    return effectiveContracts;
  }

  /**
   * Returns the affiliations as the transfers leave them: each stated affiliation at its position in
   * {@link #affiliations()}, cut at a transfer of either party, followed by the seats and memberships
   * carried to successors (a CCG's seat on a joint committee passing to its ICB).
   *
   * @return the affiliations, not null, unmodifiable
   */
  public List<Affiliation> effectiveAffiliations() {
    return effectiveAffiliations;
  }

  /**
   * Returns the transfer that cut or carried a duty, delegation or contract, if one did.
   *
   * @param id the id of a stated or carried part, not null
   * @return the transfer, or empty if none touched it
   */
  public Optional<Transfer> transferOf(Identifier<?> id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(carriedBy.get(id));
  }

  /**
   * Returns the stated part a part the transfers carried descends from, however many transfers carried it: for
   * {@code X24-16C@2022-07-01>QHM/TEES}, the stated delegation {@code X24-16C}. A stated part is its own origin.
   *
   * @param <T> the type of id
   * @param id the id of a stated or carried duty, delegation, contract or affiliation, not null
   * @return the id of the stated part, not null
   */
  @SuppressWarnings("unchecked") // a carried part has an id of its stated part's type
  public <T extends Identifier<T>> T originOf(T id) {
    Objects.requireNonNull(id, "id");
    return (T) origins.getOrDefault(id, id);
  }

  /**
   * Returns the contract with an id.
   *
   * @param id the id, not null
   * @return the contract, or empty if none has that id
   */
  public Optional<Contract> contract(ContractId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(contractById.get(id));
  }

  /**
   * Returns the transfer with an id.
   *
   * @param id the id, not null
   * @return the transfer, or empty if none has that id
   */
  public Optional<Transfer> transfer(TransferId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(transferById.get(id));
  }

  /**
   * Returns the geography: the areas and footprints, with the parts of footprints that transfers give
   * successors when a successor takes only part of a footprint.
   *
   * @return the geography, not null
   */
  public Geography geography() {
    return geography;
  }

  /**
   * Finds an organisation by id.
   *
   * @param id the id, not null
   * @return the organisation, or empty if there is none with that id
   */
  public Optional<Organisation> organisation(OrganisationId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(organisationById.get(id));
  }

  /**
   * Finds a function by id.
   *
   * @param id the id, not null
   * @return the function, or empty if there is none with that id
   */
  public Optional<CommissioningFunction> function(FunctionId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(functionById.get(id));
  }

  /**
   * Finds a person by id.
   *
   * @param id the id, not null
   * @return the person, or empty if there is none with that id
   */
  public Optional<Person> person(PersonId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(personById.get(id));
  }

  /**
   * Finds a decision body by id.
   *
   * @param id the id, not null
   * @return the body, or empty if there is none with that id
   */
  public Optional<DecisionBody> body(BodyId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(bodyById.get(id));
  }

  /**
   * Finds a delegation by id.
   *
   * @param id the id, not null
   * @return the delegation, or empty if there is none with that id
   */
  public Optional<Delegation> delegation(DelegationId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(delegationById.get(id));
  }

  /**
   * Finds a decision by id.
   *
   * @param id the id, not null
   * @return the decision, or empty if there is none with that id
   */
  public Optional<Decision> decision(DecisionId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(decisionById.get(id));
  }

  /**
   * Finds a footprint by id.
   *
   * @param id the id, not null
   * @return the footprint, or empty if there is none with that id
   */
  public Optional<Footprint> footprint(FootprintId id) {
    Objects.requireNonNull(id, "id");
    return geography.footprint(id);
  }

  /**
   * Checks whether one function is another or one of its parts, at any depth.
   *
   * @param function the function, not null
   * @param ancestor the possible ancestor, not null
   * @return true if {@code function} is {@code ancestor} or lies under it in the function tree
   */
  public boolean isWithin(FunctionId function, FunctionId ancestor) {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(ancestor, "ancestor");
    return function.equals(ancestor) || isStrictPartOf(function, ancestor);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof Arrangement other)) {
      return false;
    }
    return Arrays.asList(areas, footprints, organisations, affiliations, functions, duties, delegations, people,
        bodies, memberships, interests, decisions, waivers, contracts, transfers, law, expectations).equals(
        Arrays.asList(other.areas, other.footprints, other.organisations, other.affiliations, other.functions,
        other.duties, other.delegations, other.people, other.bodies, other.memberships, other.interests,
        other.decisions, other.waivers, other.contracts, other.transfers, other.law, other.expectations));
  }

  @Override
  public int hashCode() {
    return Arrays.asList(areas, footprints, organisations, affiliations, functions, duties, delegations, people,
        bodies, memberships, interests, decisions, waivers, contracts, transfers, law, expectations).hashCode();
  }

  @Override
  public String toString() {
    Map<String, Integer> counts = new TreeMap<>();
    counts.put("footprints", footprints.size());
    counts.put("organisations", organisations.size());
    counts.put("functions", functions.size());
    counts.put("duties", duties.size());
    counts.put("delegations", delegations.size());
    counts.put("contracts", contracts.size());
    counts.put("transfers", transfers.size());
    counts.put("people", people.size());
    counts.put("bodies", bodies.size());
    counts.put("interests", interests.size());
    counts.put("decisions", decisions.size());
    return "Arrangement" + counts;
  }

  /**
   * A builder of {@link Arrangement}s. Parts may be added in any order; {@link #build()} checks the
   * structure. This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final List<Area> areas = new ArrayList<>();
    private final List<Footprint> footprints = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Affiliation> affiliations = new ArrayList<>();
    private final List<CommissioningFunction> functions = new ArrayList<>();
    private final List<Duty> duties = new ArrayList<>();
    private final List<Delegation> delegations = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<DecisionBody> bodies = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final List<Interest> interests = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    /** The sets and dates of the decisions and interests added so far, each kept once. */
    private final Map<Object, Object> shared = new HashMap<>();
    private final List<Waiver> waivers = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<CoverageExpectation> expectations = new ArrayList<>();
    private Law law = Law.england();

    private Builder() {
    }

    /**
     * Sets the law the arrangement is judged under; {@link Law#england()} unless set.
     *
     * @param law the law, not null
     * @return this builder
     */
    public Builder law(Law law) {
      this.law = Objects.requireNonNull(law, "law");
      return this;
    }

    /**
     * Puts a contract in place of the one with the same id, or adds it if there is none.
     *
     * @param contract the contract, not null
     * @return this builder
     */
    public Builder put(Contract contract) {
      put(contracts, Objects.requireNonNull(contract, "contract"), Contract::id);
      return this;
    }

    /**
     * Puts a transfer in place of the one with the same id, or adds it if there is none.
     *
     * @param transfer the transfer, not null
     * @return this builder
     */
    public Builder put(Transfer transfer) {
      put(transfers, Objects.requireNonNull(transfer, "transfer"), Transfer::id);
      return this;
    }

    /**
     * Adds contracts.
     *
     * @param items the contracts, not null
     * @return this builder
     */
    public Builder addContracts(Contract... items) {
      Objects.requireNonNull(items, "items");
      return addAllContracts(Arrays.asList(items));
    }

    /**
     * Adds contracts.
     *
     * @param items the contracts, not null
     * @return this builder
     */
    public Builder addAllContracts(Iterable<? extends Contract> items) {
      Objects.requireNonNull(items, "items");
      addAll(contracts, items, "contracts");
      return this;
    }

    /**
     * Adds coverage expectations: what must be held where.
     *
     * @param items the expectations, not null
     * @return this builder
     */
    public Builder addExpectations(CoverageExpectation... items) {
      Objects.requireNonNull(items, "items");
      return addAllExpectations(Arrays.asList(items));
    }

    /**
     * Adds coverage expectations: what must be held where.
     *
     * @param items the expectations, not null
     * @return this builder
     */
    public Builder addAllExpectations(Iterable<? extends CoverageExpectation> items) {
      Objects.requireNonNull(items, "items");
      addAll(expectations, items, "expectations");
      return this;
    }

    /**
     * Adds transfers.
     *
     * @param items the transfers, not null
     * @return this builder
     */
    public Builder addTransfers(Transfer... items) {
      Objects.requireNonNull(items, "items");
      return addAllTransfers(Arrays.asList(items));
    }

    /**
     * Adds transfers.
     *
     * @param items the transfers, not null
     * @return this builder
     */
    public Builder addAllTransfers(Iterable<? extends Transfer> items) {
      Objects.requireNonNull(items, "items");
      addAll(transfers, items, "transfers");
      return this;
    }

    /**
     * Puts an area in place of the one with the same id, or adds it if there is none.
     *
     * @param area the area, not null
     * @return this builder
     */
    public Builder put(Area area) {
      put(areas, Objects.requireNonNull(area, "area"), Area::id);
      return this;
    }

    /**
     * Puts a footprint in place of the one with the same id, or adds it if there is none.
     *
     * @param footprint the footprint, not null
     * @return this builder
     */
    public Builder put(Footprint footprint) {
      put(footprints, Objects.requireNonNull(footprint, "footprint"), Footprint::id);
      return this;
    }

    /**
     * Puts an organisation in place of the one with the same id, or adds it if there is none.
     *
     * @param organisation the organisation, not null
     * @return this builder
     */
    public Builder put(Organisation organisation) {
      put(organisations, Objects.requireNonNull(organisation, "organisation"), Organisation::id);
      return this;
    }

    /**
     * Puts an affiliation in place of the one with the same id, or adds it if there is none.
     *
     * @param affiliation the affiliation, not null
     * @return this builder
     */
    public Builder put(Affiliation affiliation) {
      put(affiliations, Objects.requireNonNull(affiliation, "affiliation"), Affiliation::id);
      return this;
    }

    /**
     * Puts a function in place of the one with the same id, or adds it if there is none.
     *
     * @param function the function, not null
     * @return this builder
     */
    public Builder put(CommissioningFunction function) {
      put(functions, Objects.requireNonNull(function, "function"), CommissioningFunction::id);
      return this;
    }

    /**
     * Puts a duty in place of the one with the same id, or adds it if there is none.
     *
     * @param duty the duty, not null
     * @return this builder
     */
    public Builder put(Duty duty) {
      put(duties, Objects.requireNonNull(duty, "duty"), Duty::id);
      return this;
    }

    /**
     * Puts a delegation in place of the one with the same id, or adds it if there is none.
     *
     * @param delegation the delegation, not null
     * @return this builder
     */
    public Builder put(Delegation delegation) {
      put(delegations, Objects.requireNonNull(delegation, "delegation"), Delegation::id);
      return this;
    }

    /**
     * Puts a person in place of the one with the same id, or adds it if there is none.
     *
     * @param person the person, not null
     * @return this builder
     */
    public Builder put(Person person) {
      put(people, Objects.requireNonNull(person, "person"), Person::id);
      return this;
    }

    /**
     * Puts a decision body in place of the one with the same id, or adds it if there is none.
     *
     * @param body the body, not null
     * @return this builder
     */
    public Builder put(DecisionBody body) {
      put(bodies, Objects.requireNonNull(body, "body"), DecisionBody::id);
      return this;
    }

    /**
     * Puts a membership in place of the one with the same id, or adds it if there is none.
     *
     * @param membership the membership, not null
     * @return this builder
     */
    public Builder put(Membership membership) {
      put(memberships, Objects.requireNonNull(membership, "membership"), Membership::id);
      return this;
    }

    /**
     * Puts an interest in place of the one with the same id, or adds it if there is none.
     *
     * @param interest the interest, not null
     * @return this builder
     */
    public Builder put(Interest interest) {
      put(interests, Objects.requireNonNull(interest, "interest"), Interest::id);
      return this;
    }

    /**
     * Puts a decision in place of the one with the same id, or adds it if there is none.
     *
     * @param decision the decision, not null
     * @return this builder
     */
    public Builder put(Decision decision) {
      put(decisions, Objects.requireNonNull(decision, "decision"), Decision::id);
      return this;
    }

    /**
     * Puts a waiver in place of the one with the same finding key, or adds it if there is none.
     *
     * @param waiver the waiver, not null
     * @return this builder
     */
    public Builder put(Waiver waiver) {
      put(waivers, Objects.requireNonNull(waiver, "waiver"), Waiver::key);
      return this;
    }

    /**
     * Removes every part with an id: the organisation with an {@link OrganisationId}, the decision with a
     * {@link DecisionId}, and so on. Parts that refer to it are left as they are, so that building reports
     * each reference left dangling.
     *
     * @param id the id, not null
     * @return this builder
     * @throws IllegalArgumentException if no part has that id
     */
    public Builder remove(Identifier<?> id) {
      Objects.requireNonNull(id, "id");
      int removed = removeIf(areas, Area::id, id) + removeIf(footprints, Footprint::id, id)
          + removeIf(organisations, Organisation::id, id) + removeIf(affiliations, Affiliation::id, id)
          + removeIf(functions, CommissioningFunction::id, id) + removeIf(duties, Duty::id, id)
          + removeIf(delegations, Delegation::id, id) + removeIf(people, Person::id, id)
          + removeIf(bodies, DecisionBody::id, id) + removeIf(memberships, Membership::id, id)
          + removeIf(interests, Interest::id, id) + removeIf(decisions, Decision::id, id)
          + removeIf(contracts, Contract::id, id) + removeIf(transfers, Transfer::id, id);
      if (removed == 0) {
        throw new IllegalArgumentException("Nothing to remove: no part of this arrangement has the "
            + id.getClass().getSimpleName() + " " + id + "; correct the id");
      }
      return this;
    }

    /**
     * Removes the waiver of a finding.
     *
     * @param key the key of the waived finding, not null
     * @return this builder
     * @throws IllegalArgumentException if no waiver has that key
     */
    public Builder removeWaiver(FindingKey key) {
      Objects.requireNonNull(key, "key");
      if (removeIf(waivers, Waiver::key, key) == 0) {
        throw new IllegalArgumentException("Nothing to remove: no waiver has the key " + key + "; correct the key");
      }
      return this;
    }

    private static <T> void put(List<T> list, T item, Function<T, ?> id) {
      Object key = id.apply(item);
      for (int i = 0; i < list.size(); i++) {
        if (id.apply(list.get(i)).equals(key)) {
          list.set(i, item);
          list.removeIf(other -> other != item && id.apply(other).equals(key));
          return;
        }
      }
      list.add(item);
    }

    private static <T> int removeIf(List<T> list, Function<T, ?> id, Object key) {
      int before = list.size();
      list.removeIf(item -> id.apply(item).equals(key));
      return before - list.size();
    }

    private static <T> void addAll(List<T> into, Iterable<? extends T> items, String what) {
      int at = 0;
      for (T item : items) {
        int position = at++;
        into.add(Objects.requireNonNull(item, () -> what + ": element " + position + " is null"));
      }
    }

    /**
     * Adds areas, to name them.
     *
     * @param items the areas, not null
     * @return this builder
     */
    public Builder addAreas(Area... items) {
      Objects.requireNonNull(items, "items");
      return addAllAreas(Arrays.asList(items));
    }

    /**
     * Adds areas, to name them.
     *
     * @param items the areas, not null
     * @return this builder
     */
    public Builder addAllAreas(Iterable<? extends Area> items) {
      Objects.requireNonNull(items, "items");
      addAll(areas, items, "areas");
      return this;
    }

    /**
     * Adds footprints.
     *
     * @param items the footprints, not null
     * @return this builder
     */
    public Builder addFootprints(Footprint... items) {
      Objects.requireNonNull(items, "items");
      return addAllFootprints(Arrays.asList(items));
    }

    /**
     * Adds footprints.
     *
     * @param items the footprints, not null
     * @return this builder
     */
    public Builder addAllFootprints(Iterable<? extends Footprint> items) {
      Objects.requireNonNull(items, "items");
      addAll(footprints, items, "footprints");
      return this;
    }

    /**
     * Adds organisations.
     *
     * @param items the organisations, not null
     * @return this builder
     */
    public Builder addOrganisations(Organisation... items) {
      Objects.requireNonNull(items, "items");
      return addAllOrganisations(Arrays.asList(items));
    }

    /**
     * Adds organisations.
     *
     * @param items the organisations, not null
     * @return this builder
     */
    public Builder addAllOrganisations(Iterable<? extends Organisation> items) {
      Objects.requireNonNull(items, "items");
      addAll(organisations, items, "organisations");
      return this;
    }

    /**
     * Adds affiliations.
     *
     * @param items the affiliations, not null
     * @return this builder
     */
    public Builder addAffiliations(Affiliation... items) {
      Objects.requireNonNull(items, "items");
      return addAllAffiliations(Arrays.asList(items));
    }

    /**
     * Adds affiliations.
     *
     * @param items the affiliations, not null
     * @return this builder
     */
    public Builder addAllAffiliations(Iterable<? extends Affiliation> items) {
      Objects.requireNonNull(items, "items");
      addAll(affiliations, items, "affiliations");
      return this;
    }

    /**
     * Adds functions.
     *
     * @param items the functions, not null
     * @return this builder
     */
    public Builder addFunctions(CommissioningFunction... items) {
      Objects.requireNonNull(items, "items");
      return addAllFunctions(Arrays.asList(items));
    }

    /**
     * Adds functions.
     *
     * @param items the functions, not null
     * @return this builder
     */
    public Builder addAllFunctions(Iterable<? extends CommissioningFunction> items) {
      Objects.requireNonNull(items, "items");
      addAll(functions, items, "functions");
      return this;
    }

    /**
     * Adds duties.
     *
     * @param items the duties, not null
     * @return this builder
     */
    public Builder addDuties(Duty... items) {
      Objects.requireNonNull(items, "items");
      return addAllDuties(Arrays.asList(items));
    }

    /**
     * Adds duties.
     *
     * @param items the duties, not null
     * @return this builder
     */
    public Builder addAllDuties(Iterable<? extends Duty> items) {
      Objects.requireNonNull(items, "items");
      addAll(duties, items, "duties");
      return this;
    }

    /**
     * Adds delegations.
     *
     * @param items the delegations, not null
     * @return this builder
     */
    public Builder addDelegations(Delegation... items) {
      Objects.requireNonNull(items, "items");
      return addAllDelegations(Arrays.asList(items));
    }

    /**
     * Adds delegations.
     *
     * @param items the delegations, not null
     * @return this builder
     */
    public Builder addAllDelegations(Iterable<? extends Delegation> items) {
      Objects.requireNonNull(items, "items");
      addAll(delegations, items, "delegations");
      return this;
    }

    /**
     * Adds people.
     *
     * @param items the people, not null
     * @return this builder
     */
    public Builder addPeople(Person... items) {
      Objects.requireNonNull(items, "items");
      return addAllPeople(Arrays.asList(items));
    }

    /**
     * Adds people.
     *
     * @param items the people, not null
     * @return this builder
     */
    public Builder addAllPeople(Iterable<? extends Person> items) {
      Objects.requireNonNull(items, "items");
      addAll(people, items, "people");
      return this;
    }

    /**
     * Adds decision bodies.
     *
     * @param items the bodies, not null
     * @return this builder
     */
    public Builder addBodies(DecisionBody... items) {
      Objects.requireNonNull(items, "items");
      return addAllBodies(Arrays.asList(items));
    }

    /**
     * Adds decision bodies.
     *
     * @param items the bodies, not null
     * @return this builder
     */
    public Builder addAllBodies(Iterable<? extends DecisionBody> items) {
      Objects.requireNonNull(items, "items");
      addAll(bodies, items, "bodies");
      return this;
    }

    /**
     * Adds memberships.
     *
     * @param items the memberships, not null
     * @return this builder
     */
    public Builder addMemberships(Membership... items) {
      Objects.requireNonNull(items, "items");
      return addAllMemberships(Arrays.asList(items));
    }

    /**
     * Adds memberships.
     *
     * @param items the memberships, not null
     * @return this builder
     */
    public Builder addAllMemberships(Iterable<? extends Membership> items) {
      Objects.requireNonNull(items, "items");
      addAll(memberships, items, "memberships");
      return this;
    }

    /**
     * Adds interests.
     *
     * @param items the interests, not null
     * @return this builder
     */
    public Builder addInterests(Interest... items) {
      Objects.requireNonNull(items, "items");
      return addAllInterests(Arrays.asList(items));
    }

    /**
     * Adds interests.
     *
     * @param items the interests, not null
     * @return this builder
     */
    public Builder addAllInterests(Iterable<? extends Interest> items) {
      Objects.requireNonNull(items, "items");
      int from = interests.size();
      addAll(interests, items, "interests");
      for (int i = from; i < interests.size(); i++) {
        interests.set(i, sharing(interests.get(i), shared));
      }
      return this;
    }

    /**
     * Adds decisions.
     *
     * @param items the decisions, not null
     * @return this builder
     */
    public Builder addDecisions(Decision... items) {
      Objects.requireNonNull(items, "items");
      return addAllDecisions(Arrays.asList(items));
    }

    /**
     * Adds decisions.
     *
     * @param items the decisions, not null
     * @return this builder
     */
    public Builder addAllDecisions(Iterable<? extends Decision> items) {
      Objects.requireNonNull(items, "items");
      int from = decisions.size();
      addAll(decisions, items, "decisions");
      // shared as they come, so that the copies given can be garbage before the arrangement is built
      for (int i = from; i < decisions.size(); i++) {
        decisions.set(i, sharing(decisions.get(i), shared));
      }
      return this;
    }

    /**
     * Adds waivers.
     *
     * @param items the waivers, not null
     * @return this builder
     */
    public Builder addWaivers(Waiver... items) {
      Objects.requireNonNull(items, "items");
      return addAllWaivers(Arrays.asList(items));
    }

    /**
     * Adds waivers.
     *
     * @param items the waivers, not null
     * @return this builder
     */
    public Builder addAllWaivers(Iterable<? extends Waiver> items) {
      Objects.requireNonNull(items, "items");
      addAll(waivers, items, "waivers");
      return this;
    }

    /**
     * Builds the arrangement, checking its structure.
     *
     * @return the arrangement, not null
     * @throws InvalidArrangementException listing every structural problem
     */
    public Arrangement build() {
      return new Arrangement(this);
    }
  }
}
