package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.*;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules package's values: findings, reports, diffs, policies and conflicts, read and compared. */
class RuleValuesTest {

  private static Report defective() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).keptBack(List.of()).liabilityTransferRecorded(true).build());
    return f.check();
  }

  @Test
  void findingsAreEqualWhenEveryFieldIsAndChangingTheSeverityMakesAnotherFinding() {
    Finding first = defective().findings().get(0);
    Finding again = defective().findings().get(0);
    assertEquals(first, again);
    assertEquals(first.hashCode(), again.hashCode());
    assertEquals("ERROR ACC-LIABILITY-MOVED|X24-16C: " + first.message(), first.toString());
    Finding warning = first.withSeverity(Severity.WARNING);
    assertEquals(Severity.WARNING, warning.severity());
    assertNotEquals(first, warning);
    assertEquals(first.key(), warning.key());
    assertEquals(first.message(), warning.message());
    assertEquals(first.evidence(), warning.evidence());
    assertEquals(first.period(), warning.period());
    assertEquals(first.footprint(), warning.footprint());
    assertSame(first, first.withSeverity(Severity.ERROR));
    assertNotEquals(first, defective().findings().get(1));
    assertNotEquals(first, "a finding");
  }

  @Test
  void aBuilderReplacesAreasAndTellsOccurrencesApart() {
    Rule rule = new LiabilityMoved();
    Finding.Builder builder = Finding.builder(rule).addSubjects(TO_TEES).message("m")
        .areas(List.of(A1, A2)).areas(List.of(A3));
    assertEquals(List.of(A3), builder.build().areas());
    assertEquals("ACC-LIABILITY-MOVED|X24-16C", Finding.builder(rule).addSubjects(TO_TEES).message("m").occurrence(0)
        .build().key().toString());
    assertEquals("ACC-LIABILITY-MOVED|X24-16C|3", Finding.builder(rule).addSubjects(TO_TEES).message("m").occurrence(2)
        .build().key().toString());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Finding.builder(rule).message("m").build());
    assertEquals("Invalid finding of rule ACC-LIABILITY-MOVED: it needs at least one subject (has 0) and a message "
        + "(has 'm')", e.getMessage());
  }

  @Test
  void reportsAndDiffsDescribeThemselves() {
    Report report = defective();
    assertEquals("Report[2 active, 0 waived, 38 rules ran]", report.toString());
    Report clean = Fixture.clean().check();
    ReportDiff diff = Report.diff(report, clean);
    assertEquals("ReportDiff[introduced 0, resolved 2, unchanged 0, unchecked 0, newly checked 0]", diff.toString());
    StringBuilder expected = new StringBuilder("Introduced: 0, resolved: 2, unchanged: 0\n\nResolved\n");
    for (Finding finding : report.findings()) {
      expected.append('\n');
      Report.appendFinding(expected, finding);
    }
    assertEquals(expected.toString(), diff.toText());
    assertEquals("Introduced: 0, resolved: 0, unchanged: 0\n", Report.diff(clean, clean).toText());
    assertTrue(Report.diff(clean, report).toText().startsWith("Introduced: 2, resolved: 0, unchanged: 0\n\nIntroduced\n"));
    assertTrue(RuleSet.standard().toString().startsWith("RuleSet[ACC-BROKEN-CONTRACT-CHAIN, ACC-CHAIN-DEPTH,"));
  }

  @Test
  void unusedAndExpiredWaiversAreListedInKeyOrder() {
    Fixture f = Fixture.clean();
    f.waivers.add(Waiver.of(FindingKey.parse("ACC-UNOWNED|zeta"), "z", "Board", LocalDate.of(2030, 1, 1)));
    f.waivers.add(Waiver.of(FindingKey.parse("ACC-UNOWNED|alpha"), "a", "Board", LocalDate.of(2030, 1, 1)));
    assertEquals(List.of("ACC-UNOWNED|alpha", "ACC-UNOWNED|zeta"),
        f.check().unusedWaivers().stream().map(w -> w.key().toString()).toList());
    Fixture g = Fixture.clean();
    g.contracts.add(contract(ContractId.of("b-sub"), TEES_CCG, TRUST, TEES).form(ContractForm.SUB_CONTRACT).build());
    g.contracts.add(contract(ContractId.of("a-sub"), TEES_CCG, TRUST, TEES).form(ContractForm.SUB_CONTRACT).build());
    g.waivers.add(Waiver.of(FindingKey.parse("ACC-BROKEN-CONTRACT-CHAIN|b-sub|no-prime"), "b", "Board",
        LocalDate.of(2020, 1, 1)));
    g.waivers.add(Waiver.of(FindingKey.parse("ACC-BROKEN-CONTRACT-CHAIN|a-sub|no-prime"), "a", "Board",
        LocalDate.of(2020, 1, 1)));
    Report report = g.check();
    assertEquals(List.of("ACC-BROKEN-CONTRACT-CHAIN|a-sub|no-prime", "ACC-BROKEN-CONTRACT-CHAIN|b-sub|no-prime"),
        report.expiredWaivers().stream().map(w -> w.key().toString()).toList());
    assertTrue(report.toText().contains("  waiver expired on 2020-01-01: a (Board)\n"), report.toText());
  }

  @Test
  void aReportRefusesTwoRulesWithOneId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Report.of(List.of(Unowned.INFO, Unowned.INFO), List.of(), List.of(), AS_OF));
    assertEquals("Two rules share the id ACC-UNOWNED: ACC-UNOWNED and ACC-UNOWNED; give each rule its own id and "
        + "former ids", e.getMessage());
  }

  @Test
  void policiesAreValuesThatSayWhatTheyRequire() {
    assertEquals(CompositionPolicy.ccgGoverningBody(), CompositionPolicy.ccgGoverningBody());
    assertEquals(CompositionPolicy.ccgGoverningBody().hashCode(), CompositionPolicy.ccgGoverningBody().hashCode());
    assertNotEquals(CompositionPolicy.ccgGoverningBody(), CompositionPolicy.icbBoard());
    CompositionPolicy four = CompositionPolicy.of(4, EnumSet.of(Designation.ACCOUNTABLE_OFFICER), Map.of(Role.LAY, 1));
    assertEquals(4, four.minimumMembers());
    assertNotEquals(four, CompositionPolicy.of(5, EnumSet.of(Designation.ACCOUNTABLE_OFFICER), Map.of(Role.LAY, 1)));
    assertNotEquals(four, CompositionPolicy.of(4, EnumSet.noneOf(Designation.class), Map.of(Role.LAY, 1)));
    assertNotEquals(four, CompositionPolicy.of(4, EnumSet.of(Designation.ACCOUNTABLE_OFFICER), Map.of(Role.LAY, 2)));
    assertNotEquals(four, "policy");
    assertEquals("CompositionPolicy[members >= 4, posts [ACCOUNTABLE_OFFICER], roles {LAY=1}]", four.toString());
    CompositionPolicy.of(0, EnumSet.noneOf(Designation.class), Map.of(Role.LAY, 0));
    assertThrows(IllegalArgumentException.class,
        () -> CompositionPolicy.of(-1, EnumSet.noneOf(Designation.class), Map.of()));
    assertThrows(IllegalArgumentException.class,
        () -> CompositionPolicy.of(1, EnumSet.noneOf(Designation.class), Map.of(Role.LAY, -1)));
    assertEquals(PcccPolicy.standard(), PcccPolicy.none().withLayChair(true).withLayAndExecutiveMajority(true).withGpMajorityForbidden(true));
    assertEquals(PcccPolicy.standard().hashCode(), PcccPolicy.none().withLayChair(true).withLayAndExecutiveMajority(true).withGpMajorityForbidden(true).hashCode());
    for (PcccPolicy other : List.of(PcccPolicy.standard().withLayChair(false), PcccPolicy.standard().withLayAndExecutiveMajority(false),
        PcccPolicy.standard().withGpMajorityForbidden(false))) {
      assertNotEquals(PcccPolicy.standard(), other);
    }
    assertNotEquals(PcccPolicy.standard(), "policy");
  }

  @Test
  void aConflictNamesItsDecisionPersonInterestAndPath() {
    Fixture f = Fixture.clean();
    Interest interest = Interest.builder().person(person(8)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(APRIL_2013).build();
    f.interests.add(interest);
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).affects(FEDERATION).build());
    Arrangement arrangement = f.build();
    Analysis analysis = Analysis.of(arrangement, AS_OF);
    Decision decision = arrangement.decision(DECISION).orElseThrow();
    Conflict conflict = InterestIndex.of(analysis).conflicts(person(8), decision).get(0);
    assertEquals(decision, conflict.decision());
    assertEquals(person(8), conflict.person());
    assertEquals(interest, conflict.interest());
    assertEquals(FEDERATION, conflict.named());
    assertEquals(List.of(Affiliation.of(PRACTICE, AffiliationKind.MEMBER_OF, FEDERATION, DateRange.startingOn(APRIL_2013))),
        conflict.path());
    assertTrue(conflict.isFinancial());
    assertEquals("P8 via P8/FINANCIAL/A81001/2013-04-01 on D1 (FED1)", conflict.toString());
    assertEquals(Severity.ERROR, conflict.severity(Severity.ERROR));
    assertTrue(InterestIndex.of(analysis).hasInterests(person(8)));
    assertEquals(false, InterestIndex.of(analysis).hasInterests(person(7)));
    assertEquals(List.of(), InterestIndex.of(analysis).conflicts(person(7), decision));
    // a decision that is not the arrangement's, though it has its id, is judged by the organisations it names
    Decision elsewhere = Decision.builder().from(decision).affects(OrganisationId.of("ZZZ")).build();
    assertEquals(List.of(), InterestIndex.of(analysis).conflicts(person(8), elsewhere));
    Decision direct = Decision.builder().from(decision).affects(PRACTICE).build();
    assertEquals(List.of(PRACTICE),
        InterestIndex.of(analysis).conflicts(person(8), direct).stream().map(Conflict::named).toList());
  }

  @Test
  void theRulesOfASetAreItsOwnAndUnknownOnesAreNamed() {
    assertEquals(38, RuleSet.standard().rules().size());
    assertEquals(Severity.WARNING, RuleSet.standard().severityOf("ACC-OVERLAP"));
    assertEquals(Severity.ERROR, RuleSet.standard().withSeverity("ACC-OVERLAP", Severity.ERROR).severityOf("ACC-OVERLAP"));
    assertThrows(IllegalArgumentException.class, () -> RuleSet.standard().severityOf("ACC-NOPE"));
    assertThrows(IllegalArgumentException.class, () -> RuleSet.standard().withSeverity("ACC-NOPE", Severity.INFO));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> RuleSet.of(List.of(new Unowned(), new Unowned())));
    assertTrue(twice.getMessage().startsWith("Two rules share the id ACC-UNOWNED (as id or former id)"), twice.getMessage());
    RuleSet without = RuleSet.standard().withSeverity("ACC-OVERLAP", Severity.ERROR).without("ACC-OVERLAP");
    assertEquals(37, without.rules().size());
    assertEquals(Severity.WARNING, without.with(new Overlap()).severityOf("ACC-OVERLAP"));
  }

  @Test
  void aRuleThatReturnsAnotherRulesFindingIsNamed() {
    Rule impostor = new Rule() {
      @Override
      public RuleInfo info() {
        return RuleInfo.builder("LOCAL-IMPOSTOR", "Impostor", Severity.INFO).explanation("x").remedy("x").build();
      }

      @Override
      public List<Finding> evaluate(Analysis analysis) {
        return List.of(Finding.builder(new Unowned()).addSubjects(PMS).message("m").build());
      }
    };
    Report report = RuleSet.standard().with(impostor).asOf(Fixture.AS_OF).check(Fixture.clean().build());
    assertEquals(List.of(new RuleFailure("LOCAL-IMPOSTOR", "returned a finding of rule ACC-UNOWNED (ACC-UNOWNED|pms); "
        + "build a rule's findings with Finding.builder(rule)")), report.failures());
    assertEquals(List.of(), report.findingsOfRule("ACC-UNOWNED"), "the impostor's finding is not taken");
  }

  @Test
  void areasInFindingsAreAreaIds() {
    assertEquals(List.of(AreaId.of("A83001")), UnownedTest.example().check().findingsOfRule("ACC-UNOWNED").get(0)
        .areas());
  }
}
