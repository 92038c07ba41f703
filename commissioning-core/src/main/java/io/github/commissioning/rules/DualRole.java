package io.github.commissioning.rules;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Membership;
import io.github.commissioning.internal.Access;
import io.github.commissioning.model.Person;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.value.Identifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class DualRole extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.DUAL_ROLE,
      "One person on both sides of a contract", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("A person on a commissioner's decision body who also sits on the board of a "
          + "provider, ACO or prime contractor that the commissioner contracts with cannot be impartial about "
          + "that contract. The guidance's annex on new care models names the risk; the rule's test is the "
          + "project's.")
      .remedy("Have the person leave one of the two roles, or record how the conflict is managed on "
          + "every decision about the contract. A statutory partner member of an ICB board (nominated by the "
          + "area's trusts, primary medical services or local authorities) sits there to bring a sector's view, so "
          + "the finding is INFO for such a seat.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("the annex on new care models: commissioners contracting with "
              + "providers their own members lead"),
          Sources.BMJ_2015.supports("contracts awarded to organisations in which board members "
              + "had interests"))
      .build();

  DualRole() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    // contracts: commissioner → provider, with when
    // contracts: commissioner → provider → the contracts between them
    // the people who sit on two bodies or more, in id order (the arrangement's order of its people), from the
    // memberships by person the rules share: people, bodies and organisations by position, no id looked up
    Facts facts = Facts.of(analysis);
    // only contracts between two organisations whose bodies one person sits on can be a dual role: found first
    // from the arrangement's columns, and nothing more is read if there are none
    boolean[] seated = new boolean[arrangement.organisations().size()];
    int[] personOf = Access.partyPositions(arrangement, Access.Party.MEMBERSHIP_PERSON);
    int[] bodyOf = Access.partyPositions(arrangement, Access.Party.MEMBERSHIP_BODY);
    int[] seats = facts.seatCounts();
    for (int k = 0; k < personOf.length; k++) {
      if (seats[personOf[k]] > 1) {
        seated[facts.organisationAtOfBody[bodyOf[k]]] = true;
      }
    }

    Map<OrganisationId, Map<OrganisationId, List<Contract>>> contractsBy = new HashMap<>();
    int[] commissioners = Access.partyPositions(arrangement, Access.Party.COMMISSIONER);
    int[] providerAt = Access.partyPositions(arrangement, Access.Party.PROVIDER);
    for (int i = 0; i < commissioners.length; i++) {
      if (seated[commissioners[i]] && seated[providerAt[i]]) {
        Contract c = arrangement.effectiveContracts().get(i);
        contractsBy.computeIfAbsent(c.commissioner(), k -> new HashMap<>())
            .computeIfAbsent(c.provider(), k -> new ArrayList<>()).add(c);
      }
    }
    if (contractsBy.isEmpty()) {
      return List.of();
    }
    Map<PersonId, List<Membership>> byPerson = new LinkedHashMap<>();
    List<Person> people = arrangement.people();
    for (int p = 0; p < people.size(); p++) {
      if (seats[p] > 1) {
        byPerson.put(people.get(p).id(), facts.membershipsOfPerson(p));
      }
    }
    List<Finding> findings = new ArrayList<>();
    Set<List<Identifier<?>>> seen = new HashSet<>();
    byPerson.forEach((person, memberships) -> {
      if (memberships.size() < 2) {
        return;
      }
      for (Membership commissioning : memberships) {
        DecisionBody commissionerBody = arrangement.body(commissioning.body()).orElseThrow();
        Map<OrganisationId, List<Contract>> providers = contractsBy.getOrDefault(commissionerBody.organisation(),
            Map.of());
        if (providers.isEmpty()) {
          continue;
        }
        for (Membership providing : memberships) {
          DecisionBody providerBody = arrangement.body(providing.body()).orElseThrow();
          for (Contract contract : providers.getOrDefault(providerBody.organisation(), List.of())) {
            Optional<DateRange> overlap = commissioning.period().intersection(providing.period())
                .flatMap(p -> p.intersection(contract.term()));
            List<Identifier<?>> key = List.of(person, commissionerBody.id(), providerBody.id());
            if (overlap.isEmpty() || !seen.add(key)) {
              continue;
            }
            boolean seat = commissioning.designations().stream().anyMatch(Designation::isStatutorySeat);
            Finding.Builder finding = Finding.builder(this).addSubjects(person, commissionerBody.id(), providerBody.id())
                .severity(seat ? Severity.INFO : Severity.ERROR)
                .period(overlap.get())
                .message(analysis.name(person) + " sits on " + analysis.name(commissionerBody.id()) + " of "
                    + analysis.name(commissionerBody.organisation()) + " and on " + analysis.name(providerBody.id())
                    + " of " + analysis.name(contract.provider()) + ", which it contracts, "
                    + Facts.when(overlap.get()) + (seat
                        ? "; the seat is a statutory partner member's, there to bring the provider's sector: record "
                            + "how the conflict is managed on each decision about the contract"
                        : "; one person should not sit on both sides of a contract"))
                .addEvidence(Wording.describe(analysis, contract));
            if (seat) {
              finding.addEvidence("managed: " + analysis.name(person) + " holds a statutory partner member's seat ("
                  + Facts.joinAnd(commissioning.designations().stream().filter(Designation::isStatutorySeat)
                      .map(Facts::words).toList()) + ")");
            }
            findings.add(finding.build());
          }
        }
      }
    });
    return findings;
  }
}
