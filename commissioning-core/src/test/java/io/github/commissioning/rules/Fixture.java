package io.github.commissioning.rules;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractForm;
import io.github.commissioning.model.ContractId;
import io.github.commissioning.model.CoverageExpectation;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.Law;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Person;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A clean arrangement, on which the standard rule set finds nothing: NHS England holds primary medical
 * services for England and delegates them to two CCGs, keeping the performers list back; each CCG has a
 * governing body of the legal minimum and a PCCC that decides. Tests change one part to plant a defect.
 */
final class Fixture {

  static final LocalDate APRIL_2013 = LocalDate.of(2013, 4, 1);
  static final LocalDate APRIL_2015 = LocalDate.of(2015, 4, 1);
  static final LocalDate JUNE_2021 = LocalDate.of(2021, 6, 1);
  static final LocalDate AS_OF = LocalDate.of(2021, 7, 1);

  static final FootprintId ENGLAND = FootprintId.of("ENG");
  static final FootprintId TEES = FootprintId.of("TEES");
  static final FootprintId DURHAM = FootprintId.of("DUR");
  static final AreaId A1 = AreaId.of("A81001");
  static final AreaId A2 = AreaId.of("A81002");
  static final AreaId A3 = AreaId.of("A83001");

  static final OrganisationId NHSE = OrganisationId.of("X24");
  static final OrganisationId TEES_CCG = OrganisationId.of("16C");
  static final OrganisationId DURHAM_CCG = OrganisationId.of("84H");
  static final OrganisationId PRACTICE = OrganisationId.of("A81001");
  static final OrganisationId FEDERATION = OrganisationId.of("FED1");
  static final OrganisationId TRUST = OrganisationId.of("RVW");

  static final FunctionId PMS = FunctionId.of("pms");
  static final FunctionId PERFORMERS = FunctionId.of("pms.performers");
  static final FunctionId CONTRACTS = FunctionId.of("pms.contracts");

  static final DelegationId TO_TEES = DelegationId.of("X24-16C");
  static final DelegationId TO_DURHAM = DelegationId.of("X24-84H");

  static final BodyId GB = BodyId.of("16C-GB");
  static final BodyId PCCC = BodyId.of("16C-PCCC");
  static final DecisionId DECISION = DecisionId.of("D1");

  final List<Footprint> footprints = new ArrayList<>();
  final List<Organisation> organisations = new ArrayList<>();
  final List<Affiliation> affiliations = new ArrayList<>();
  final List<CommissioningFunction> functions = new ArrayList<>();
  final List<Duty> duties = new ArrayList<>();
  final List<Delegation> delegations = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  final List<DecisionBody> bodies = new ArrayList<>();
  final List<Membership> memberships = new ArrayList<>();
  final List<Interest> interests = new ArrayList<>();
  final List<Decision> decisions = new ArrayList<>();
  final List<Waiver> waivers = new ArrayList<>();
  final List<Contract> contracts = new ArrayList<>();
  final List<Transfer> transfers = new ArrayList<>();
  final List<CoverageExpectation> expectations = new ArrayList<>();
  Law law = Law.england();

