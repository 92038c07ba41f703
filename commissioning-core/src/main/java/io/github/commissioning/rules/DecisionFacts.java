package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.Parallel;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * For every decision, computed once per check: each recorded person's conflicts and the chair; and, for a
 * decision with conflicts, the attendance the quorum rules count.
 */
final class DecisionFacts {

  /** One decision's facts. */
  static final class Entry {
    /** A role of {@link #roles}: the person took part in the discussion. */
    static final int TOOK_PART = 1;
    /** A role of {@link #roles}: the person voted. */
    static final int VOTED = 2;
    /** A role of {@link #roles}: the person withdrew. */
    static final int WITHDREW = 4;
    /** A role of {@link #roles}: the person declared an interest at the meeting. */
    static final int DECLARED = 8;
    /**
     * A bit of {@link DecisionFacts#flags()}: the chair is conflicted. Bits 0 to 15 are the roles the people with
     * conflicts had: bit {@code r} for someone whose {@link #roles} were {@code r}.
     */
    static final int CHAIR_CONFLICTED = 1 << 16;
    /** A bit of {@link DecisionFacts#flags()}: more than half the voting members present were conflicted. */
    static final int MOSTLY_CONFLICTED = 1 << 17;
    /** A bit of {@link DecisionFacts#flags()}: fewer than the body's quorum remain once the conflicted leave. */
    static final int BELOW_QUORUM = 1 << 18;
    /** A bit of {@link DecisionFacts#flags()}: the decision is a procurement or awards a contract. */
    static final int PROCUREMENT = 1 << 19;

    /** The arrangement's decisions, of which this entry's is the one at {@link #position}; null for none. */
    private final @Nullable List<Decision> decisions;
    /** The decision's position in the arrangement's decisions. */
    final int position;
    /**
     * A decision with the same record (the same people in the same roles), and the decision's date: all that
     * the entry reads of the decision itself.
     */
    private final @Nullable Decision record;
    private final @Nullable LocalDate date;
    private final List<Membership> members;
    Optional<PersonId> chair = Optional.empty();
    /** The people with conflicts, in id order, and the roles each had in the decision, as bits. */
    private PersonId[] withConflicts = new PersonId[0];
    private byte[] roles = new byte[0];
    /**
     * The conflicts of each of {@link #withConflicts}, as the search found them, and as made in full on first use.
     * Two threads may make the same list at once: each makes an equal one, and either is kept.
     */
    private InterestIndex.Found[] found = new InterestIndex.Found[0];
    private @Nullable List<Conflict>[] made = newLists(0);
    private final @Nullable InterestIndex index;
    /** The bits of {@link DecisionFacts#flags()}. */
    private int flags;
    /** How many voting members were present, how many of them conflicted, and how many left with the co-opted. */
    int presentCount;
    int conflictedCount;
    int remainingCount;
    /** Who they are, each in id order: made on first use, for a finding's evidence. */
    private @Nullable List<PersonId> present;
    private @Nullable List<PersonId> conflicted;
    private @Nullable List<PersonId> remaining;

    Entry(@Nullable List<Decision> decisions, int position, @Nullable Decision record, @Nullable LocalDate date,
        List<Membership> members, @Nullable InterestIndex index) {
      this.decisions = decisions;
      this.position = position;
      this.record = record;
      this.date = date;
      this.members = members;
      this.index = index;
    }

    @SuppressWarnings("unchecked") // an array of lists, every element null
    private static @Nullable List<Conflict>[] newLists(int size) {
      return (List<Conflict>[]) new List<?>[size];
    }

    /**
     * The decision. The rules judge what the entry holds first, and read the decision only for a finding: the
     * few thousand decisions with conflicts lie scattered in memory, and each rule would otherwise load each.
     */
    Decision decision() {
      return Objects.requireNonNull(decisions).get(position);
    }

    /** A person's conflicts on the decision, in interest id order; empty if they have none. */
    List<Conflict> conflictsOf(PersonId person) {
      int k = indexOf(person);
      return k < 0 ? List.of() : conflicts(k);
    }

    /**
     * The conflicts of the {@code k}th of {@link #withConflicts}, made on first use: reading the decision and the
     * interests, scattered in memory, only for the decisions a rule reports on.
     */
    List<Conflict> conflicts(int k) {
      List<Conflict> conflicts = made[k];
      if (conflicts == null) {
        conflicts = Objects.requireNonNull(index).conflicts(found[k], decision());
        made[k] = conflicts;
      }
      return conflicts;
    }

