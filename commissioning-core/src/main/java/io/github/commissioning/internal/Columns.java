package io.github.commissioning.internal;

import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractForm;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * What the checks test first about each item of an arrangement's lists, read once when the arrangement is
 * built and kept beside it as arrays by position: periods, days, mechanisms, record numbers, id ranks, and
 * the positions of the few items of some kinds. A check that tests these first reads an item itself only
 * when it may report on it, so that a pass over a long list reads a few small arrays rather than every item.
 * The model shares equal dates, date ranges and sets, so the arrays of references point to a few objects.
 * <p>
 * {@link Access} reads them; nothing else may. The arrays are never changed once built.
 */
public final class Columns {

  final DateRange[][] periods;
  final int[] chainedContracts;
  final int[] procurementDecisions;
  final Mechanism[] mechanisms;
  final FunctionId[] delegationFunctions;
  final int[] liabilityRecorded;
  final boolean[] onward;
  final FunctionId[] dutyFunctions;
  final FootprintId[] dutyFootprints;
  final FootprintId[] delegationFootprints;
  final int[] keptBack;
  final OrganisationKind[] kinds;
  final DateRange[] existences;
  final @Nullable FootprintId[] organisationFootprints;
  final int[] records;
  final List<Decision> recordExamples;
  final PersonId[][] recordPeople;
  final boolean[][] recordWithdrew;
  final int[][] recordPersonPositions;
  final long[][] days;
  final LocalDate[] decisionDates;
  final long[] decisionDays;
  final byte[][] recordRoles;
  final long[] membershipFrom;
  final long[] membershipUntil;
  final boolean[] membershipVoting;
  final Role[] membershipRoles;
  final int[] membershipPosts;
  final FunctionId[] decisionFunctions;
  final int[][] byRank;
  final int[][] ranks;