  static Fixture clean() {
    Fixture f = new Fixture();
    f.footprints.add(Footprint.of(TEES, "Tees Valley", FootprintLevel.PLACE, List.of(A1, A2)));
    f.footprints.add(Footprint.of(DURHAM, "County Durham", FootprintLevel.PLACE, List.of(A3)));
    f.footprints.add(Footprint.union(ENGLAND, "England", FootprintLevel.NATIONAL, List.of(TEES, DURHAM)));
    f.organisations.add(Organisation.of(NHSE, "NHS England", OrganisationKind.NHS_ENGLAND, ENGLAND));
    f.organisations.add(Organisation.of(TEES_CCG, "NHS Tees Valley CCG", OrganisationKind.CCG, TEES));
    f.organisations.add(Organisation.of(DURHAM_CCG, "NHS County Durham CCG", OrganisationKind.CCG, DURHAM));
    f.organisations.add(Organisation.of(PRACTICE, "The Densham Surgery", OrganisationKind.GP_PRACTICE));
    f.organisations.add(Organisation.of(FEDERATION, "Stockton GP Federation", OrganisationKind.GP_FEDERATION));
    f.organisations.add(Organisation.of(TRUST, "North Tees NHS FT", OrganisationKind.FOUNDATION_TRUST));
    f.affiliations.add(Affiliation.of(PRACTICE, AffiliationKind.MEMBER_OF, FEDERATION,
        DateRange.startingOn(APRIL_2013)));
    f.functions.add(CommissioningFunction.of(PMS, "Primary medical services"));
    f.functions.add(CommissioningFunction.builder().id(PERFORMERS).name("Performers list").parent(PMS).reserved(true)
        .build());
    f.functions.add(CommissioningFunction.builder().id(CONTRACTS).name("Contract management").parent(PMS).build());
    f.duties.add(Duty.of(NHSE, PMS, ENGLAND, DateRange.startingOn(APRIL_2013)));
    f.delegations.add(delegation(TO_TEES, NHSE, TEES_CCG, TEES).build());
    f.delegations.add(delegation(TO_DURHAM, NHSE, DURHAM_CCG, DURHAM).build());
    String[] names = {"Dr Ada Ahmed", "Ben Brown", "Cara Clarke", "Dan Davies", "Eve Evans", "Fay Fisher", "Gus Green",
        "Dr Hal Hughes", "Iris Irving"};
    for (int i = 0; i < names.length; i++) {
      f.people.add(Person.of(person(i + 1), names[i]));
    }
    f.bodies.add(DecisionBody.builder().id(GB).name("Governing body").organisation(TEES_CCG)
        .kind(BodyKind.GOVERNING_BODY).quorum(4).build());
    f.bodies.add(DecisionBody.builder().id(PCCC).name("Primary care commissioning committee").organisation(TEES_CCG)
        .kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(3).addRemit(PMS).build());
    f.memberships.add(Membership.of(person(1), GB, Role.CLINICAL, Designation.GP));
    f.memberships.add(Membership.of(person(2), GB, Role.EXECUTIVE, Designation.ACCOUNTABLE_OFFICER));
    f.memberships.add(Membership.of(person(3), GB, Role.EXECUTIVE, Designation.CHIEF_FINANCE_OFFICER));
    f.memberships.add(Membership.of(person(4), GB, Role.CLINICAL, Designation.REGISTERED_NURSE));
    f.memberships.add(Membership.of(person(5), GB, Role.CLINICAL, Designation.SECONDARY_CARE_SPECIALIST));
    f.memberships.add(Membership.of(person(6), GB, Role.CHAIR, Designation.LAY_AUDIT, Designation.CONFLICTS_GUARDIAN));
    f.memberships.add(Membership.of(person(7), GB, Role.LAY, Designation.LAY_PATIENT_AND_PUBLIC));
    f.memberships.add(Membership.of(person(9), GB, Role.LAY));
    f.memberships.add(Membership.of(person(7), PCCC, Role.CHAIR));
    f.memberships.add(Membership.of(person(2), PCCC, Role.EXECUTIVE, Designation.ACCOUNTABLE_OFFICER));
    f.memberships.add(Membership.of(person(3), PCCC, Role.EXECUTIVE));
    f.memberships.add(Membership.of(person(8), PCCC, Role.CLINICAL, Designation.GP));
    f.decisions.add(decision(DECISION, PCCC).build());
    return f;
  }

  static final FunctionId COMMUNITY = FunctionId.of("community");
  static final OrganisationId OLD_CCG = OrganisationId.of("00K");
  static final LocalDate MARCH_2020 = LocalDate.of(2020, 3, 31);
  static final ContractId PRIME = ContractId.of("16C-FED1");
  static final ContractId SUB = ContractId.of("FED1-RVW");
  static final DecisionId AWARD = DecisionId.of("D2");