    /** The place of a person among {@link #withConflicts}, or -1. */
    private int indexOf(PersonId person) {
      for (int k = 0; k < withConflicts.length; k++) {
        if (withConflicts[k] == person || withConflicts[k].equals(person)) {
          return k;
        }
      }
      return -1;
    }

    /**
     * The people with conflicts on the decision, in id order: a rule about some of the people a decision records
     * tests these few, rather than sorting all it records. The caller must not change the array.
     */
    PersonId[] withConflicts() {
      return withConflicts;
    }

    /** The roles the {@code k}th of {@link #withConflicts} had in the decision, as bits. */
    int roles(int k) {
      return roles[k];
    }

    /** Whether roles (bits of {@link #roles}) are those of someone who took part or voted, and did not withdraw. */
    static boolean isTakingPart(int roles) {
      return (roles & (TOOK_PART | VOTED)) != 0 && (roles & WITHDREW) == 0;
    }

    /** The voting members present, in id order. */
    List<PersonId> present() {
      return Objects.requireNonNull(attendance().present);
    }

    /** The voting members present who are conflicted, in id order. */
    List<PersonId> conflicted() {
      return Objects.requireNonNull(attendance().conflicted);
    }

    /** The voting members present who are neither conflicted nor withdrew, with the co-opted, in id order. */
    List<PersonId> remaining() {
      return Objects.requireNonNull(attendance().remaining);
    }

    /**
     * Counts the voting members present, those conflicted, and those left with the co-opted; only with conflicts.
     * Those present are the voting members the record names, or, if it names nobody, every voting member. The
     * people are counted by hash, not sorted: who they are is found only for a finding.
     *
     * @param recorded everyone the decision's record names, taking part, voting or withdrawing, once each
     * @param voting the voting members of the decision's body on its date
     */
    void countAttendance(Recorded recorded, Set<PersonId> voting) {
      if (!Objects.requireNonNull(record).coOpted().isEmpty()) {
        attendance();   // the few with co-opted members: counted from the people
        presentCount = Objects.requireNonNull(present).size();
        conflictedCount = Objects.requireNonNull(conflicted).size();
        remainingCount = Objects.requireNonNull(remaining).size();
        return;
      }
      if (recorded.people.length == 0) {
        for (PersonId person : voting) {
          count(person, false);
        }
        return;
      }
      for (int k = 0; k < recorded.people.length; k++) {
        if (voting.contains(recorded.people[k])) {
          count(recorded.people[k], recorded.withdrew[k]);
        }
      }
    }

    /**
     * Counts as {@link #countAttendance} does, for a record that names people and no co-opted member, by
     * position: a person named is present if they hold a voting seat on the body that day, and conflicted if
     * among {@code conflictedAt}. Nobody's id is read.
     *
     * @param recorded everyone the decision's record names, once each
     * @param positions their positions in the arrangement's people
     * @param seats the positions of the body's memberships
     * @param columns the memberships' columns
     * @param day the decision's epoch day
     * @param conflictedAt the positions of the people with conflicts
     */
    void countAttendance(Recorded recorded, int[] positions, int[] seats, Access.Seats columns, long day,
        int[] conflictedAt) {
      for (int k = 0; k < positions.length; k++) {
        int person = positions[k];
        if (!columns.votes(seats, person, day)) {
          continue;
        }
        presentCount++;
        boolean conflicted = false;
        for (int c = 0; c < conflictedAt.length && !conflicted; c++) {
          conflicted = conflictedAt[c] == person;
        }
        if (conflicted) {
          conflictedCount++;
        } else if (!recorded.withdrew[k]) {
          remainingCount++;
        }
      }
    }

    private void count(PersonId present, boolean withdrew) {
      presentCount++;
      if (indexOf(present) >= 0) {
        conflictedCount++;
      } else if (!withdrew) {
        remainingCount++;
      }
    }

    /** The voting members, among a body's members, on a date. */
    static Set<PersonId> voting(List<Membership> members, LocalDate date) {
      Set<PersonId> voting = new HashSet<>();
      for (Membership m : members) {
        if (m.isVoting() && m.period().contains(date)) {
          voting.add(m.person());
        }
      }
      return voting;
    }