  private Columns(List<Organisation> organisations, List<Duty> duties, List<Delegation> delegations,
      List<Contract> contracts, List<Interest> interests, List<Decision> decisions, List<Membership> memberships,
      ToIntFunction<PersonId> personPosition) {
    periods = new DateRange[][] {
        duties.stream().map(Duty::period).toArray(DateRange[]::new),
        delegations.stream().map(Delegation::period).toArray(DateRange[]::new),
        contracts.stream().map(Contract::term).toArray(DateRange[]::new),
        interests.stream().map(Interest::period).toArray(DateRange[]::new)};
    chainedContracts = IntStream.range(0, contracts.size())
        .filter(i -> contracts.get(i).prime().isPresent() || contracts.get(i).form() == ContractForm.SUB_CONTRACT)
        .toArray();
    procurementDecisions = IntStream.range(0, decisions.size())
        .filter(i -> decisions.get(i).isProcurement() || decisions.get(i).awardedTo().isPresent())
        .toArray();
    mechanisms = delegations.stream().map(Delegation::mechanism).toArray(Mechanism[]::new);
    delegationFunctions = delegations.stream().map(Delegation::function).toArray(FunctionId[]::new);
    liabilityRecorded = IntStream.range(0, delegations.size())
        .filter(i -> delegations.get(i).isLiabilityTransferRecorded())
        .toArray();
    onward = new boolean[delegations.size()];
    for (int i = 0; i < onward.length; i++) {
      onward[i] = delegations.get(i).isOnwardDelegationPermitted();
    }
    delegationFootprints = delegations.stream().map(Delegation::footprint).toArray(FootprintId[]::new);
    dutyFunctions = duties.stream().map(Duty::function).toArray(FunctionId[]::new);
    dutyFootprints = duties.stream().map(Duty::footprint).toArray(FootprintId[]::new);
    keptBack = IntStream.range(0, delegations.size())
        .filter(i -> !delegations.get(i).keptBack().isEmpty())
        .toArray();
    kinds = organisations.stream().map(Organisation::kind).toArray(OrganisationKind[]::new);
    existences = organisations.stream().map(Organisation::existence).toArray(DateRange[]::new);
    organisationFootprints = new FootprintId[organisations.size()];
    for (int i = 0; i < organisationFootprints.length; i++) {
      organisationFootprints[i] = organisations.get(i).footprint().orElse(null);
    }
    records = new int[decisions.size()];
    List<Decision> examples = new ArrayList<>();
    Map<List<Object>, Integer> numbers = new HashMap<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      records[i] = numbers.computeIfAbsent(List.of(d.participants(), d.voters(), d.withdrew(), d.declarations(),
          d.permittedToStay(), d.coOpted(), d.chairedBy()), k -> {
            examples.add(d);
            return examples.size() - 1;
          });
    }
    recordExamples = List.copyOf(examples);
    // who each record names, once each, taking part, then voting, then withdrawing, and whether each withdrew,
    // with their positions among the people: a check reads these, not the people's ids
    recordPeople = new PersonId[examples.size()][];
    recordWithdrew = new boolean[examples.size()][];
    recordPersonPositions = new int[examples.size()][];
    recordRoles = new byte[examples.size()][];
    for (int r = 0; r < examples.size(); r++) {
      Decision example = examples.get(r);
      Map<PersonId, Boolean> named = new LinkedHashMap<>();
      for (PersonId person : example.participants()) {
        named.put(person, false);
      }
      for (PersonId person : example.voters()) {
        named.put(person, false);
      }
      for (PersonId person : example.withdrew()) {
        named.put(person, true);
      }
      recordPeople[r] = named.keySet().toArray(PersonId[]::new);
      recordWithdrew[r] = new boolean[named.size()];
      recordPersonPositions[r] = new int[named.size()];
      recordRoles[r] = new byte[named.size()];
      int k = 0;
      for (Map.Entry<PersonId, Boolean> person : named.entrySet()) {
        recordWithdrew[r][k] = person.getValue();
        recordRoles[r][k] = roles(example, person.getKey());
        recordPersonPositions[r][k++] = personPosition.applyAsInt(person.getKey());
      }
    }
    days = new long[][] {
        interests.stream().mapToLong(i -> i.becameAware().map(LocalDate::toEpochDay).orElse(Access.NO_DAY)).toArray(),
        interests.stream().mapToLong(i -> i.declared().map(LocalDate::toEpochDay).orElse(Access.NO_DAY)).toArray()};
    decisionDates = decisions.stream().map(Decision::date).toArray(LocalDate[]::new);
    decisionDays = decisions.stream().mapToLong(d -> d.date().toEpochDay()).toArray();
    membershipFrom = memberships.stream().mapToLong(m -> Days.start(m.period())).toArray();
    membershipUntil = memberships.stream().mapToLong(m -> Days.endExclusive(m.period())).toArray();
    membershipVoting = new boolean[memberships.size()];
    membershipPosts = new int[memberships.size()];
    for (int i = 0; i < memberships.size(); i++) {
      membershipVoting[i] = memberships.get(i).isVoting();
      for (Designation post : memberships.get(i).designations()) {
        membershipPosts[i] |= 1 << post.ordinal();
      }
    }
    membershipRoles = memberships.stream().map(Membership::role).toArray(Role[]::new);
    decisionFunctions = decisions.stream().map(Decision::function).toArray(FunctionId[]::new);
    byRank = new int[][] {byRank(duties, Duty::id), byRank(delegations, Delegation::id)};
    ranks = new int[][] {ranks(byRank[0]), ranks(byRank[1])};
  }

  /** The roles a record gives a person it names, as the bits of {@link Access#TOOK_PART} and the others. */
  private static byte roles(Decision record, PersonId person) {
    return (byte) ((record.participants().contains(person) ? Access.TOOK_PART : 0)
        | (record.voters().contains(person) ? Access.VOTED : 0)
        | (record.withdrew().contains(person) ? Access.WITHDREW : 0)
        | (record.declarations().contains(person) ? Access.DECLARED : 0)
        | (record.chairedBy().filter(person::equals).isPresent() ? Access.CHAIRED : 0)
        | (record.coOpted().contains(person) ? Access.CO_OPTED : 0));
  }

  /**
   * Reads the columns of an arrangement's lists.
   *
   * @param duties the effective duties
   * @param delegations the effective delegations
   * @param contracts the effective contracts
   * @param interests the interests
   * @param decisions the decisions
   * @param memberships the memberships
   * @return the columns
   */
  public static Columns of(List<Organisation> organisations, List<Duty> duties, List<Delegation> delegations,
      List<Contract> contracts, List<Interest> interests, List<Decision> decisions, List<Membership> memberships,
      ToIntFunction<PersonId> personPosition) {
    return new Columns(organisations, duties, delegations, contracts, interests, decisions, memberships,
        personPosition);
  }

  /** The positions of a list's items in the order of their ids. */
  private static <T, K extends Comparable<? super K>> int[] byRank(List<T> items, Function<T, K> id) {
    return IntStream.range(0, items.size()).boxed().sorted(Comparator.comparing(i -> id.apply(items.get(i))))
        .mapToInt(Integer::intValue).toArray();
  }

  /** The inverse of {@link #byRank(List, Function)}: the rank of each position. */
  private static int[] ranks(int[] byRank) {
    int[] ranks = new int[byRank.length];
    for (int rank = 0; rank < byRank.length; rank++) {
      ranks[byRank[rank]] = rank;
    }
    return ranks;
  }
}
