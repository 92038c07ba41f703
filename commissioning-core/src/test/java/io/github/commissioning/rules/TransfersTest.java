package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.A1;
import static io.github.commissioning.rules.Fixture.A2;
import static io.github.commissioning.rules.Fixture.A3;
import static io.github.commissioning.rules.Fixture.APRIL_2013;
import static io.github.commissioning.rules.Fixture.APRIL_2015;
import static io.github.commissioning.rules.Fixture.DURHAM;
import static io.github.commissioning.rules.Fixture.DURHAM_CCG;
import static io.github.commissioning.rules.Fixture.ENGLAND;
import static io.github.commissioning.rules.Fixture.NHSE;
import static io.github.commissioning.rules.Fixture.PMS;
import static io.github.commissioning.rules.Fixture.PRACTICE;
import static io.github.commissioning.rules.Fixture.TEES;
import static io.github.commissioning.rules.Fixture.TEES_CCG;
import static io.github.commissioning.rules.Fixture.TO_TEES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractForm;
import io.github.commissioning.model.ContractId;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Law;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.ProcurementRoute;
import io.github.commissioning.model.Succession;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.model.TransferId;
import io.github.commissioning.model.TransferKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transfers and successors: the 1 July 2022 abolition of CCGs, an April 2026 split, NHS England's abolition,
 * contracts carried by a transfer, and the two rules on transfers.
 */
class TransfersTest {