    /** Finds who was present, conflicted and remaining, as {@link #countAttendance} counts them. */
    private Entry attendance() {
      if (present != null) {
        return this;
      }
      Decision decision = Objects.requireNonNull(record);
      Set<PersonId> voting = voting(members, Objects.requireNonNull(date));
      SortedSet<PersonId> recorded = new TreeSet<>(decision.participants());
      recorded.addAll(decision.voters());
      recorded.addAll(decision.withdrew());
      List<PersonId> present = new ArrayList<>();
      List<PersonId> conflicted = new ArrayList<>();
      SortedSet<PersonId> remaining = new TreeSet<>(decision.coOpted());
      for (PersonId person : recorded.isEmpty() ? new TreeSet<>(voting) : recorded) {
        if (voting.contains(person)) {
          present.add(person);
          if (indexOf(person) >= 0) {
            conflicted.add(person);
          } else if (!decision.withdrew().contains(person)) {
            remaining.add(person);
          }
        }
      }
      this.present = Collections.unmodifiableList(present);
      this.conflicted = Collections.unmodifiableList(conflicted);
      this.remaining = List.copyOf(remaining);
      return this;
    }
  }

  /**
   * Everyone a record names, once each, in the order taking part, then voting, then withdrawing, and whether
   * each withdrew.
   */
  private static final class Recorded {
    final PersonId[] people;
    final boolean[] withdrew;
    /** Who the record says chaired, if it says, and their position in the arrangement's people (or -1). */
    final @Nullable PersonId chairedBy;
    final int chairAt;

    Recorded(PersonId[] people, boolean[] withdrew, @Nullable PersonId chairedBy, int chairAt) {
      this.people = people;
      this.withdrew = withdrew;
      this.chairedBy = chairedBy;
      this.chairAt = chairAt;
    }
  }

  /** The entry of every decision without conflicts: only decisions with conflicts keep one of their own. */
  private static final Entry NO_CONFLICTS = new Entry(null, -1, null, null, List.of(), null);

  private final Entry[] entries;
  private final Arrangement arrangement;
  /** The positions of the decisions with conflicts, in order: the few the conflict rules judge. */
  private final int[] conflicted;
  /** The flags of each of {@link #conflicted}, in the same order. */
  private final int[] flags;

  private DecisionFacts(Analysis analysis) {
    InterestIndex index = InterestIndex.of(analysis);
    Facts facts = Facts.of(analysis);
    arrangement = analysis.arrangement();
    entries = new Entry[arrangement.decisions().size()];
    // decisions are independent: judge them on the check's executor if it has one, each into its own slot,
    // each chunk of them with its own scratch space; a decision is read only if it may have a conflict (merely
    // loading each of 200,000 decisions, scattered in memory, takes longer than the search)
    Parallel.forEach(entries.length, analysis.executor(), () -> new Search(index, analysis.arrangement()),
        (search, i) -> entries[i] = search.entry(i, facts.bodyAt(i), facts));
    int count = 0;
    for (Entry entry : entries) {
      count += entry == NO_CONFLICTS ? 0 : 1;
    }
    conflicted = new int[count];
    flags = new int[count];
    count = 0;
    for (int i = 0; i < entries.length; i++) {
      if (entries[i] != NO_CONFLICTS) {
        flags[count] = entries[i].flags;
        conflicted[count++] = i;
      }
    }
  }

  /**
   * Returns what each decision of {@link #conflicted()} may be reported for, in the same order, as bits: bit
   * {@code r} (0 to 15) if someone with conflicts had the roles {@code r} (bits of {@link Entry#roles}), and
   * {@link Entry#CHAIR_CONFLICTED}, {@link Entry#MOSTLY_CONFLICTED}, {@link Entry#BELOW_QUORUM} and {@link
   * Entry#PROCUREMENT}. A rule passes over a decision without the bits it reports on, reading one int, not the
   * entry. The caller must not change the array.
   */
  int[] flags() {
    return flags;
  }

  /**
   * Returns the positions, in the arrangement's list of decisions, of the decisions with conflicts, in order.
   * The caller must not change the array.
   */
  int[] conflicted() {
    return conflicted;
  }

