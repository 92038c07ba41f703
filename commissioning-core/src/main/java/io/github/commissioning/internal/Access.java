package io.github.commissioning.internal;

import static java.util.Objects.requireNonNull;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.geography.Area;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.Geography;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import io.github.commissioning.value.Problem;
import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The positional and set-based views of public types that the analysis and the rules need and users
 * must not see (the pattern of the JDK's {@code SharedSecrets}). Each public type registers its view in
 * its static initialiser; since every method here takes an instance of that type, the type is initialised
 * and its view registered before it is asked for. Not API: this package is not exported.
 */
public final class Access {

  /** What {@link Arrangement} shares: positions in its id-ordered lists. */
  public interface ArrangementView {
    /**
     * Returns what the arrangement's transfers leave with nobody.
     *
     * @param arrangement the arrangement
     * @return the gaps, in the order found
     */
    List<SuccessionGap> successionGaps(Arrangement arrangement);

    /**
     * Returns the position of an organisation in {@code organisations()}.
     *
     * @param arrangement the arrangement
     * @param id the id
     * @return the position, or -1 if absent
     */
    int indexOf(Arrangement arrangement, OrganisationId id);

    /**
     * Returns the position of a delegation in {@code effectiveDelegations()}.
     *
     * @param arrangement the arrangement
     * @param id the id
     * @return the position, or -1 if absent
     */
    int indexOf(Arrangement arrangement, DelegationId id);

    /**
     * Returns the position of a decision in {@code decisions()}.
     *
     * @param arrangement the arrangement
     * @param id the id
     * @return the position, or -1 if absent
     */
    int indexOf(Arrangement arrangement, DecisionId id);

    /**
     * Returns the position of a decision body in {@code bodies()}.
     *
     * @param arrangement the arrangement
     * @param id the id
     * @return the position, or -1 if absent
     */
    int indexOf(Arrangement arrangement, BodyId id);

    /**
     * Returns the position of a person in {@code people()}.
     *
     * @param arrangement the arrangement
     * @param id the id
     * @return the position, or -1 if absent
     */
    int indexOf(Arrangement arrangement, PersonId id);

    /**
     * Returns the position of the organisation that the item at a position names as a party.
     *
     * @param arrangement the arrangement
     * @param party which party, and so which of the arrangement's lists the item is in
     * @param item the item's position in that list
     * @return the organisation's position in {@code organisations()} (the person's in {@code people()}), or -1
     *     if it names none of them
     */
    int partyIndex(Arrangement arrangement, Party party, int item);

    /**
     * Returns the positions of the organisations that the items of one list name as a party.
     *
     * @param arrangement the arrangement
     * @param party which party
     * @return the positions, as {@link Access#partyPositions(Arrangement, Party)} gives them
     */
    int[] partyPositions(Arrangement arrangement, Party party);

    /**
     * Returns, for each of {@code decisions()}, the positions of the organisations it names.
     *
     * @param arrangement the arrangement
     * @return the positions, as {@link Access#decisionNames(Arrangement)} gives them
     */
    IntLists decisionNames(Arrangement arrangement);

    /**
     * Returns, for each of {@code transfers()}, the positions of its successors.
     *
     * @param arrangement the arrangement
     * @return the positions, as {@link Access#transferSuccessors(Arrangement)} gives them
     */
    IntLists transferSuccessors(Arrangement arrangement);

    /**
     * Returns what the checks test first about each item of the arrangement's lists.
     *
     * @param arrangement the arrangement
     * @return the columns
     */
    Columns columns(Arrangement arrangement);
  }

  /** What {@link Geography} shares: its area index and footprints as area sets. */
  public interface GeographyView {
    /**
     * Returns the index of the areas.
     *
     * @param geography the geography
     * @return the index
     */
    AreaIndex index(Geography geography);

    /**
     * Returns the areas of a footprint.
     *
     * @param geography the geography
     * @param footprint the footprint
     * @return its areas
     * @throws IllegalArgumentException if the footprint is unknown
     */
    AreaSet areas(Geography geography, FootprintId footprint);

    /**
     * Returns the set of some areas.
     *
     * @param geography the geography
     * @param areas the areas
     * @return their set
     * @throws IllegalArgumentException if an area is unknown
     */
    AreaSet areas(Geography geography, Collection<AreaId> areas);

    /**
     * Returns the structural problems of some areas and footprints.
     *
     * @param areas the areas
     * @param footprints the footprints
     * @return one message per problem; empty if none
     */
    List<Problem> problems(Collection<Area> areas, Collection<Footprint> footprints);

    /**
     * Returns a footprint id derived from other codes, which may be longer than a code a user gives.
     *
     * @param code the code
     * @return the id
     */
    FootprintId derivedFootprintId(String code);
  }

  /** What {@link DateRange} shares: its half-open epoch days, computed once. */
  public interface DateRangeView {
    /**
     * Returns the first day of a range as an epoch day.
     *
     * @param range the range
     * @return its first epoch day
     */
    long startDay(DateRange range);

    /**
     * Returns the day after the last day of a range as an epoch day.
     *
     * @param range the range
     * @return the epoch day after its end, or {@link Long#MAX_VALUE} if it is open-ended
     */
    long endExclusiveDay(DateRange range);
  }

  private static volatile @Nullable DateRangeView dateRanges;
  private static volatile @Nullable ArrangementView arrangements;
  private static volatile @Nullable GeographyView geographies;
  private static volatile @Nullable Function<Accountability, Timelines> timelines;

  private Access() {
  }

  /**
   * Registers the view of date ranges; called once, by {@link DateRange}.
   *
   * @param view the view
   */
  public static void setDateRange(DateRangeView view) {
    dateRanges = Objects.requireNonNull(view);
  }

  /**
   * Returns the first day of a range as an epoch day.
   *
   * @param range the range
   * @return its first epoch day
   */
  public static long startDay(DateRange range) {
    return requireNonNull(dateRanges).startDay(range);
  }

  /**
   * Returns the day after the last day of a range as an epoch day.
   *
   * @param range the range
   * @return the epoch day after its end, or {@link Long#MAX_VALUE} if it is open-ended
   */
  public static long endExclusiveDay(DateRange range) {
    return requireNonNull(dateRanges).endExclusiveDay(range);
  }

  /**
   * Registers the view of arrangements; called once, by {@link Arrangement}.
   *
   * @param view the view
   */
  public static void setArrangement(ArrangementView view) {
    arrangements = Objects.requireNonNull(view);
  }

  /**
   * Registers the view of geographies; called once, by {@link Geography}.
   *
   * @param view the view
   */
  public static void setGeography(GeographyView view) {
    geographies = Objects.requireNonNull(view);
  }

  /**
   * Registers the view of accountabilities; called once, by {@link Accountability}.
   *
   * @param view the view
   */
  public static void setAccountability(Function<Accountability, Timelines> view) {
    timelines = Objects.requireNonNull(view);
  }

  /**
   * Returns the position of an organisation in {@code organisations()}.
   *
   * @param arrangement the arrangement
   * @param id the id
   * @return the position, or -1 if absent
   */
  public static int indexOf(Arrangement arrangement, OrganisationId id) {
    return requireNonNull(arrangements).indexOf(arrangement, id);
  }

  /**
   * Returns the position of a delegation in {@code effectiveDelegations()}.
   *
   * @param arrangement the arrangement
   * @param id the id
   * @return the position, or -1 if absent
   */
  public static int indexOf(Arrangement arrangement, DelegationId id) {
    return requireNonNull(arrangements).indexOf(arrangement, id);
  }

  /**
   * Returns the position of a decision in {@code decisions()}.
   *
   * @param arrangement the arrangement
   * @param id the id
   * @return the position, or -1 if absent
   */
  public static int indexOf(Arrangement arrangement, DecisionId id) {
    return requireNonNull(arrangements).indexOf(arrangement, id);
  }

  /**
   * Returns the position of a person in an arrangement's {@code people()}.
   *
   * @param arrangement the arrangement
   * @param id the id
   * @return the position, or -1 if absent
   */
  public static int indexOf(Arrangement arrangement, PersonId id) {
    return requireNonNull(arrangements).indexOf(arrangement, id);
  }

  /**
   * Returns the position of a decision body in an arrangement's {@code bodies()}.
   *
   * @param arrangement the arrangement
   * @param id the id
   * @return the position, or -1 if absent
   */
  public static int indexOf(Arrangement arrangement, BodyId id) {
    return requireNonNull(arrangements).indexOf(arrangement, id);
  }

  /**
   * Returns what an arrangement's transfers leave with nobody.
   *
   * @param arrangement the arrangement
   * @return the gaps, in the order found
   */
  public static List<SuccessionGap> successionGaps(Arrangement arrangement) {
    return requireNonNull(arrangements).successionGaps(arrangement);
  }

  /**
   * An organisation (or, for {@link #INTEREST_PERSON}, a person, and for {@link #DECISION_BODY}, a decision body)
   * that the items of one of an arrangement's lists name, resolved to its position once, when the arrangement is
   * built, for every check to read.
   */
  public enum Party {
    /** The delegator of each of {@code effectiveDelegations()}. */
    DELEGATOR,
    /** The delegate of each of {@code effectiveDelegations()}. */
    DELEGATE,
    /** The commissioner of each of {@code effectiveContracts()}. */
    COMMISSIONER,
    /** The provider of each of {@code effectiveContracts()}. */
    PROVIDER,
    /** The organisation of each of {@code interests()}. */
    INTEREST_ORGANISATION,
    /** The member of each of {@code effectiveAffiliations()}. */
    MEMBER,
    /** The parent of each of {@code effectiveAffiliations()}. */
    PARENT,
    /** The person of each of {@code interests()}, as a position in {@code people()}. */
    INTEREST_PERSON,
    /** The body of each of {@code decisions()}, as a position in {@code bodies()}. */
    DECISION_BODY,
    /** The holder of each of {@code effectiveDuties()}. */
    HOLDER,
    /** The body of each of {@code memberships()}, as a position in {@code bodies()}. */
    MEMBERSHIP_BODY,
    /** The person of each of {@code memberships()}, as a position in {@code people()}. */
    MEMBERSHIP_PERSON,
    /** The organisation of each of {@code bodies()}. */
    BODY_ORGANISATION,
    /** The predecessor of each of {@code transfers()}. */
    TRANSFER_PREDECESSOR
  }

  /**
   * One of an arrangement's lists whose items each have a period, read once when the arrangement is built, so
   * that a check that first compares periods reads the items it may report on and no others. Date ranges are
   * shared between equal ones, so the periods of a long list are a few objects.
   */
  public enum Dated {
    /** The period of each of {@code effectiveDuties()}. */
    DUTY,
    /** The period of each of {@code effectiveDelegations()}. */
    DELEGATION,
    /** The term of each of {@code effectiveContracts()}. */
    CONTRACT,
    /** The period of each of {@code interests()}. */
    INTEREST
  }

  /**
   * Returns the period of each item of one of an arrangement's lists, by the item's position.
   *
   * @param arrangement the arrangement
   * @param list which list
   * @return the periods; the caller must not change them
   */
  public static DateRange[] periods(Arrangement arrangement, Dated list) {
    return requireNonNull(arrangements).columns(arrangement).periods[list.ordinal()];
  }

  /**
   * Returns the positions in {@code effectiveContracts()}, in order, of the contracts in a chain: those that name
   * a prime contract or are of the sub-contract form. Most arrangements have none.
   *
   * @param arrangement the arrangement
   * @return the positions; the caller must not change them
   */
  public static int[] chainedContracts(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).chainedContracts;
  }

  /**
   * One of an arrangement's lists that is not in id order (the transfers append what they carry), ranked in id
   * order once when the arrangement is built: the analysis orders items of it by rank, comparing ints, not ids.
   */
  public enum Ranked {
    /** {@code effectiveDuties()}. */
    DUTY,
    /** {@code effectiveDelegations()}. */
    DELEGATION
  }

  /**
   * Returns the position of the item at each rank in id order, of one of an arrangement's lists.
   *
   * @param arrangement the arrangement
   * @param list which list
   * @return the positions, the first that of the item with the least id; the caller must not change them
   */
  public static int[] byRank(Arrangement arrangement, Ranked list) {
    return requireNonNull(arrangements).columns(arrangement).byRank[list.ordinal()];
  }

  /**
   * Returns the rank in id order of the item at each position, of one of an arrangement's lists.
   *
   * @param arrangement the arrangement
   * @param list which list
   * @return the ranks, 0 for the item with the least id; the caller must not change them
   */
  public static int[] ranks(Arrangement arrangement, Ranked list) {
    return requireNonNull(arrangements).columns(arrangement).ranks[list.ordinal()];
  }

  /**
   * Returns the mechanism of each of an arrangement's effective delegations, by position, read once when it is
   * built.
   *
   * @param arrangement the arrangement
   * @return the mechanisms; the caller must not change them
   */
  public static Mechanism[] mechanisms(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).mechanisms;
  }

  /**
   * Returns the function of each of an arrangement's effective delegations, by position, read once when it is
   * built.
   *
   * @param arrangement the arrangement
   * @return the functions; the caller must not change them
   */
  public static FunctionId[] delegationFunctions(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).delegationFunctions;
  }

  /**
   * Returns the positions in {@code effectiveDelegations()}, in order, of the delegations that record liability
   * as moving to the delegate. Most arrangements have none.
   *
   * @param arrangement the arrangement
   * @return the positions; the caller must not change them
   */
  public static int[] liabilityRecorded(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).liabilityRecorded;
  }

  /**
   * Returns whether each of an arrangement's effective delegations permits onward delegation, by position, read
   * once when it is built.
   *
   * @param arrangement the arrangement
   * @return the flags; the caller must not change them
   */
  public static boolean[] onwardPermitted(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).onward;
  }

  /**
   * Returns the footprint of each of an arrangement's effective delegations, by position, read once when it is
   * built.
   *
   * @param arrangement the arrangement
   * @return the footprints; the caller must not change them
   */
  public static FootprintId[] delegationFootprints(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).delegationFootprints;
  }

  /**
   * Returns the function of each of an arrangement's effective duties, by position, read once when it is built.
   *
   * @param arrangement the arrangement
   * @return the functions; the caller must not change them
   */
  public static FunctionId[] dutyFunctions(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).dutyFunctions;
  }

  /**
   * Returns the footprint of each of an arrangement's effective duties, by position, read once when it is built.
   *
   * @param arrangement the arrangement
   * @return the footprints; the caller must not change them
   */
  public static FootprintId[] dutyFootprints(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).dutyFootprints;
  }

  /**
   * Returns the positions in {@code effectiveDelegations()}, in order, of the delegations that keep back parts
   * of their function. Most arrangements have few.
   *
   * @param arrangement the arrangement
   * @return the positions; the caller must not change them
   */
  public static int[] keepingBack(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).keptBack;
  }

  /**
   * Returns the kind of each of an arrangement's organisations, by position, read once when it is built.
   *
   * @param arrangement the arrangement
   * @return the kinds; the caller must not change them
   */
  public static OrganisationKind[] kinds(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).kinds;
  }

  /**
   * Returns when each of an arrangement's organisations existed, by position, read once when it is built.
   *
   * @param arrangement the arrangement
   * @return the date ranges; the caller must not change them
   */
  public static DateRange[] existences(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).existences;
  }

  /**
   * Returns the footprint each of an arrangement's organisations serves, by position, null for one that serves
   * none, read once when it is built.
   *
   * @param arrangement the arrangement
   * @return the footprints; the caller must not change them
   */
  public static @Nullable FootprintId[] organisationFootprints(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).organisationFootprints;
  }

  /**
   * Returns the positions in {@code decisions()}, in order, of the procurement decisions: those marked as
   * procurement or awarding a contract. Many arrangements have few.
   *
   * @param arrangement the arrangement
   * @return the positions; the caller must not change them
   */
  public static int[] procurementDecisions(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).procurementDecisions;
  }

  /**
   * Returns the record of each of an arrangement's decisions, by position, as a number: two decisions have the
   * same number if and only if they record the same people in the same ways (taking part, voting, withdrawing,
   * declaring, permitted to stay, co-opted, and chairing). A body's decisions often share a record, so a check
   * that depends only on it and the date reads one decision of each record, from {@link #recordExamples}.
   *
   * @param arrangement the arrangement
   * @return the numbers, from 0; the caller must not change them
   */
  public static int[] records(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).records;
  }

  /**
   * Returns, for each record number of {@link #records}, the first decision with that record.
   *
   * @param arrangement the arrangement
   * @return the decisions, by record number
   */
  public static List<Decision> recordExamples(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).recordExamples;
  }

  /**
   * Returns, for each record number of {@link #records}, everyone the record names, once each: those taking part,
   * then those voting, then those withdrawing, each in id order.
   *
   * @param arrangement the arrangement
   * @return the people, by record number; the caller must not change them
   */
  public static PersonId[][] recordPeople(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).recordPeople;
  }

  /**
   * Returns, for each record number of {@link #records}, whether each of {@link #recordPeople} withdrew.
   *
   * @param arrangement the arrangement
   * @return the flags, by record number; the caller must not change them
   */
  public static boolean[][] recordWithdrew(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).recordWithdrew;
  }

  /**
   * Returns, for each record number of {@link #records}, the position in {@code people()} of each of
   * {@link #recordPeople}, or -1 for a person the arrangement does not hold.
   *
   * @param arrangement the arrangement
   * @return the positions, by record number; the caller must not change them
   */
  public static int[][] recordPersonPositions(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).recordPersonPositions;
  }

  /** A bit of {@link #recordRoles}: the person took part in the discussion. */
  public static final int TOOK_PART = 1;
  /** A bit of {@link #recordRoles}: the person voted. */
  public static final int VOTED = 2;
  /** A bit of {@link #recordRoles}: the person withdrew. */
  public static final int WITHDREW = 4;
  /** A bit of {@link #recordRoles}: the person declared an interest at the meeting. */
  public static final int DECLARED = 8;
  /** A bit of {@link #recordRoles}: the record says the person chaired. */
  public static final int CHAIRED = 16;
  /** A bit of {@link #recordRoles}: the person was co-opted. */
  public static final int CO_OPTED = 32;

  /**
   * Returns, for each record number of {@link #records}, the roles the record gives each of {@link #recordPeople},
   * as the bits {@link #TOOK_PART}, {@link #VOTED}, {@link #WITHDREW}, {@link #DECLARED}, {@link #CHAIRED} and
   * {@link #CO_OPTED}.
   *
   * @param arrangement the arrangement
   * @return the roles, by record number; the caller must not change them
   */
  public static byte[][] recordRoles(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).recordRoles;
  }

  /**
   * Returns the date of each of an arrangement's decisions as an epoch day, by position.
   *
   * @param arrangement the arrangement
   * @return the days; the caller must not change them
   */
  public static long[] decisionDays(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).decisionDays;
  }

  /**
   * Returns each of {@code memberships()}'s seat as columns by position: its first epoch day and the epoch day
   * after its last ({@link Long#MAX_VALUE} if open-ended), whether it votes, its role, and its posts as bits
   * ({@code 1 << post.ordinal()}).
   *
   * @param arrangement the arrangement
   * @return the seats; the caller must not change them
   */
  public static Seats seats(Arrangement arrangement) {
    Columns columns = requireNonNull(arrangements).columns(arrangement);
    return new Seats(columns.membershipFrom, columns.membershipUntil, columns.membershipVoting,
        columns.membershipRoles, columns.membershipPosts,
        requireNonNull(arrangements).partyPositions(arrangement, Party.MEMBERSHIP_PERSON));
  }

  /**
   * The memberships of an arrangement as columns by position (see {@link #seats}); the caller must not change
   * the arrays.
   *
   * @param from each membership's first epoch day
   * @param until the epoch day after each membership's last, or {@link Long#MAX_VALUE}
   * @param voting whether each votes
   * @param roles each one's role
   * @param posts each one's posts, as bits
   * @param people each one's person, as a position in {@code people()}
   */
  public record Seats(long[] from, long[] until, boolean[] voting, Role[] roles, int[] posts, int[] people) {

    /** Whether the membership at a position holds on an epoch day. */
    public boolean holds(int membership, long day) {
      return from[membership] <= day && day < until[membership];
    }

    /**
     * Whether a person, by position in {@code people()}, holds a voting seat on a day among some memberships,
     * given by position; false for -1, a person the arrangement does not hold.
     */
    public boolean votes(int[] seats, int person, long day) {
      for (int s = 0; s < seats.length && person >= 0; s++) {
        int seat = seats[s];
        if (people[seat] == person && voting[seat] && holds(seat, day)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the membership at a position holds a post. */
    public boolean hasPost(int membership, Designation post) {
      return (posts[membership] & (1 << post.ordinal())) != 0;
    }
  }

  /** The value of a {@link Day} column for an item without that day. */
  public static final long NO_DAY = Long.MIN_VALUE;

  /** A day of each item of one of an arrangement's lists, as an epoch day, read once when it is built. */
  public enum Day {
    /** The day the person became aware of each of {@code interests()}, if recorded; else {@link #NO_DAY}. */
    INTEREST_AWARE,
    /** The day each of {@code interests()} was declared, if it was; else {@link #NO_DAY}. */
    INTEREST_DECLARED
  }

  /**
   * Returns a day of each item of one of an arrangement's lists, by the item's position.
   *
   * @param arrangement the arrangement
   * @param column which day
   * @return the epoch days, {@link #NO_DAY} where an item has none; the caller must not change them
   */
  public static long[] days(Arrangement arrangement, Day column) {
    return requireNonNull(arrangements).columns(arrangement).days[column.ordinal()];
  }

  /**
   * Returns the date of each of an arrangement's decisions, by position, read once when it is built. The model
   * shares equal dates, so a long list of decisions names a few hundred date objects.
   *
   * @param arrangement the arrangement
   * @return the dates; the caller must not change them
   */
  public static LocalDate[] decisionDates(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).decisionDates;
  }

  /**
   * Returns the function of each of an arrangement's decisions, by position.
   *
   * @param arrangement the arrangement
   * @return the functions; the caller must not change them
   */
  public static FunctionId[] decisionFunctions(Arrangement arrangement) {
    return requireNonNull(arrangements).columns(arrangement).decisionFunctions;
  }

  /**
   * Returns the position of the organisation that the item at a position names as a party.
   *
   * @param arrangement the arrangement
   * @param party which party, and so which of the arrangement's lists the item is in
   * @param item the item's position in that list
   * @return the organisation's position in {@code organisations()} (the person's in {@code people()}, the
   *     body's in {@code bodies()}), or -1 if it names none of them
   */
  public static int partyIndex(Arrangement arrangement, Party party, int item) {
    return requireNonNull(arrangements).partyIndex(arrangement, party, item);
  }

  /**
   * Returns, for each item of one of an arrangement's lists, the position of the organisation it names as a
   * party, as {@link #partyIndex} gives them one by one.
   *
   * @param arrangement the arrangement
   * @param party which party, and so which of the arrangement's lists the items are in
   * @return the positions, by item; the caller must not change them
   */
  public static int[] partyPositions(Arrangement arrangement, Party party) {
    return requireNonNull(arrangements).partyPositions(arrangement, party);
  }

  /**
   * Returns, for each of {@code decisions()}, the positions in {@code organisations()} of the organisations it
   * names: those it affects, in order, then the one it awards a contract to if it does not affect it; -1 for
   * an organisation the arrangement does not hold.
   *
   * @param arrangement the arrangement
   * @return the positions, by decision; the caller must not change them
   */
  public static IntLists decisionNames(Arrangement arrangement) {
    return requireNonNull(arrangements).decisionNames(arrangement);
  }

  /**
   * Returns, for each of {@code transfers()}, the positions in {@code organisations()} of the successors its
   * successions name, in order, a successor named twice given twice; -1 for one the arrangement does not hold.
   *
   * @param arrangement the arrangement
   * @return the positions, by transfer; the caller must not change them
   */
  public static IntLists transferSuccessors(Arrangement arrangement) {
    return requireNonNull(arrangements).transferSuccessors(arrangement);
  }

  /**
   * Returns the index of a geography's areas.
   *
   * @param geography the geography
   * @return the index
   */
  public static AreaIndex index(Geography geography) {
    return requireNonNull(geographies).index(geography);
  }

  /**
   * Returns the areas of a footprint.
   *
   * @param geography the geography
   * @param footprint the footprint
   * @return its areas
   * @throws IllegalArgumentException if the footprint is unknown
   */
  public static AreaSet areas(Geography geography, FootprintId footprint) {
    return requireNonNull(geographies).areas(geography, footprint);
  }

  /**
   * Returns the set of some areas.
   *
   * @param geography the geography
   * @param areas the areas
   * @return their set
   * @throws IllegalArgumentException if an area is unknown
   */
  public static AreaSet areas(Geography geography, Collection<AreaId> areas) {
    return requireNonNull(geographies).areas(geography, areas);
  }

  /**
   * Returns the structural problems of some areas and footprints.
   *
   * @param areas the areas
   * @param footprints the footprints
   * @return one message per problem; empty if none
   */
  public static List<Problem> geographyProblems(Collection<Area> areas, Collection<Footprint> footprints) {
    initialise(Geography.class);
    return requireNonNull(geographies).problems(areas, footprints);
  }

  private static void initialise(Class<?> type) {
    try {
      MethodHandles.lookup().ensureInitialized(type);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns a footprint id derived from other codes, which may be longer than a code a user gives.
   *
   * @param code the code
   * @return the id
   */
  public static FootprintId derivedFootprintId(String code) {
    initialise(Geography.class);
    return requireNonNull(geographies).derivedFootprintId(code);
  }

  /**
   * Returns the timelines behind an accountability.
   *
   * @param accountability the accountability
   * @return its timelines
   */
  public static Timelines timelines(Accountability accountability) {
    return requireNonNull(timelines).apply(accountability);
  }
}