  static final LocalDate JULY_2022 = LocalDate.of(2022, 7, 1);
  static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);
  static final LocalDate APRIL_2027 = LocalDate.of(2027, 4, 1);
  static final OrganisationId ICB = OrganisationId.of("QHM");
  static final OrganisationId SOUTH = OrganisationId.of("NEW-S");
  static final OrganisationId NORTH = OrganisationId.of("NEW-N");
  static final OrganisationId DHSC = OrganisationId.of("DHSC");
  static final FunctionId COMMUNITY = FunctionId.of("community");
  static final FootprintId NORTH_FP = FootprintId.of("NORTH");
  static final TransferId TEES_2022 = TransferId.of("16C-2022");
  static final TransferId DURHAM_2022 = TransferId.of("84H-2022");
  static final TransferId SPLIT_2026 = TransferId.of("QHM-2026");

  /** The clean fixture carried into July 2022: both CCGs abolished, the ICB their successor for their areas. */
  static Fixture transition() {
    Fixture f = Fixture.clean();
    f.replace(f.organisations, o -> o.id().equals(TEES_CCG), f.organisations.stream()
        .filter(o -> o.id().equals(TEES_CCG)).findFirst().orElseThrow().withExistence(ccgEra()));
    f.replace(f.organisations, o -> o.id().equals(DURHAM_CCG), f.organisations.stream()
        .filter(o -> o.id().equals(DURHAM_CCG)).findFirst().orElseThrow().withExistence(ccgEra()));
    f.organisations.add(Organisation.builder().id(ICB).name("NHS North East and North Cumbria ICB")
        .kind(OrganisationKind.ICB).footprint(ENGLAND).existence(DateRange.startingOn(JULY_2022)).build());
    f.transfers.add(Transfer.builder().id(TEES_2022).predecessor(TEES_CCG).date(JULY_2022).kind(TransferKind.ABOLITION)
        .addSuccessions(Succession.of(ICB, TEES)).instrument("Health and Care Act 2022").build());
    f.transfers.add(Transfer.builder().id(DURHAM_2022).predecessor(DURHAM_CCG).date(JULY_2022)
        .kind(TransferKind.ABOLITION).addSuccessions(Succession.of(ICB, DURHAM)).build());
    return f;
  }

  static DateRange ccgEra() {
    return DateRange.of(APRIL_2013, JULY_2022.minusDays(1));
  }

  /** The transition, then the ICB split on 1 April 2026: Tees to one new ICB, Durham to another. */
  static Fixture split(Succession... successions) {
    Fixture f = transition();
    f.replace(f.organisations, o -> o.id().equals(ICB), f.organisations.stream()
        .filter(o -> o.id().equals(ICB)).findFirst().orElseThrow()
        .withExistence(DateRange.of(JULY_2022, APRIL_2026.minusDays(1))));
    f.organisations.add(Organisation.builder().id(SOUTH).name("NHS Tees ICB (illustrative)").kind(OrganisationKind.ICB)
        .footprint(TEES).existence(DateRange.startingOn(APRIL_2026)).build());
    f.organisations.add(Organisation.builder().id(NORTH).name("NHS Durham ICB (illustrative)")
        .kind(OrganisationKind.ICB).footprint(DURHAM).existence(DateRange.startingOn(APRIL_2026)).build());
    f.transfers.add(Transfer.builder().id(SPLIT_2026).predecessor(ICB).date(APRIL_2026).kind(TransferKind.SPLIT)
        .addSuccessions(successions).build());
    return f;
  }

  static Fixture cleanSplit() {
    return split(Succession.of(SOUTH, TEES), Succession.of(NORTH, DURHAM));
  }

  @Test
  void theDelegationFollowsTheTransferAndAccountabilityStays() {
    Fixture f = transition();
    Accountability a = Accountability.of(f.build());
    assertEquals("NHS Tees Valley CCG (16C)", a.exercisedBy(PMS, A1, JULY_2022.minusDays(1)).orElseThrow().toString());
    assertEquals("NHS North East and North Cumbria ICB (QHM)", a.exercisedBy(PMS, A1, JULY_2022).orElseThrow().toString());
    assertEquals("NHS North East and North Cumbria ICB (QHM)", a.exercisedBy(PMS, A3, JULY_2022).orElseThrow().toString());
    assertEquals("[NHS England (X24)]", a.accountableFor(PMS, A1, JULY_2022).toString());
    Chain chain = a.chain(PMS, A1, JULY_2022).orElseThrow();
    assertEquals("X24-16C@2022-07-01>QHM/TEES", chain.links().get(0).delegation().id().code());
    assertEquals(TO_TEES.code(), a.chain(PMS, A1, JULY_2022.minusDays(1)).orElseThrow().links().get(0)
        .delegation().id().code());
    assertEquals(TEES_2022, f.build().transferOf(TO_TEES).orElseThrow().id());
    assertEquals(TO_TEES, f.build().originOf(chain.links().get(0).delegation().id()));
    assertEquals(TO_TEES, f.build().originOf(TO_TEES));
    assertEquals("NHS North East and North Cumbria ICB (delegated, s65Z5, from 2022-07-01)",
        chain.links().get(0).toString());
  }

  @Test
  void aCleanTransitionAndSplitReportNothing() {
    RuleTests.assertReport(transition());
    RuleTests.assertReport(cleanSplit());
  }

  @Test
  void theSplitCarriesEachPartToItsSuccessor() {
    Accountability a = Accountability.of(cleanSplit().build());
    assertEquals("NHS Tees ICB (illustrative) (NEW-S)", a.exercisedBy(PMS, A2, APRIL_2026).orElseThrow().toString());
    assertEquals("NHS Durham ICB (illustrative) (NEW-N)", a.exercisedBy(PMS, A3, APRIL_2026).orElseThrow().toString());
    assertEquals("NHS North East and North Cumbria ICB (QHM)",
        a.exercisedBy(PMS, A3, APRIL_2026.minusDays(1)).orElseThrow().toString());
  }

  @Test
  void aDutyMovesAndASuccessorTakingPartOfAFootprintGetsThatPart() {
    Fixture f = transition();
    f.functions.add(CommissioningFunction.of(COMMUNITY, "Community services"));
    f.footprints.add(Footprint.of(NORTH_FP, "North of the patch", FootprintLevel.PLACE, List.of(A1, A3)));
    f.duties.add(Duty.of(TEES_CCG, COMMUNITY, TEES, DateRange.of(APRIL_2015, JULY_2022.minusDays(1))));
    f.duties.add(Duty.of(DURHAM_CCG, COMMUNITY, DURHAM, DateRange.of(APRIL_2015, JULY_2022.minusDays(1))));
    f.duties.add(Duty.of(ICB, COMMUNITY, ENGLAND, DateRange.of(JULY_2022, APRIL_2026.minusDays(1))));
    f.organisations.add(Organisation.builder().id(SOUTH).name("NHS Tees ICB (illustrative)").kind(OrganisationKind.ICB)
        .footprint(TEES).existence(DateRange.startingOn(APRIL_2026)).build());
    // the ICB's own duty, from 2022, passes in 2026 by boundary change: the part of it in NORTH to a neighbour
    f.duties.set(f.duties.size() - 1, Duty.of(ICB, COMMUNITY, ENGLAND, DateRange.startingOn(JULY_2022)));
    f.transfers.add(Transfer.builder().id(SPLIT_2026).predecessor(ICB).date(APRIL_2026).kind(TransferKind.BOUNDARY_CHANGE)
        .addSuccessions(Succession.of(SOUTH, NORTH_FP, COMMUNITY)).build());
    Arrangement arrangement = f.build();
    Accountability a = Accountability.of(arrangement);
    assertEquals("[NHS Tees ICB (illustrative) (NEW-S)]", a.accountableFor(COMMUNITY, A1, APRIL_2026).toString());
    assertEquals("[NHS Tees ICB (illustrative) (NEW-S)]", a.accountableFor(COMMUNITY, A3, APRIL_2026).toString());
    assertEquals("[NHS North East and North Cumbria ICB (QHM)]", a.accountableFor(COMMUNITY, A2, APRIL_2026).toString());
    assertEquals("[NHS North East and North Cumbria ICB (QHM)]",
        a.accountableFor(COMMUNITY, A1, APRIL_2026.minusDays(1)).toString());
    // the body keeps the rest of its footprint, as a footprint the transfer made
    Duty kept = arrangement.effectiveDuties().stream().filter(d -> d.holder().equals(ICB)
        && d.period().start().equals(APRIL_2026)).findFirst().orElseThrow();
    assertEquals("ENG-rest", kept.footprint().code());
    assertEquals("the rest of England", arrangement.geography().footprint(kept.footprint()).orElseThrow().name());
    // PMS is not named, so it stays with the ICB, whole
    assertEquals("NHS North East and North Cumbria ICB (QHM)", a.exercisedBy(PMS, A1, APRIL_2026).orElseThrow().toString());
  }

  @Test
  void whereASplitLeavesAnAreaWithNobodyTheAccountableBodyExercisesItItself() {
    // the finding itself is SuccessionGapRuleTest's; here, what the analysis makes of the gap
    Fixture f = split(Succession.of(SOUTH, TEES));
    assertEquals(1, RuleTests.findingsOf(f, AccountabilityRules.SUCCESSION_GAP).size());
    assertEquals("NHS England (X24)", Accountability.of(f.build()).exercisedBy(PMS, A3, APRIL_2026).orElseThrow()
        .toString());
  }

  @Test
  void nhsEnglandsAbolitionMovesTheDutyToTheIcbAsItsOwn() {
    Fixture f = cleanSplit();
    f.law = Law.england().withNhsEnglandAbolishedOn(APRIL_2027);
    f.organisations.add(Organisation.of(DHSC, "Department of Health and Social Care",
        OrganisationKind.SECRETARY_OF_STATE, ENGLAND));
    f.transfers.add(Transfer.builder().predecessor(NHSE).date(APRIL_2027).kind(TransferKind.ABOLITION)
        .addSuccessions(Succession.of(SOUTH, TEES, PMS), Succession.of(NORTH, DURHAM, PMS),
            Succession.of(DHSC, ENGLAND))
        .instrument("Health Bill 2026 (provisional)").build());
    Arrangement arrangement = f.build();
    Accountability a = Accountability.of(arrangement);
    assertEquals("[NHS England (X24)]", a.accountableFor(PMS, A1, APRIL_2027.minusDays(1)).toString());
    assertEquals("[NHS Tees ICB (illustrative) (NEW-S)]", a.accountableFor(PMS, A1, APRIL_2027).toString());
    assertEquals("[NHS Durham ICB (illustrative) (NEW-N)]", a.accountableFor(PMS, A3, APRIL_2027).toString());
    // the ICB held PMS by delegation; now it holds the duty, so the delegation ends rather than passing to itself
    Chain chain = a.chain(PMS, A1, APRIL_2027).orElseThrow();
    assertEquals(List.of(), chain.links());
    assertEquals("NHS Tees ICB (illustrative) (NEW-S)", chain.exercisedBy().toString());
    assertEquals(List.of(), f.check().findings().stream().map(RuleTests::describe).toList());
  }

  @Test
  void contractsPassToTheSuccessorForTheirArea() {
    Fixture f = transition();
    ContractId gms = ContractId.of("GMS-A81001");
    f.contracts.add(Contract.builder().id(gms).commissioner(TEES_CCG).provider(PRACTICE).form(ContractForm.GMS)
        .function(PMS).footprint(TEES).term(DateRange.startingOn(APRIL_2015)).build());
    ContractId ending = ContractId.of("LES-A81001");
    f.contracts.add(Contract.builder().id(ending).commissioner(TEES_CCG).provider(PRACTICE)
        .form(ContractForm.NHS_STANDARD_CONTRACT).function(PMS).footprint(TEES).term(DateRange.startingOn(APRIL_2015))
        .route(ProcurementRoute.REGULATIONS_2013).endsOnTransfer(true).build());
    Accountability a = Accountability.of(f.build());
    assertEquals(List.of("GMS-A81001", "LES-A81001"), a.contracts(PMS, A1, JULY_2022.minusDays(1)).stream()
        .map(c -> c.id().code()).toList());
    List<Contract> after = a.contracts(PMS, A1, JULY_2022);
    assertEquals(List.of("GMS GMS-A81001@2022-07-01>QHM/TEES: QHM with A81001 for pms in TEES, 2022-07-01/.."),
        after.stream().map(Contract::toString).toList());
    assertEquals(List.of(), a.contracts(PMS, A3, JULY_2022));
    RuleTests.assertReport(f);
  }

  @Test
  void derivedFootprintsAreMadeWhenASuccessorTakesPartOfAnItemsFootprint() {
    Fixture f = transition();
    f.footprints.add(Footprint.of(NORTH_FP, "North of the patch", FootprintLevel.PLACE, List.of(A1, A3)));
    f.organisations.add(Organisation.builder().id(SOUTH).name("NHS Tees ICB (illustrative)").kind(OrganisationKind.ICB)
        .footprint(TEES).existence(DateRange.startingOn(APRIL_2026)).build());
    f.transfers.add(Transfer.builder().id(SPLIT_2026).predecessor(ICB).date(APRIL_2026).kind(TransferKind.BOUNDARY_CHANGE)
        .addSuccessions(Succession.of(SOUTH, NORTH_FP)).build());
    Arrangement arrangement = f.build();
    // the carried Tees delegation (A81001, A81002) meets NORTH (A81001, A83001) in A81001 only
    assertTrue(arrangement.effectiveDelegations().stream().anyMatch(d -> d.delegate().equals(SOUTH)
        && d.footprint().code().equals("TEES&NORTH")), arrangement.effectiveDelegations().toString());
    assertEquals("the part of Tees Valley in North of the patch",
        arrangement.geography().footprint(FootprintId.of("TEES&NORTH")).orElseThrow().name());
    Accountability a = Accountability.of(arrangement);
    assertEquals("NHS Tees ICB (illustrative) (NEW-S)", a.exercisedBy(PMS, A1, APRIL_2026).orElseThrow().toString());
    assertEquals("NHS North East and North Cumbria ICB (QHM)", a.exercisedBy(PMS, A2, APRIL_2026).orElseThrow().toString());
    assertEquals(Mechanism.DELEGATION, a.chain(PMS, A1, APRIL_2026).orElseThrow().links().get(0).delegation()
        .mechanism());
    RuleTests.assertReport(f);
  }

  @Test
  void aSeatOnAJointCommitteePassesToTheSuccessorOrIsAGap() {
    Fixture f = transition();
    OrganisationId committee = OrganisationId.of("JC");
    f.organisations.add(Organisation.of(committee, "Tees Valley joint committee", OrganisationKind.JOINT_COMMITTEE));
    f.affiliations.add(Affiliation.of(TEES_CCG, AffiliationKind.MEMBER_OF, committee, DateRange.startingOn(APRIL_2015)));
    Arrangement arrangement = f.build();
    assertEquals(List.of("16C>JC/2015-04-01: 16C in JC, 2015-04-01/2022-06-30",
        "16C>JC/2015-04-01@2022-07-01>QHM: QHM in JC, 2022-07-01/.."),
        arrangement.effectiveAffiliations().stream().filter(a -> a.parent().equals(committee))
            .map(a -> a.id() + ": " + a.member() + " in " + a.parent() + ", " + a.period()).toList());
    RuleTests.assertSilent(f, AccountabilityRules.SUCCESSION_GAP);
    // abolished with no successor named: the seat passes to nobody
    f.transfers.set(0, f.transfers.get(0).withSuccessions(List.of()));
    List<String> gaps = RuleTests.findingsOf(f, AccountabilityRules.SUCCESSION_GAP).stream()
        .map(x -> x.key().toString()).toList();
    assertTrue(gaps.contains("ACC-SUCCESSION-GAP|16C-2022|16C>JC/2015-04-01|member"), gaps.toString());
  }

  @Test
  void aPartMadeByOneTransferIsMovedAgainByALaterOne() {
    Fixture f = transition();
    f.footprints.add(Footprint.of(NORTH_FP, "North of the patch", FootprintLevel.PLACE, List.of(A1, A3)));
    f.organisations.add(Organisation.builder().id(SOUTH).name("NHS Tees ICB (illustrative)").kind(OrganisationKind.ICB)
        .footprint(TEES).existence(DateRange.of(APRIL_2026, APRIL_2027.minusDays(1))).build());
    f.organisations.add(Organisation.builder().id(NORTH).name("NHS Durham ICB (illustrative)")
        .kind(OrganisationKind.ICB).footprint(ENGLAND).existence(DateRange.startingOn(APRIL_2027)).build());
    f.transfers.add(Transfer.builder().id(SPLIT_2026).from(Transfer.builder().predecessor(ICB).date(APRIL_2026)
        .kind(TransferKind.BOUNDARY_CHANGE).addSuccessions(Succession.of(SOUTH, NORTH_FP)).build()).build());
    f.transfers.add(Transfer.builder().predecessor(SOUTH).date(APRIL_2027).kind(TransferKind.MERGER)
        .addSuccessions(Succession.of(NORTH, ENGLAND)).build());
    Accountability a = Accountability.of(f.build());
    assertEquals("NHS Tees ICB (illustrative) (NEW-S)", a.exercisedBy(PMS, A1, APRIL_2026).orElseThrow().toString());
    assertEquals("NHS Durham ICB (illustrative) (NEW-N)", a.exercisedBy(PMS, A1, APRIL_2027).orElseThrow().toString());
    RuleTests.assertSilent(f, AccountabilityRules.SUCCESSION_GAP);
  }
}