  /**
   * The search of decisions for conflicts, one after another, reusing its scratch space: the organisations the
   * decision names, found once, the people already considered, and the conflicts found.
   */
  private static final class Search {
    private final InterestIndex index;
    /** The record of each decision as a number, a decision with each record, and each decision's date. */
    private final int[] records;
    private final List<Decision> recordExamples;
    private final LocalDate[] dates;
    private final long[] days;
    private final Access.Seats columns;
    private final List<Membership> memberships;
    private final byte[][] recordRoles;
    private final Arrangement arrangement;
    /** The last chair's seat and their id, read once for a run of decisions with the same chair. */
    private int chairSeat = -1;
    private @Nullable PersonId chairId;
    private final InterestIndex.Named names = new InterestIndex.Named();
    private final List<Decision> decisions;
    /** The decision's position in the arrangement's decisions, and its date. */
    private int position;
    private @Nullable LocalDate date;
    private boolean named;
    /**
     * The people with interests considered for the decision: a few in an array, more in a set, so that a crowd
     * stays linear.
     */
    private final PersonId[] seen = new PersonId[16];
    private int seenCount;
    private final Set<PersonId> seenMany = new HashSet<>();
    /** The people found conflicted on the decision, in the order found, and their conflicts. */
    private PersonId[] conflictedPeople = new PersonId[4];
    private InterestIndex.Found[] conflictsFound = new InterestIndex.Found[4];
    private int conflictedCount;
    private final int[] procurement;
    /**
     * The voting members of the body of the last decision with conflicts on its date: a meeting's decisions
     * come one after another, each with the same.
     */
    private @Nullable List<Membership> votingOf;
    private @Nullable LocalDate votingOn;
    private Set<PersonId> voting = Set.of();

    Search(InterestIndex index, Arrangement arrangement) {
      this.index = index;
      this.procurement = Access.procurementDecisions(arrangement);
      this.records = Access.records(arrangement);
      this.recordExamples = Access.recordExamples(arrangement);
      this.dates = Access.decisionDates(arrangement);
      this.days = Access.decisionDays(arrangement);
      this.columns = Access.seats(arrangement);
      this.memberships = arrangement.memberships();
      this.recordRoles = Access.recordRoles(arrangement);
      this.arrangement = arrangement;
      this.decisions = arrangement.decisions();
      this.interested = new PersonId[recordExamples.size()][];
      this.interestedHoldings = new InterestIndex.Holdings[recordExamples.size()][];
      this.recordPeople = Access.recordPeople(arrangement);
      this.recordWithdrew = Access.recordWithdrew(arrangement);
      this.recordPositions = Access.recordPersonPositions(arrangement);
      this.recorded = new Recorded[recordExamples.size()];
      this.recordReach = new long[recordExamples.size()][];
    }

    /** The filter of {@link InterestIndex#reach} of the people each record names with interests, found on first use. */
    private final long[][] recordReach;

    /**
     * The people each record names who hold interests, by record number: taking part, then voting, then
     * withdrawing, each once. Found on first use: a record is shared by many decisions, and most of the people
     * it names hold none.
     */
    private final @Nullable PersonId[][] interested;
    /** The interests of each of {@link #interested}, by record number, found with them. */
    private final InterestIndex.Holdings[][] interestedHoldings;
    /** Who each record names, whether each withdrew, and their positions, from the arrangement's columns. */
    private final PersonId[][] recordPeople;
    private final boolean[][] recordWithdrew;
    private final int[][] recordPositions;
    /** Everyone each record names, by record number, found on first use. */
    private final @Nullable Recorded[] recorded;

    private Recorded recorded(int number) {
      Recorded people = recorded[number];
      if (people == null) {
        PersonId chairedBy = recordExamples.get(number).chairedBy().orElse(null);
        people = new Recorded(recordPeople[number], recordWithdrew[number], chairedBy,
            chairedBy == null ? -1 : Access.indexOf(arrangement, chairedBy));
        recorded[number] = people;
      }
      return people;
    }

    /** The people a record names who hold interests, in the order {@link Recorded} gives them. */
    private PersonId[] interested(int number) {
      List<PersonId> people = new ArrayList<>();
      List<InterestIndex.Holdings> holdings = new ArrayList<>();
      PersonId[] named = recordPeople[number];
      int[] positions = recordPositions[number];
      for (int k = 0; k < named.length; k++) {
        // by position: the person's id is not read unless the person holds interests
        InterestIndex.Holdings held = index.holdingsAt(positions[k]);
        if (held != null) {
          people.add(named[k]);
          holdings.add(held);
        }
      }
      interestedHoldings[number] = holdings.toArray(InterestIndex.Holdings[]::new);
      return people.toArray(PersonId[]::new);
    }

