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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every person's interests, direct and derived through affiliations, computed once per check and shared
 * by the conflict-of-interest rules: {@link #conflicts(PersonId, Decision)} says whether, and how, a person
 * is conflicted on a decision.
 * <p>
 * Affiliations are followed upwards, member to parent, iteratively and without revisiting, so a cycle
 * of affiliations does no harm.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class InterestIndex {

  private final Map<PersonId, List<Interest>> interestsByPerson = new HashMap<>();
  private final Map<OrganisationId, List<Affiliation>> parents = new HashMap<>();

  private InterestIndex(Arrangement arrangement) {
    for (Interest interest : arrangement.interests()) {
      interestsByPerson.computeIfAbsent(interest.person(), k -> new ArrayList<>()).add(interest);
    }
    for (Affiliation affiliation : arrangement.affiliations()) {
      parents.computeIfAbsent(affiliation.member(), k -> new ArrayList<>()).add(affiliation);
    }
  }

  /**
   * Returns the index of an analysis, computing it on first use.
   *
   * @param analysis the analysis, not null
   * @return the index, not null
   */
  public static InterestIndex of(Analysis analysis) {
    return analysis.shared(InterestIndex.class, a -> new InterestIndex(a.arrangement()));
  }

  /**
   * Returns a person's interests, in id order.
   *
   * @param person the person, not null
   * @return the interests, not null
   */
  public List<Interest> interestsOf(PersonId person) {
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
    List<Interest> interests = interestsOf(person);
    if (interests.isEmpty()) {
      return List.of();
    }
    List<OrganisationId> named = new ArrayList<>(decision.affects());
    decision.awardedTo().filter(o -> !named.contains(o)).ifPresent(named::add);
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
    return conflicts(interestsOf(person), decision, List.of(organisation));
  }

  private List<Conflict> conflicts(List<Interest> interests, Decision decision, Collection<OrganisationId> named) {
    LocalDate date = decision.date();
    Map<OrganisationId, List<Affiliation>> namedAncestors = new LinkedHashMap<>();
    for (OrganisationId organisation : named) {
      ancestors(organisation, date).forEach((ancestor, path) -> namedAncestors.putIfAbsent(ancestor, path));
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (Interest interest : interests) {
      if (!interest.period().contains(date)) {
        continue;
      }
      OrganisationId held = interest.organisation();
      if (named.contains(held)) {
        conflicts.add(new Conflict(decision, interest, held, List.of()));
        continue;
      }
      Map<OrganisationId, List<Affiliation>> up = ancestors(held, date);
      OrganisationId reached = null;
      for (OrganisationId organisation : named) {
        if (up.containsKey(organisation)) {
          reached = organisation;
          break;
        }
      }
      if (reached != null) {
        conflicts.add(new Conflict(decision, interest, reached, up.get(reached)));
      } else if (namedAncestors.containsKey(held)) {
        List<Affiliation> path = namedAncestors.get(held);
        conflicts.add(new Conflict(decision, interest, path.get(0).member(), path));
      }
    }
    return conflicts;
  }

  /** Every organisation above one, on a date, with the affiliations that lead there (breadth first). */
  private Map<OrganisationId, List<Affiliation>> ancestors(OrganisationId start, LocalDate date) {
    Map<OrganisationId, List<Affiliation>> paths = new LinkedHashMap<>();
    ArrayDeque<OrganisationId> queue = new ArrayDeque<>();
    paths.put(start, List.of());
    queue.add(start);
    while (!queue.isEmpty()) {
      OrganisationId at = queue.poll();
      for (Affiliation affiliation : parents.getOrDefault(at, List.of())) {
        if (affiliation.period().contains(date) && !paths.containsKey(affiliation.parent())) {
          List<Affiliation> path = new ArrayList<>(paths.get(at));
          path.add(affiliation);
          paths.put(affiliation.parent(), List.copyOf(path));
          queue.add(affiliation.parent());
        }
      }
    }
    paths.remove(start);
    return paths;
  }
}
