package io.github.commissioning.accountability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Span;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the analysis hands out: spans, states, links, chains and coverage, read field by field. */
class AnalysisValuesTest {

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
  private static final AreaId A1 = AreaId.of("A81001");
  private static final AreaId A2 = AreaId.of("A81002");
  private static final AreaId A3 = AreaId.of("A83001");

  /** NHS England's duty for Tees only, delegated to the CCG, which delegates on to an ACO: a link the law does not allow. */
  private static Arrangement arrangement() {
    return Arrangement.builder()
        .addFootprints(Footprint.of(TEES, "Tees Valley", FootprintLevel.PLACE, List.of(A1, A2)),
            Footprint.of(DURHAM, "County Durham", FootprintLevel.PLACE, List.of(A3)),
            Footprint.union(ENGLAND, "England", FootprintLevel.NATIONAL, List.of(TEES, DURHAM)))
        .addOrganisations(Organisation.of(NHSE, "NHS England", OrganisationKind.NHS_ENGLAND, ENGLAND),
            Organisation.of(TEES_CCG, "NHS Tees Valley CCG", OrganisationKind.CCG, TEES),
            Organisation.of(DURHAM_CCG, "NHS County Durham CCG", OrganisationKind.CCG, DURHAM),
            Organisation.of(ACO, "Tees Care Partnership", OrganisationKind.ACO))
        .addFunctions(CommissioningFunction.of(PMS, "Primary medical services"))
        .addDuties(Duty.of(NHSE, PMS, TEES, DateRange.startingOn(APRIL_2013)),
            Duty.of(DURHAM_CCG, PMS, TEES, DateRange.of(APRIL_2020, APRIL_2020.plusDays(9))))
        .addDelegations(Delegation.builder().id(DelegationId.of("d1")).delegator(NHSE).delegate(TEES_CCG).function(PMS)
                .footprint(ENGLAND).mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(APRIL_2020))
                .onwardDelegationPermitted(true).build(),
            Delegation.builder().id(DelegationId.of("d2")).delegator(TEES_CCG).delegate(ACO).function(PMS)
                .footprint(TEES).mechanism(Mechanism.DELEGATION).period(DateRange.of(APRIL_2020, JUNE_2021)).build())
        .build();
  }

  @Test
  void coverageNamesItsQueryAndCountsGapsAndOverlaps() {
    Accountability accountability = Accountability.of(arrangement());
    Coverage gap = accountability.coverage(PMS, ENGLAND, JUNE_2021);
    assertEquals(PMS, gap.function());
    assertEquals(ENGLAND, gap.footprint());
    assertEquals(JUNE_2021, gap.date());
    assertEquals(List.of(A3), gap.unowned());
    assertEquals(List.of(), gap.overlapping());
    assertFalse(gap.isComplete());
    assertEquals(Map.of(ACO, List.of(A1, A2)), gap.exercisers());
    assertEquals("pms in ENG on 2021-06-01: 1 areas unowned, 0 overlapping, exercised by [ACO]", gap.toString());
    Coverage twice = accountability.coverage(PMS, TEES, APRIL_2020.plusDays(1));
    assertEquals(List.of(A1, A2), twice.overlapping());
    assertFalse(twice.isComplete());
    assertTrue(accountability.coverage(PMS, TEES, JUNE_2021).isComplete());
  }

  @Test
  void spansAndStatesDescribeThemselves() {
    Accountability accountability = Accountability.of(arrangement());
    Span span = Access.timelines(accountability).spanAt(PMS, JUNE_2021).orElseThrow();
    assertEquals(PMS, span.function());
    assertEquals("pms 2020-04-11/2021-06-01: 1 duties, 2 delegations", span.toString());
    assertEquals(1, span.unowned().size());
    assertTrue(span.isHolder(NHSE));
    assertFalse(span.isHolder(TEES_CCG));
    assertFalse(span.hasDelegatorWithSeveralDelegations());
    DelegationState toCcg = Access.timelines(accountability).ownStatesOf(DelegationId.of("d1")).get(1);
    assertTrue(toCcg.toString().startsWith("d1 for pms on 2020-04-11/2021-06-01: effective "), toCcg::toString);
    assertTrue(toCcg.toString().contains(", beyond "), toCcg::toString);
    assertFalse(toCcg.toString().contains("cycle"), toCcg::toString);
    assertEquals(1, toCcg.depth());
    assertFalse(toCcg.upstream().isPresent());
    DelegationState toAco = Access.timelines(accountability).ownStatesOf(DelegationId.of("d2")).get(1);
    assertEquals(2, toAco.depth());
    assertEquals(DelegationId.of("d1"), toAco.upstream().orElseThrow().delegation().id());
    assertEquals(List.of(), Access.timelines(accountability).ownStatesOf(DelegationId.of("nope")));
    assertEquals(3, Access.timelines(accountability).statesOf(DelegationId.of("d1")).size());
  }

  @Test
  void aChainNamesItsDutyAndItsLinksDescribeTheDelegate() {
    Accountability accountability = Accountability.of(arrangement());
    Chain chain = accountability.chain(PMS, A1, JUNE_2021).orElseThrow();
    assertEquals(Duty.of(NHSE, PMS, TEES, DateRange.startingOn(APRIL_2013)), chain.duty());
    assertEquals(A1, chain.area());
    assertEquals(JUNE_2021, chain.date());
    assertEquals(PMS, chain.function());
    Link last = chain.links().get(1);
    assertEquals("Tees Care Partnership (delegated, NO POWER IN LAW on 2021-06-01, 2020-04-01 to 2021-06-01)",
        last.toString());
    assertFalse(last.isLawful());
    assertTrue(chain.links().get(0).isLawful());
    assertEquals(TEES_CCG, last.from().id());
    assertEquals(ACO, last.to().id());
    assertEquals("NHS England (accountable) → NHS Tees Valley CCG (delegated, s13Z, from 2020-04-01) → Tees Care "
        + "Partnership (delegated, NO POWER IN LAW on 2021-06-01, 2020-04-01 to 2021-06-01)", chain.toString());
    assertTrue(accountability.chain(PMS, A3, JUNE_2021).isEmpty());
    assertTrue(accountability.chain(PMS, A1, APRIL_2013.minusDays(1)).isEmpty());
  }

  @Test
  void aFunctionsAccountabilityDrawsAsDot() {
    Accountability accountability = Accountability.of(arrangement());
    String dot = Diagrams.dot(accountability, PMS, JUNE_2021);
    assertTrue(dot.startsWith("digraph"), dot);
    assertTrue(dot.contains("NHS England (X24)"), dot);
    assertTrue(dot.contains("Tees Care Partnership (ACO)"), dot);
    assertTrue(dot.contains("delegated, NO POWER IN LAW on 2021-06-01"), dot);
  }

  @Test
  void delegationsBelowACycleAreNotInItButHoldNothing() {
    Arrangement.Builder builder = Arrangement.builder()
        .addFootprints(Footprint.of(TEES, "Tees Valley", FootprintLevel.PLACE, List.of(A1, A2)))
        .addOrganisations(Organisation.of(NHSE, "NHS England", OrganisationKind.NHS_ENGLAND, TEES))
        .addFunctions(CommissioningFunction.of(PMS, "Primary medical services"))
        .addDuties(Duty.of(NHSE, PMS, TEES, DateRange.startingOn(APRIL_2013)));
    for (String code : List.of("J1", "J2", "J3", "J4")) {
      builder.addOrganisations(Organisation.of(OrganisationId.of(code), "Committee " + code,
          OrganisationKind.JOINT_COMMITTEE));
    }
    String[][] links = {{"X24", "J1"}, {"J1", "J2"}, {"J2", "J1"}, {"J2", "J3"}, {"J3", "J4"}, {"J4", "J3"}};
    for (String[] link : links) {
      builder.addDelegations(Delegation.builder().id(DelegationId.of(link[0] + "-" + link[1]))
          .delegator(OrganisationId.of(link[0])).delegate(OrganisationId.of(link[1])).function(PMS).footprint(TEES)
          .mechanism(Mechanism.JOINT_COMMITTEE).period(DateRange.startingOn(APRIL_2020)).onwardDelegationPermitted(true).build());
    }
    Accountability accountability = Accountability.of(builder.build());
    DelegationState intoCycle = Access.timelines(accountability).ownStatesOf(DelegationId.of("X24-J1")).get(0);
    assertFalse(intoCycle.isInCycle());
    assertEquals(2, intoCycle.effective().size());
    for (String id : List.of("J1-J2", "J2-J1", "J3-J4", "J4-J3")) {
      DelegationState state = Access.timelines(accountability).ownStatesOf(DelegationId.of(id)).get(0);
      assertTrue(state.isInCycle(), id);
      assertTrue(state.effective().isEmpty(), id);
      assertTrue(state.beyond().isEmpty(), id);
    }
    DelegationState between = Access.timelines(accountability).ownStatesOf(DelegationId.of("J2-J3")).get(0);
    assertFalse(between.isInCycle());
    assertTrue(between.effective().isEmpty());
    assertEquals(2, between.beyond().size());
    assertEquals(OrganisationId.of("J1"), accountability.chain(PMS, A1, JUNE_2021).orElseThrow().exercisedBy().id());
  }

  @Test
  void aFunctionWithoutDutiesHasNoSpanAndNobodyAccountable() {
    Accountability accountability = Accountability.of(arrangement());
    assertTrue(Access.timelines(accountability).spanAt(PMS, APRIL_2013.minusDays(1)).isEmpty());
    assertEquals(List.of(), accountability.accountableFor(PMS, A1, APRIL_2013.minusDays(1)));
    assertEquals(List.of(NHSE), accountability.accountableFor(PMS, A1, APRIL_2013).stream().map(Organisation::id)
        .toList());
    assertEquals(List.of(NHSE), accountability.accountableFor(PMS, TEES, JUNE_2021).stream().map(Organisation::id)
        .toList());
    assertEquals(2, accountability.accountableFor(PMS, TEES, APRIL_2020).size());
  }
}