    /** Finds the conflicts on the decision of a person with interests, once however often the record names them. */
    private void consider(PersonId person, InterestIndex.Holdings holdings) {
      if (seenCount < seen.length) {
        for (int k = 0; k < seenCount; k++) {
          if (seen[k] == person || seen[k].equals(person)) {
            return;
          }
        }
        seen[seenCount++] = person;
      } else {
        if (seenMany.isEmpty()) {
          seenMany.addAll(Arrays.asList(seen));
        }
        if (!seenMany.add(person)) {
          return;
        }
      }
      if (!named) {
        index.name(position, names);
        named = true;
      }
      InterestIndex.Found found = index.find(holdings, Objects.requireNonNull(date), names);
      if (found != null) {
        if (conflictedCount == conflictedPeople.length) {
          conflictedPeople = Arrays.copyOf(conflictedPeople, conflictedCount * 2);
          conflictsFound = Arrays.copyOf(conflictsFound, conflictedCount * 2);
        }
        conflictedPeople[conflictedCount] = person;
        conflictsFound[conflictedCount++] = found;
      }
    }

    /** The id of the person in the membership at a position, kept for a run of decisions with the same chair. */
    private PersonId chairOf(int seat) {
      PersonId id = chairId;
      if (seat != chairSeat || id == null) {
        id = memberships.get(seat).person();
        chairSeat = seat;
        chairId = id;
      }
      return id;
    }

    /** The voting members of a body on a date, as {@link Entry#voting} finds them; found once for a run. */
    @SuppressWarnings("ReferenceEquality") // the last instances, kept for a run: not a test of equality
    private Set<PersonId> voting(List<Membership> members, LocalDate date) {
      if (members != votingOf || date != votingOn) {
        voting = Entry.voting(members, date);
        votingOf = members;
        votingOn = date;
      }
      return voting;
    }

