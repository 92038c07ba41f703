package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.*;
import static io.github.commissioning.rules.RuleTests.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.*;
import io.github.commissioning.model.*;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Unowned}, rule {@value AccountabilityRules.UNOWNED}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class UnownedTest {

  /** The example of the rule's page: NHS England's duty covers Tees Valley only, so County Durham has no duty holder. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.duties, d -> true, Duty.of(NHSE, PMS, TEES, DateRange.startingOn(APRIL_2013)));
    // example:end
    return f;
  }

  @Test
  void primaryCareWithNoDutyHolderInDurhamIsFlagged() {
    assertReport(example(), """
        ERROR ACC-NOT-HELD|X24-84H|2015-04-01
        subjects: DelegationId X24-84H
        period: 2015-04-01/..
        footprint: DUR
        areas: [A83001]
        message: NHS England (X24) delegates Primary medical services (pms) to NHS County Durham CCG (84H) in County Durham (DUR) from 2015-04-01 but does not hold it there then; narrow the delegation to what NHS England (X24) holds
        evidence: delegation X24-84H: NHS England (X24) → NHS County Durham CCG (84H), Primary medical services (pms) for County Durham (DUR), delegated, 2015-04-01/.., keeping back [pms.performers]
        """, """
        ERROR ACC-UNOWNED|pms|2013-04-01
        subjects: FunctionId pms
        period: 2013-04-01/..
        footprint: none
        areas: [A83001]
        message: Primary medical services (pms) has no duty holder in County Durham (DUR) from 2013-04-01; give an organisation the duty for it there
        evidence: duty X24/pms/TEES/2013-04-01: NHS England (X24) for Tees Valley (TEES), 2013-04-01/..
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.UNOWNED);
  }

  @Test
  void aGapBetweenTwoDutiesIsFlaggedForItsDatesOnly() {
    Fixture f = Fixture.clean();
    f.replace(f.duties, d -> true, Duty.of(NHSE, PMS, ENGLAND, DateRange.of(APRIL_2013, LocalDate.of(2014, 3, 31))));
    f.duties.add(Duty.of(NHSE, PMS, ENGLAND, DateRange.startingOn(APRIL_2015)));
    Finding finding = findingsOf(f, AccountabilityRules.UNOWNED).get(0);
    assertEquals(DateRange.of(LocalDate.of(2014, 4, 1), LocalDate.of(2015, 3, 31)), finding.period().orElseThrow());
    assertEquals(List.of(A1, A2, A3), finding.areas());
  }

  @Test
  void dutiesThatMeetWithoutADayBetweenThemLeaveNoGap() {
    Fixture f = Fixture.clean();
    f.replace(f.duties, d -> true, Duty.of(NHSE, PMS, ENGLAND, DateRange.of(APRIL_2013, LocalDate.of(2015, 3, 31))));
    f.duties.add(Duty.of(NHSE, PMS, ENGLAND, DateRange.startingOn(APRIL_2015)));
    assertSilent(f, AccountabilityRules.UNOWNED);
  }

  @Test
  void twoPlaceDutiesThatCoverEveryAreaLeaveNoGap() {
    Fixture f = Fixture.clean();
    f.replace(f.duties, d -> true, Duty.of(NHSE, PMS, TEES, DateRange.startingOn(APRIL_2013)));
    f.duties.add(Duty.of(NHSE, PMS, DURHAM, DateRange.startingOn(APRIL_2013)));
    assertSilent(f, AccountabilityRules.UNOWNED);
  }

  @Test
  void aCcgsDutyThatLeavesOutOnePracticeLeavesJustThatPracticeWithNobody() {
    Fixture f = Fixture.clean();
    FootprintId stockton = FootprintId.of("STOCKTON");
    f.footprints.add(Footprint.of(stockton, "Stockton", FootprintLevel.NEIGHBOURHOOD, List.of(A1)));
    f.functions.add(CommissioningFunction.of(COMMUNITY, "Community services"));
    f.duties.add(Duty.of(TEES_CCG, COMMUNITY, stockton, DateRange.startingOn(APRIL_2013)));
    List<Finding> findings = findingsOf(f, AccountabilityRules.UNOWNED);
    assertEquals(List.of("Community services (community) has no duty holder in 1 area (A81002) "
        + "from 2013-04-01; give an organisation the duty for it there"),
        findings.stream().map(Finding::message).toList());
  }

  @Test
  void anExpectationForAFunctionNobodyHoldsReportsItsWholeFootprint() {
    Fixture f = Fixture.clean();
    f.functions.add(CommissioningFunction.of(COMMUNITY, "Community services"));
    f.expectations.add(CoverageExpectation.everywhere(COMMUNITY, ENGLAND, DateRange.startingOn(APRIL_2015)));
    Finding finding = findingsOf(f, AccountabilityRules.UNOWNED).get(0);
    assertEquals(List.of(A1, A2, A3), finding.areas());
    assertEquals(DateRange.startingOn(APRIL_2015), finding.period().orElseThrow());
    assertEquals(List.of("no duty for Community services (community) is in force on 2015-04-01",
        "expected: Community services (community) held in every area of England (ENG), 2015-04-01/.."),
        finding.evidence());
  }

  @Test
  void anExpectationOfEachCcgReportsTheCcgThatHoldsNothing() {
    Fixture f = Fixture.clean();
    f.functions.add(CommissioningFunction.of(COMMUNITY, "Community services"));
    f.duties.add(Duty.of(TEES_CCG, COMMUNITY, TEES, DateRange.startingOn(APRIL_2013)));
    f.expectations.add(CoverageExpectation.byEach(OrganisationKind.CCG, COMMUNITY, DateRange.startingOn(APRIL_2013)));
    assertEquals(List.of(List.of(A3)), findingsOf(f, AccountabilityRules.UNOWNED).stream().map(Finding::areas).toList());
  }

  @Test
  void nearMissAnExpectationThatStartsWhenTheDutyDoesIsMet() {
    Fixture f = Fixture.clean();
    f.functions.add(CommissioningFunction.of(COMMUNITY, "Community services"));
    f.duties.add(Duty.of(TEES_CCG, COMMUNITY, TEES, DateRange.startingOn(APRIL_2015)));
    f.duties.add(Duty.of(DURHAM_CCG, COMMUNITY, DURHAM, DateRange.startingOn(APRIL_2015)));
    f.expectations.add(CoverageExpectation.everywhere(COMMUNITY, ENGLAND, DateRange.startingOn(APRIL_2015)));
    assertSilent(f, AccountabilityRules.UNOWNED);
    f.expectations.set(0, CoverageExpectation.everywhere(COMMUNITY, ENGLAND,
        DateRange.startingOn(APRIL_2015.minusDays(1))));
    assertEquals(List.of(DateRange.of(APRIL_2015.minusDays(1), APRIL_2015.minusDays(1))),
        findingsOf(f, AccountabilityRules.UNOWNED).stream().map(x -> x.period().orElseThrow()).toList());
  }
}
