package io.github.commissioning.rules;

import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.PersonId;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

  private final Map<PersonId, List<Interest>> interestsByPerson = new HashMap<>();
  private final Map<OrganisationId, List<Affiliation>> parents = new HashMap<>();
  /** Every organisation that is the parent in some affiliation: the only possible ends of a path. */
  private final Set<OrganisationId> ancestorsOfSomething = new HashSet<>();

  private InterestIndex(Arrangement arrangement) {
    for (Interest interest : arrangement.interests()) {
      interestsByPerson.computeIfAbsent(interest.person(), k -> new ArrayList<>()).add(interest);
    }
    for (Affiliation affiliation : arrangement.effectiveAffiliations()) {
      parents.computeIfAbsent(affiliation.member(), k -> new ArrayList<>()).add(affiliation);
      ancestorsOfSomething.add(affiliation.parent());
    }
    // handed out by interestsOf: a caller must not be able to change what later queries and rules see
    interestsByPerson.replaceAll((person, interests) -> List.copyOf(interests));
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
    return interestsByPerson.containsKey(person);
  }

  /**
   * Returns a person's interests, in id order.
   *
   * @param person the person, not null
   * @return the interests, not null
   */
  public List<Interest> interestsOf(PersonId person) {
    Objects.requireNonNull(person, "person");
    return interestsByPerson.getOrDefault(person, List.of());
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
    List<Interest> interests = interestsOf(person);
    if (interests.isEmpty()) {
      return List.of();
    }
    Collection<OrganisationId> named = decision.affects();
    if (decision.awardedTo().isPresent() && !named.contains(decision.awardedTo().get())) {
      List<OrganisationId> withAward = new ArrayList<>(named);
      withAward.add(decision.awardedTo().get());
      named = withAward;
    }
    return conflicts(interests, decision, named);
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
    return conflicts(interestsOf(person), decision, List.of(organisation));
  }

  private List<Conflict> conflicts(List<Interest> interests, Decision decision, Collection<OrganisationId> named) {
    LocalDate date = decision.date();
    @Nullable List<Conflict> conflicts = null;
    for (Interest interest : interests) {
      if (!interest.period().contains(date)) {
        continue;
      }
      OrganisationId held = interest.organisation();
      if (named.contains(held)) {
        conflicts = add(conflicts, new Conflict(decision, interest, held, List.of()));
        continue;
      }
      Conflict found = null;
      for (OrganisationId organisation : named) {
        List<Affiliation> up = pathOn(held, organisation, date);
        if (up != null) {
          found = new Conflict(decision, interest, organisation, up);
          break;
        }
      }
      if (found == null) {
        for (OrganisationId organisation : named) {
          List<Affiliation> down = pathOn(organisation, held, date);
          if (down != null) {
            found = new Conflict(decision, interest, organisation, down);
            break;
          }
        }
      }
      if (found != null) {
        conflicts = add(conflicts, found);
      }
    }
    return conflicts == null ? List.of() : Collections.unmodifiableList(conflicts);
  }

  private static List<Conflict> add(@Nullable List<Conflict> conflicts, Conflict conflict) {
    List<Conflict> list = conflicts == null ? new ArrayList<>(1) : conflicts;
    list.add(conflict);
    return list;
  }

  /**
   * The affiliations leading up from one organisation to another on a date, or null. The first path found
   * at any date is cached; when it does not hold on the date, the exact search on that date decides.
   */
  private @Nullable List<Affiliation> pathOn(OrganisationId from, OrganisationId to, LocalDate date) {
    if (!ancestorsOfSomething.contains(to) || !parents.containsKey(from)) {
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
      for (Affiliation affiliation : parents.getOrDefault(at, List.of())) {
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
