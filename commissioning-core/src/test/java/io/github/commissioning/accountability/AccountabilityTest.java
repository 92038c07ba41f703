package io.github.commissioning.accountability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Span;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractForm;
import io.github.commissioning.model.ContractId;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountabilityTest {

  private static final LocalDate APRIL_2013 = LocalDate.of(2013, 4, 1);
  private static final LocalDate APRIL_2020 = LocalDate.of(2020, 4, 1);
  private static final LocalDate JUNE_2021 = LocalDate.of(2021, 6, 1);
  private static final FootprintId ENGLAND = FootprintId.of("ENG");
  private static final FootprintId TEES = FootprintId.of("TEES");
  private static final FootprintId DURHAM = FootprintId.of("DUR");
  private static final OrganisationId NHSE = OrganisationId.of("X24");
  private static final OrganisationId TEES_CCG = OrganisationId.of("16C");
  private static final OrganisationId DURHAM_CCG = OrganisationId.of("84H");
  private static final OrganisationId ACO = OrganisationId.of("ACO");
  private static final FunctionId PMS = FunctionId.of("pms");
  private static final FunctionId PERFORMERS = FunctionId.of("pms.performers");
  private static final FunctionId CONTRACTS = FunctionId.of("pms.contracts");
  private static final AreaId A81001 = AreaId.of("A81001");
  private static final AreaId A83001 = AreaId.of("A83001");

  private static Arrangement.Builder base() {
    return Arrangement.builder()
        .addFootprints(Footprint.of(TEES, "Tees Valley", FootprintLevel.PLACE, List.of(A81001, AreaId.of("A81002"))),
            Footprint.of(DURHAM, "County Durham", FootprintLevel.PLACE, List.of(A83001)),
            Footprint.union(ENGLAND, "England", FootprintLevel.NATIONAL, List.of(TEES, DURHAM)))
        .addOrganisations(Organisation.of(NHSE, "NHS England", OrganisationKind.NHS_ENGLAND, ENGLAND),
            Organisation.of(TEES_CCG, "NHS Tees Valley CCG", OrganisationKind.CCG, TEES),
            Organisation.of(DURHAM_CCG, "NHS County Durham CCG", OrganisationKind.CCG, DURHAM),
            Organisation.of(ACO, "Tees Care Partnership", OrganisationKind.ACO))
        .addFunctions(CommissioningFunction.of(PMS, "Primary medical services"),
            CommissioningFunction.builder().id(PERFORMERS).name("Performers list").parent(PMS).reserved(true).build(),
            CommissioningFunction.builder().id(CONTRACTS).name("Contract management").parent(PMS).build())
        .addDuties(Duty.of(NHSE, PMS, ENGLAND, DateRange.startingOn(APRIL_2013)));
  }

  private static Delegation.Builder delegation(OrganisationId from, OrganisationId to, FootprintId where) {
    return Delegation.builder().delegator(from).delegate(to).function(PMS).footprint(where)
        .mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(APRIL_2020));
  }

  @Test
  void delegatedPrimaryCareIsExercisedByTheCcgAndAccountedForByNhsEngland() {
    Arrangement arrangement = base().addDelegations(delegation(NHSE, TEES_CCG, TEES).addKeptBack(PERFORMERS).build())
        .build();
    Accountability accountability = Accountability.of(arrangement);
    Chain chain = accountability.chain(CONTRACTS, A81001, JUNE_2021).orElseThrow();
    assertEquals("NHS England (accountable) → NHS Tees Valley CCG (delegated, s13Z, from 2020-04-01)",
        chain.toString());
    assertEquals(TEES_CCG, chain.exercisedBy().id());
    assertEquals(NHSE, chain.accountable().id());
    assertEquals(List.of(NHSE), ids(accountability.accountableFor(CONTRACTS, A81001, JUNE_2021)));
  }

  @Test
  void aKeptBackPartStaysWithTheDelegator() {
    Arrangement arrangement = base().addDelegations(delegation(NHSE, TEES_CCG, TEES).addKeptBack(PERFORMERS).build())
        .build();
    Chain chain = Accountability.of(arrangement).chain(PERFORMERS, A81001, JUNE_2021).orElseThrow();
    assertEquals("NHS England (accountable)", chain.toString());
    assertEquals(List.of(), chain.links());
  }

  @Test
  void beforeTheDelegationStartsNhsEnglandExercisesItself() {
    Arrangement arrangement = base().addDelegations(delegation(NHSE, TEES_CCG, TEES).build()).build();
    Chain chain = Accountability.of(arrangement).chain(PMS, A81001, APRIL_2020.minusDays(1)).orElseThrow();
    assertEquals(NHSE, chain.exercisedBy().id());
  }

  @Test
  void aPrimeContractAndItsSubContractAreContractsNotLinksOfTheChain() {
    Arrangement arrangement = base()
        .addDelegations(delegation(NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build())
        .addContracts(Contract.builder().id(ContractId.of("prime")).commissioner(TEES_CCG).provider(ACO)
                .form(ContractForm.POPULATION_CONTRACT).function(PMS).footprint(TEES)
                .term(DateRange.startingOn(APRIL_2020)).build(),
            Contract.builder().id(ContractId.of("sub")).commissioner(ACO).provider(DURHAM_CCG)
                .form(ContractForm.SUB_CONTRACT).prime(ContractId.of("prime")).function(CONTRACTS).footprint(TEES)
                .term(DateRange.startingOn(APRIL_2020)).build())
        .build();
    Accountability accountability = Accountability.of(arrangement);
    Chain chain = accountability.chain(CONTRACTS, A81001, JUNE_2021).orElseThrow();
    assertEquals(List.of(TEES_CCG), chain.links().stream().map(l -> l.to().id()).toList());
    assertEquals(List.of("prime", "sub"), accountability.contracts(CONTRACTS, A81001, JUNE_2021).stream()
        .map(c -> c.id().code()).toList());
    assertEquals(List.of("prime"), accountability.contracts(PMS, A81001, JUNE_2021).stream()
        .map(c -> c.id().code()).toList().subList(0, 1));
    assertEquals(List.of(), accountability.contracts(PMS, A83001, JUNE_2021));
  }

  @Test
  void theDelegationBeyondWhatTheDelegatorHoldsIsFlaggedAndNotExercised() {
    // Tees CCG holds Tees only, but passes on all of England
    Arrangement arrangement = base()
        .addDelegations(delegation(NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build(),
            delegation(TEES_CCG, ACO, ENGLAND).id(DelegationId.of("wide")).build())
        .build();
    Accountability accountability = Accountability.of(arrangement);
    DelegationState state = Access.timelines(accountability).statesOf(DelegationId.of("wide")).get(0);
    AreaSet durham = Access.areas(arrangement.geography(), DURHAM);
    assertEquals(durham, state.beyond());
    assertEquals(Access.areas(arrangement.geography(), TEES), state.effective());
    assertEquals(NHSE, accountability.chain(PMS, A83001, JUNE_2021).orElseThrow().exercisedBy().id());
    assertEquals(ACO, accountability.chain(PMS, A81001, JUNE_2021).orElseThrow().exercisedBy().id());
  }

  @Test
  void onwardDelegationWithoutPermissionTakesNoEffect() {
    Arrangement arrangement = base()
        .addDelegations(delegation(NHSE, TEES_CCG, TEES).build(),
            delegation(TEES_CCG, ACO, TEES).id(DelegationId.of("onward")).build())
        .build();
    Accountability accountability = Accountability.of(arrangement);
    DelegationState state = Access.timelines(accountability).statesOf(DelegationId.of("onward")).get(0);
    assertEquals(Access.areas(arrangement.geography(), TEES), state.unpermitted());
    assertTrue(state.effective().isEmpty());
    assertEquals(TEES_CCG, accountability.chain(PMS, A81001, JUNE_2021).orElseThrow().exercisedBy().id());
  }

  @Test
  void coverageNamesUnheldAndTwiceHeldAreas() {
    Arrangement arrangement = Arrangement.builder()
        .addFootprints(Footprint.of(TEES, "Tees Valley", FootprintLevel.PLACE, List.of(A81001, AreaId.of("A81002"))),
            Footprint.of(DURHAM, "County Durham", FootprintLevel.PLACE, List.of(A83001, AreaId.of("A81002"))),
            Footprint.union(ENGLAND, "England", FootprintLevel.NATIONAL, List.of(TEES, DURHAM)))
        .addOrganisations(Organisation.of(TEES_CCG, "NHS Tees Valley CCG", OrganisationKind.CCG, TEES),
            Organisation.of(DURHAM_CCG, "NHS County Durham CCG", OrganisationKind.CCG, DURHAM))
        .addFunctions(CommissioningFunction.of(PMS, "Primary medical services"))
        .addDuties(Duty.of(TEES_CCG, PMS, TEES, DateRange.startingOn(APRIL_2013)),
            Duty.of(DURHAM_CCG, PMS, DURHAM, DateRange.startingOn(APRIL_2020)))
        .build();
    Accountability accountability = Accountability.of(arrangement);
    Coverage before = accountability.coverage(PMS, ENGLAND, APRIL_2013);
    assertEquals(List.of(A83001), before.unowned());
    assertFalse(before.isComplete());
    Coverage after = accountability.coverage(PMS, ENGLAND, JUNE_2021);
    assertEquals(List.of(), after.unowned());
    assertEquals(List.of(AreaId.of("A81002")), after.overlapping());
    assertEquals(List.of(TEES_CCG, DURHAM_CCG), ids(accountability.accountableFor(PMS, AreaId.of("A81002"), JUNE_2021)));
    assertEquals(List.of(TEES_CCG, DURHAM_CCG), List.copyOf(after.exercisers().keySet()));
    assertEquals(List.of(TEES_CCG), ids(accountability.accountableFor(PMS, ENGLAND, APRIL_2013)));
  }

  @Test
  void timelineChangesAtEveryPeriodBoundary() {
    Arrangement arrangement = base()
        .addDelegations(delegation(NHSE, TEES_CCG, TEES).period(DateRange.of(APRIL_2020, LocalDate.of(2022, 6, 30)))
            .build())
        .build();
    List<Span> spans = Access.timelines(Accountability.of(arrangement)).timeline(PMS);
    assertEquals(List.of("2013-04-01/2020-03-31", "2020-04-01/2022-06-30", "2022-07-01/.."),
        spans.stream().map(s -> s.period().toString()).toList());
    assertEquals(List.of(0, 1, 0), spans.stream().map(s -> s.delegations().size()).toList());
  }

  @Test
  void unknownFunctionOrAreaIsAnError() {
    Accountability accountability = Accountability.of(base().build());
    IllegalArgumentException function = assertThrows(IllegalArgumentException.class,
        () -> accountability.exercisedBy(FunctionId.of("dental"), A81001, JUNE_2021));
    assertEquals("Unknown function dental: it is not a function of this arrangement; add it or correct the id",
        function.getMessage());
    assertThrows(IllegalArgumentException.class, () -> accountability.chain(PMS, AreaId.of("Z"), JUNE_2021));
  }

  @Test
  void aChainOfOneHundredThousandDelegationsIsFollowedWithoutOverflow() {
    int length = 100_000;
    Arrangement.Builder builder = base();
    OrganisationId previous = NHSE;
    for (int i = 0; i < length; i++) {
      OrganisationId next = OrganisationId.of("C" + i);
      builder.addOrganisations(Organisation.of(next, "Committee " + i, OrganisationKind.JOINT_COMMITTEE));
      builder.addDelegations(delegation(previous, next, TEES).onwardDelegationPermitted(true).build());
      previous = next;
    }
    Accountability accountability = Accountability.of(builder.build());
    Chain chain = accountability.chain(PMS, A81001, JUNE_2021).orElseThrow();
    assertEquals(length, chain.links().size());
    assertEquals(OrganisationId.of("C" + (length - 1)), chain.exercisedBy().id());
  }

  @Test
  void aCycleOfOneHundredThousandDelegationsTakesNoEffectWithoutOverflow() {
    int length = 100_000;
    Arrangement.Builder builder = base();
    List<Delegation> cycle = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      builder.addOrganisations(Organisation.of(OrganisationId.of("C" + i), "Committee " + i,
          OrganisationKind.JOINT_COMMITTEE));
      cycle.add(delegation(OrganisationId.of("C" + i), OrganisationId.of("C" + ((i + 1) % length)), TEES)
          .onwardDelegationPermitted(true).build());
    }
    builder.addDelegations(delegation(NHSE, OrganisationId.of("C0"), TEES).onwardDelegationPermitted(true).build());
    builder.addAllDelegations(cycle);
    Accountability accountability = Accountability.of(builder.build());
    assertTrue(Access.timelines(accountability).statesOf(cycle.get(0).id()).get(0).isInCycle());
    assertTrue(Access.timelines(accountability).statesOf(cycle.get(length - 1).id()).get(0).isInCycle());
    Chain chain = accountability.chain(PMS, A81001, JUNE_2021).orElseThrow();
    assertEquals(List.of(OrganisationId.of("C0")), chain.links().stream().map(l -> l.to().id()).toList());
  }

  private static List<OrganisationId> ids(List<Organisation> organisations) {
    return organisations.stream().map(Organisation::id).toList();
  }
}