    /** The entry of a decision; the shared {@link #NO_CONFLICTS}, made once, for one without conflicts. */
    @SuppressWarnings("ReferenceEquality") // a set shared, not a test of equality: an equal copy is considered again
    Entry entry(int position, int body, Facts facts) {
      this.position = position;
      // the people from a decision with the same record, the date from the arrangement's column: the decision
      // itself is read only if it has conflicts (a body's decisions often share a record, read once for them all)
      int number = records[position];
      // who the record names and who it says chaired, found once for the record: the shared decision with the
      // record is read only for a decision with conflicts
      Recorded recordedPeople = recorded(number);
      LocalDate date = dates[position];
      this.date = date;
      named = false;
      Arrays.fill(seen, 0, seenCount, null);
      seenCount = 0;
      seenMany.clear();
      Arrays.fill(conflictedPeople, 0, conflictedCount, null);
      Arrays.fill(conflictsFound, 0, conflictedCount, null);
      conflictedCount = 0;
      // the body's seats from the arrangement's columns: a member's id is read only if they hold interests
      long day = days[position];
      boolean recorded = recordedPeople.people.length > 0;
      int[] seats = facts.membershipsAtBody(body);
      int seatedChair = -1;
      for (int s : recorded ? facts.chairsAtBody(body) : seats) {
        if (columns.holds(s, day)) {
          if (columns.roles()[s] == Role.CHAIR && seatedChair < 0) {
            seatedChair = s;
          }
          if (!recorded && columns.voting()[s]) {
            InterestIndex.Holdings held = index.holdingsAt(columns.people()[s]);
            if (held != null) {
              consider(memberships.get(s).person(), held);
            }
          }
        }
      }
      PersonId chair = recordedPeople.chairedBy;
      if (chair != null) {
        InterestIndex.Holdings held = recordedPeople.chairAt >= 0 ? index.holdingsAt(recordedPeople.chairAt)
            : index.holdingsOf(chair);
        if (held != null) {
          consider(chair, held);
        }
      } else if (seatedChair >= 0) {
        InterestIndex.Holdings held = index.holdingsAt(columns.people()[seatedChair]);
        if (held != null) {
          chair = chairOf(seatedChair);
          consider(chair, held);
        }
      }
      PersonId[] withInterests = interested[number];
      if (withInterests == null) {
        withInterests = interested(number);
        interested[number] = withInterests;
      }
      InterestIndex.Holdings[] holdings = interestedHoldings[number];
      if (withInterests.length > 0) {
        // the organisations the record's people may be conflicted through, as a filter, found once for the
        // record: a decision that names none of them is passed over without testing an interest
        long[] reach = recordReach[number];
        if (reach == null) {
          reach = new long[4];
          for (InterestIndex.Holdings held : holdings) {
            index.reach(held, reach);
          }
          recordReach[number] = reach;
        }
        if (!named) {
          index.name(position, names);
          named = true;
        }
        if (InterestIndex.mayReach(reach, names)) {
          for (int k = 0; k < withInterests.length; k++) {
            consider(withInterests[k], holdings[k]);
          }
        }
      }
      if (conflictedCount == 0) {
        return NO_CONFLICTS;
      }
      if (chair == null && seatedChair >= 0) {
        chair = chairOf(seatedChair);
      }
      // the roles from the record's column, found among the people it names by the very id the search took from
      // there; the record's sets only for someone it does not name so (a chair found from the seats)
      Decision record = recordExamples.get(number);
      List<Membership> members = facts.membersOfBody(body);
      Entry entry = new Entry(decisions, position, record, date, members, index);
      // the people in id order, each with what the search found: a few, sorted by insertion
      PersonId[] people = Arrays.copyOf(conflictedPeople, conflictedCount);
      InterestIndex.Found[] founds = Arrays.copyOf(conflictsFound, conflictedCount);
      for (int k = 1; k < people.length; k++) {
        for (int j = k; j > 0 && people[j - 1].compareTo(people[j]) > 0; j--) {
          PersonId p = people[j];
          people[j] = people[j - 1];
          people[j - 1] = p;
          InterestIndex.Found f = founds[j];
          founds[j] = founds[j - 1];
          founds[j - 1] = f;
        }
      }
      entry.found = founds;
      entry.made = Entry.newLists(people.length);
      byte[] roles = new byte[people.length];
      int[] conflictedAt = new int[people.length];
      PersonId[] named = recordPeople[number];
      int[] namedAt = recordPositions[number];
      byte[] namedRoles = recordRoles[number];
      for (int k = 0; k < people.length; k++) {
        PersonId person = people[k];
        int found = -1;
        for (int j = 0; j < named.length && found < 0; j++) {
          found = named[j] == person ? j : -1;
        }
        if (found >= 0) {
          roles[k] = (byte) (namedRoles[found] & (Entry.TOOK_PART | Entry.VOTED | Entry.WITHDREW | Entry.DECLARED));
          conflictedAt[k] = namedAt[found];
        } else {
          roles[k] = (byte) ((record.participants().contains(person) ? Entry.TOOK_PART : 0)
              | (record.voters().contains(person) ? Entry.VOTED : 0)
              | (record.withdrew().contains(person) ? Entry.WITHDREW : 0)
              | (record.declarations().contains(person) ? Entry.DECLARED : 0));
          conflictedAt[k] = Access.indexOf(arrangement, person);
        }
      }
      entry.withConflicts = people;
      entry.roles = roles;
      entry.chair = Optional.ofNullable(chair);
      if (!recorded || !record.coOpted().isEmpty()) {
        entry.countAttendance(recordedPeople, voting(members, date));
      } else {
        entry.countAttendance(recordedPeople, namedAt, seats, columns, day, conflictedAt);
      }
      entry.flags = flags(entry, roles, chair, facts.body(position).quorum());
      return entry;
    }

    /** The bits of {@link DecisionFacts#flags()} for an entry, its people's roles and its chair, once counted. */
    private int flags(Entry entry, byte[] roles, @Nullable PersonId chair, int quorum) {
      int flags = 0;
      for (byte role : roles) {
        flags |= 1 << (role & 15);
      }
      if (chair != null && entry.indexOf(chair) >= 0) {
        flags |= Entry.CHAIR_CONFLICTED;
      }
      if (entry.conflictedCount > 0 && entry.conflictedCount * 2 > entry.presentCount) {
        flags |= Entry.MOSTLY_CONFLICTED;
      }
      if (entry.conflictedCount > 0 && entry.remainingCount < quorum) {
        flags |= Entry.BELOW_QUORUM;
      }
      if (Arrays.binarySearch(procurement, entry.position) >= 0) {
        flags |= Entry.PROCUREMENT;
      }
      return flags;
    }
  }

  static DecisionFacts of(Analysis analysis) {
    return analysis.shared(DecisionFacts.class, DecisionFacts::new);
  }

  Entry of(Decision decision) {
    return entries[Access.indexOf(arrangement, decision.id())];
  }

  /** The entry of the decision at a position of the arrangement's list of decisions. */
  Entry at(int position) {
    return entries[position];
  }
}