  /**
   * A clean arrangement with something for every rule to misfire on, on which the standard rule set
   * still finds nothing: the clean one, plus community services held by each CCG (in Durham, by a CCG
   * that closed on 31 March 2020 and then by its successor), contracted by Tees Valley to the federation
   * under a prime contract and sub-contracted to the trust; a GP on the PCCC with a financial interest
   * in the practice the decision affects, registered on time, declared, and withdrawn; a lay member's
   * professional interest in the trust, registered on time; and a procurement decision of the governing
   * body, in the register, awarding the prime contract.
   */
  static Fixture busy() {
    Fixture f = clean();
    f.organisations.add(Organisation.builder().id(OLD_CCG).name("NHS Durham Dales CCG").kind(OrganisationKind.CCG)
        .footprint(DURHAM).existence(DateRange.of(APRIL_2013, MARCH_2020)).successor(DURHAM_CCG).build());
    f.functions.add(CommissioningFunction.of(COMMUNITY, "Community services"));
    f.duties.add(Duty.of(TEES_CCG, COMMUNITY, TEES, DateRange.startingOn(APRIL_2013)));
    f.duties.add(Duty.of(OLD_CCG, COMMUNITY, DURHAM, DateRange.of(APRIL_2013, MARCH_2020)));
    f.duties.add(Duty.of(DURHAM_CCG, COMMUNITY, DURHAM, DateRange.startingOn(MARCH_2020.plusDays(1))));
    f.contracts.add(contract(PRIME, TEES_CCG, FEDERATION, TEES).function(COMMUNITY)
        .form(ContractForm.POPULATION_CONTRACT).term(DateRange.startingOn(JUNE_2021.minusMonths(2))).build());
    f.contracts.add(contract(SUB, FEDERATION, TRUST, TEES).function(COMMUNITY).form(ContractForm.SUB_CONTRACT)
        .prime(PRIME).term(DateRange.startingOn(JUNE_2021.minusMonths(2))).build());
    f.interests.add(Interest.builder().person(person(8)).kind(InterestKind.FINANCIAL)
        .organisation(PRACTICE).period(DateRange.startingOn(APRIL_2015)).declared(APRIL_2015.plusDays(28)).build());
    f.interests.add(Interest.builder().person(person(9)).kind(InterestKind.PROFESSIONAL)
        .organisation(TRUST).period(DateRange.startingOn(APRIL_2015)).declared(APRIL_2015).build());
    f.replace(f.decisions, d -> d.id().equals(DECISION), decision(DECISION, PCCC).affects(PRACTICE)
        .withdrew(person(8)).declarations(person(8)).build());
    f.decisions.add(Decision.builder().id(AWARD).title("Community services contract").body(GB)
        .date(JUNE_2021.minusMonths(3)).function(COMMUNITY).awardedTo(FEDERATION).procurement(true)
        .inProcurementRegister(true).addParticipants(person(2), person(3), person(4), person(5), person(6))
        .addVoters(person(2), person(3), person(4), person(5), person(6)).build());
    return f;
  }

  static PersonId person(int n) {
    return PersonId.of("P" + n);
  }

  static Delegation.Builder delegation(DelegationId id, OrganisationId from, OrganisationId to, FootprintId where) {
    return Delegation.builder().id(id).delegator(from).delegate(to).function(PMS).footprint(where)
        .mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(APRIL_2015)).addKeptBack(PERFORMERS);
  }

  /** A contract for primary medical services from 1 April 2015, in the NHS Standard Contract's form. */
  static Contract.Builder contract(ContractId id, OrganisationId commissioner, OrganisationId provider,
      FootprintId where) {
    return Contract.builder().id(id).commissioner(commissioner).provider(provider).function(PMS).footprint(where)
        .form(ContractForm.NHS_STANDARD_CONTRACT).term(DateRange.startingOn(APRIL_2015));
  }

  static Decision.Builder decision(DecisionId id, BodyId body) {
    return Decision.builder().id(id).title("Practice merger in Stockton").body(body).date(JUNE_2021)
        .function(CONTRACTS).addParticipants(person(7), person(2), person(3)).addVoters(person(7), person(2), person(3));
  }

  <T> Fixture replace(List<T> list, Predicate<T> which, T with) {
    int at = -1;
    for (int i = 0; i < list.size(); i++) {
      if (which.test(list.get(i))) {
        at = i;
      }
    }
    if (at < 0) {
      throw new AssertionError("nothing to replace");
    }
    list.set(at, with);
    return this;
  }

  Arrangement build() {
    return Arrangement.builder().addAllFootprints(footprints).addAllOrganisations(organisations)
        .addAllAffiliations(affiliations).addAllFunctions(functions).addAllDuties(duties)
        .addAllDelegations(delegations).addAllPeople(people).addAllBodies(bodies).addAllMemberships(memberships)
        .addAllInterests(interests).addAllDecisions(decisions).addAllWaivers(waivers).addAllContracts(contracts)
        .addAllTransfers(transfers).addAllExpectations(expectations).law(law).build();
  }

  Report check() {
    return RuleSet.standard().asOf(AS_OF).check(build());
  }
}
