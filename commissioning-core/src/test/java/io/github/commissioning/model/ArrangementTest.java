package io.github.commissioning.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.value.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrangementTest {

  private static final LocalDate APRIL_2013 = LocalDate.of(2013, 4, 1);
  private static final FootprintId ENGLAND = FootprintId.of("E92000001");
  private static final FootprintId TEES = FootprintId.of("E38000247");
  private static final OrganisationId NHSE = OrganisationId.of("X24");
  private static final OrganisationId TEES_CCG = OrganisationId.of("16C");
  private static final FunctionId PMS = FunctionId.of("pms");
  private static final FunctionId PERFORMERS = FunctionId.of("pms.performers-list");

  private static Footprint tees() {
    return Footprint.of(TEES, "NHS Tees Valley CCG area", FootprintLevel.PLACE,
        List.of(AreaId.of("A81001"), AreaId.of("A81002")));
  }

  private static Footprint england() {
    return Footprint.union(ENGLAND, "England", FootprintLevel.NATIONAL, List.of(TEES));
  }

  private static List<Object> parts() {
    return List.of(england(), tees(),
        Organisation.of(NHSE, "NHS England", OrganisationKind.NHS_ENGLAND, ENGLAND),
        Organisation.builder().id(TEES_CCG).name("NHS Tees Valley CCG").kind(OrganisationKind.CCG).footprint(TEES)
            .existence(DateRange.startingOn(LocalDate.of(2020, 4, 1))).build(),
        CommissioningFunction.of(PMS, "Primary medical services"),
        CommissioningFunction.builder().id(PERFORMERS).name("Performers list").parent(PMS).reserved(true).build(),
        Duty.of(NHSE, PMS, ENGLAND, DateRange.startingOn(APRIL_2013)),
        Delegation.builder().delegator(NHSE).delegate(TEES_CCG).function(PMS).footprint(TEES)
            .mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(LocalDate.of(2020, 4, 1))).addKeptBack(PERFORMERS)
            .build());
  }

  private static Arrangement build(List<Object> parts) {
    Arrangement.Builder builder = Arrangement.builder();
    for (Object part : parts) {
      if (part instanceof Footprint) {
        builder.addFootprints((Footprint) part);
      } else if (part instanceof Organisation) {
        builder.addOrganisations((Organisation) part);
      } else if (part instanceof CommissioningFunction) {
        builder.addFunctions((CommissioningFunction) part);
      } else if (part instanceof Duty) {
        builder.addDuties((Duty) part);
      } else if (part instanceof Delegation) {
        builder.addDelegations((Delegation) part);
      } else {
        throw new AssertionError(part);
      }
    }
    return builder.build();
  }

  @Test
  void aWellFormedArrangementBuildsAndResolvesItsGeography() {
    Arrangement arrangement = build(parts());
    assertEquals(2, arrangement.geography().areas().size());
    assertEquals(2, arrangement.geography().areasOf(ENGLAND).size());
    assertEquals("NHS England", arrangement.organisation(NHSE).orElseThrow().name());
    assertTrue(arrangement.isWithin(PERFORMERS, PMS));
    assertTrue(arrangement.function(PERFORMERS).orElseThrow().isReserved());
    assertEquals("X24>16C/pms/E38000247/2020-04-01", arrangement.delegations().get(0).id().code());
  }

  @Test
  void theOrderOfAddingPartsDoesNotMatter() {
    List<Object> reversed = new ArrayList<>(parts());
    Collections.reverse(reversed);
    Arrangement a = build(parts());
    Arrangement b = build(reversed);
    assertNotSame(a, b);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.organisations(), b.organisations());
  }

  @Test
  void gapsAndConflictsAreNotStructural() {
    // a CCG delegated a function nobody holds a duty for, on dates before it existed: findings, not errors
    List<Object> parts = new ArrayList<>(parts());
    parts.removeIf(p -> p instanceof Duty);
    parts.add(Delegation.builder().delegator(TEES_CCG).delegate(NHSE).function(PMS).footprint(ENGLAND)
        .mechanism(Mechanism.SUPPORT).period(DateRange.startingOn(APRIL_2013)).build());
    assertEquals(2, build(parts).delegations().size());
  }

  @Test
  void everyStructuralProblemIsListedInOneException() {
    List<Object> parts = new ArrayList<>(parts());
    parts.add(Organisation.of(TEES_CCG, "Duplicate Tees", OrganisationKind.CCG, TEES));
    parts.add(Duty.of(OrganisationId.of("99Z"), PMS, FootprintId.of("E00"), DateRange.startingOn(APRIL_2013)));
    parts.add(Delegation.builder().delegator(NHSE).delegate(TEES_CCG).function(PMS).footprint(TEES)
        .mechanism(Mechanism.DELEGATION).period(DateRange.of(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 3, 31)))
        .build());
    parts.add(CommissioningFunction.builder().id(FunctionId.of("a")).name("A").parent(FunctionId.of("b")).build());
    parts.add(CommissioningFunction.builder().id(FunctionId.of("b")).name("B").parent(FunctionId.of("a")).build());
    parts.add(Footprint.union(FootprintId.of("L1"), "Loop 1", FootprintLevel.PLACE, List.of(FootprintId.of("L2"))));
    parts.add(Footprint.union(FootprintId.of("L2"), "Loop 2", FootprintLevel.PLACE, List.of(FootprintId.of("L1"))));
    InvalidArrangementException e = assertThrows(InvalidArrangementException.class, () -> build(parts));
    assertEquals(List.of(
        "Footprint L1: it is defined through itself (L1 → L2 → L1); remove one of these parts",
        "Organisation 16C: the id is used 2 times; give each a distinct id or remove the copies",
        "Function a: the function tree has a cycle (a → b → a by parent); remove one of these parents",
        "Duty 99Z/pms/E00/2013-04-01: holder 99Z is not an organisation of this arrangement; "
            + "add it with addOrganisations(…) or correct the id",
        "Duty 99Z/pms/E00/2013-04-01: footprint E00 is not a footprint of this arrangement; "
            + "add it with addFootprints(…) or correct the id",
        "Delegation X24>16C/pms/E38000247/2021-04-01: period 2021-04-01/2021-03-31 ends before it starts; "
            + "correct the end date 2021-03-31 or the start date 2021-04-01"),
        e.messages());
    assertTrue(e.getMessage().startsWith("The arrangement has 6 structural problems:\n  - Footprint L1"),
        e.getMessage());
    assertEquals(new Problem(Problem.Kind.UNKNOWN_REFERENCE, "Duty", "99Z/pms/E00/2013-04-01", "holder", "99Z",
        e.messages().get(3)), e.problems().get(3));
    assertEquals(List.of(Problem.Kind.CYCLE, Problem.Kind.DUPLICATE_ID, Problem.Kind.CYCLE,
        Problem.Kind.UNKNOWN_REFERENCE, Problem.Kind.UNKNOWN_REFERENCE, Problem.Kind.INVERTED_DATE_RANGE),
        e.problems().stream().map(Problem::kind).toList());
    Problem inverted = e.problems().get(5);
    assertEquals(List.of("Delegation", "X24>16C/pms/E38000247/2021-04-01", "period", "2021-04-01/2021-03-31"),
        List.of(inverted.subjectType(), inverted.subjectId(), inverted.field(), inverted.value()));
  }

  @Test
  void cyclesThatShareAFootprintAreAllReportedAtOnce() {
    List<Object> parts = new ArrayList<>(parts());
    // L1 is on two cycles: L1 → L2 → L1 and L1 → L3 → L1
    parts.add(Footprint.union(FootprintId.of("L1"), "Loop 1", FootprintLevel.PLACE,
        List.of(FootprintId.of("L2"), FootprintId.of("L3"))));
    parts.add(Footprint.union(FootprintId.of("L2"), "Loop 2", FootprintLevel.PLACE, List.of(FootprintId.of("L1"))));
    parts.add(Footprint.union(FootprintId.of("L3"), "Loop 3", FootprintLevel.PLACE, List.of(FootprintId.of("L1"))));
    InvalidArrangementException e = assertThrows(InvalidArrangementException.class, () -> build(parts));
    assertEquals(List.of(
        "Footprint L1: it is defined through itself (L1 → L2 → L1); remove one of these parts",
        "Footprint L1: it is defined through itself (L1 → L3 → L1); remove one of these parts"),
        e.messages());
    assertEquals(List.of("L1 → L2 → L1", "L1 → L3 → L1"), e.problems().stream().map(Problem::value).toList());
  }

  @Test
  void keptBackFunctionMustBePartOfTheDelegatedFunction() {
    List<Object> parts = new ArrayList<>(parts());
    parts.add(CommissioningFunction.of(FunctionId.of("dental"), "Dental services"));
    parts.add(Delegation.builder().id(DelegationId.of("D2")).delegator(NHSE).delegate(TEES_CCG)
        .function(FunctionId.of("dental")).footprint(TEES).mechanism(Mechanism.DELEGATION)
        .period(DateRange.startingOn(APRIL_2013)).addKeptBack(PERFORMERS, FunctionId.of("nope")).build());
    InvalidArrangementException e = assertThrows(InvalidArrangementException.class, () -> build(parts));
    assertEquals(List.of(
        "Delegation D2: kept-back function nope is not a function of this arrangement; "
            + "add it with addFunctions(…) or correct the id",
        "Delegation D2: kept-back function pms.performers-list is not a part of the delegated function dental; "
            + "keep back only parts of dental"),
        e.messages());
  }

  @Test
  void peopleBodiesAndDecisionsAreCheckedToo() {
    BodyId pccc = BodyId.of("16C-PCCC");
    Arrangement.Builder builder = build(parts()).toBuilder()
        .addPeople(Person.of(PersonId.of("P1"), "Dr A"))
        .addBodies(DecisionBody.builder().id(pccc).name("PCCC").organisation(TEES_CCG)
            .kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(3).addRemit(PMS).build())
        .addMemberships(Membership.of(PersonId.of("P2"), pccc, Role.LAY))
        .addInterests(Interest.builder().person(PersonId.of("P1")).kind(InterestKind.INDIRECT)
            .organisation(OrganisationId.of("A81001")).through(PersonId.of("P3")).period(DateRange.startingOn(APRIL_2013))
            .build())
        .addDecisions(Decision.builder().id(DecisionId.of("D1")).title("LES").body(BodyId.of("GB"))
            .date(LocalDate.of(2021, 6, 1)).function(PMS).addVoters(PersonId.of("P1"), PersonId.of("P9")).build());
    InvalidArrangementException e = assertThrows(InvalidArrangementException.class, builder::build);
    assertEquals(List.of(
        "Membership 16C-PCCC/P2/-999999999-01-01: person P2 is not a person of this arrangement; "
            + "add it with addPeople(…) or correct the id",
        "Interest P1/INDIRECT/A81001/2013-04-01: organisation A81001 is not an organisation of this arrangement; "
            + "add it with addOrganisations(…) or correct the id",
        "Interest P1/INDIRECT/A81001/2013-04-01: associate P3 is not a person of this arrangement; "
            + "add it with addPeople(…) or correct the id",
        "Decision D1: body GB is not a decision body of this arrangement; add it with addBodies(…) or correct the id",
        "Decision D1: voter P9 is not a person of this arrangement; add it with addPeople(…) or correct the id"),
        e.messages());
  }

  @Test
  void equalSetsAndDatesOfDecisionsAndInterestsAreHeldOnceAndEveryItemStaysEqualToTheOneGiven() {
    BodyId pccc = BodyId.of("16C-PCCC");
    PersonId a = PersonId.of("P1");
    PersonId b = PersonId.of("P2");
    // built apart, so that nothing but the builder can share them
    Decision first = Decision.builder().id(DecisionId.of("D1")).title("LES").body(pccc)
        .date(LocalDate.of(2021, 6, 1)).function(PMS).addParticipants(a, b).addVoters(a, b).build();
    Decision second = Decision.builder().id(DecisionId.of("D2")).title("LES").body(pccc)
        .date(LocalDate.parse("2021-06-01")).function(PMS).addParticipants(b, a).addVoters(a).build();
    Interest own = Interest.builder().person(a).kind(InterestKind.FINANCIAL).organisation(TEES_CCG)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build();
    Interest other = Interest.builder().person(b).kind(InterestKind.FINANCIAL).organisation(TEES_CCG)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.parse("2013-04-10")).build();
    assertNotSame(first.participants(), second.participants());
    assertNotSame(first.date(), second.date());
    assertNotSame(own.declared().orElseThrow(), other.declared().orElseThrow());

    Arrangement arrangement = build(parts()).toBuilder()
        .addPeople(Person.of(a, "Dr A"), Person.of(b, "Dr B"))
        .addBodies(DecisionBody.builder().id(pccc).name("PCCC").organisation(TEES_CCG)
            .kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(2).addRemit(PMS).build())
        .addDecisions(first, second).addInterests(own, other).build();

    Decision d1 = arrangement.decision(DecisionId.of("D1")).orElseThrow();
    Decision d2 = arrangement.decision(DecisionId.of("D2")).orElseThrow();
    assertEquals(first, d1);
    assertEquals(second, d2);
    assertSame(d1.participants(), d2.participants());
    assertSame(d1.participants(), d1.voters());
    assertNotSame(d1.voters(), d2.voters());   // {P1, P2} and {P1}: not equal, not shared
    assertSame(d1.date(), d2.date());
    assertEquals(List.of(own, other), arrangement.interests());   // in id order: P1/…, P2/…
    assertSame(arrangement.interests().get(0).declared().orElseThrow(),
        arrangement.interests().get(1).declared().orElseThrow());
  }

  @Test
  void anIdGivenIsNotTakenForOneDerivedWithTheSameCode() {
    // ids defined once are not interned, so each keeps its own kind
    ContractId derived = ContractId.derived("C1");
    ContractId given = ContractId.of("C1");
    assertEquals(derived, given);
    assertTrue(derived.isDerived());
    assertFalse(given.isDerived());
  }

  @Test
  void anOrganisationCannotDelegateToItself() {
    List<Object> parts = new ArrayList<>(parts());
    parts.add(Delegation.builder().id(DelegationId.of("self")).delegator(NHSE).delegate(NHSE).function(PMS)
        .footprint(ENGLAND).mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(APRIL_2013)).build());
    InvalidArrangementException e = assertThrows(InvalidArrangementException.class, () -> build(parts));
    assertEquals(List.of("Delegation self: delegator and delegate are both X24; an organisation cannot delegate to itself"),
        e.messages());
  }
}
