package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.DURHAM;
import static io.github.commissioning.rules.Fixture.NHSE;
import static io.github.commissioning.rules.Fixture.PMS;
import static io.github.commissioning.rules.Fixture.TEES;
import static io.github.commissioning.rules.Fixture.TEES_CCG;
import static io.github.commissioning.rules.Fixture.TO_TEES;
import static io.github.commissioning.rules.Fixture.delegation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.DutyId;
import io.github.commissioning.model.FindingKey;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportTest {

  /** Three defects: a gap in Durham, a reserved function delegated, a liability transfer recorded. */
  private static Fixture defective() {
    Fixture f = Fixture.clean();
    f.replace(f.duties, d -> true, Duty.of(NHSE, PMS, TEES, DateRange.startingOn(Fixture.APRIL_2013)));
    f.delegations.removeIf(d -> d.id().equals(Fixture.TO_DURHAM));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES), delegation(TO_TEES, NHSE, TEES_CCG, TEES)
        .keptBack(List.of()).liabilityTransferRecorded(true).build());
    return f;
  }

  @Test
  void textIsReadableAndOrderedBySeverityThenRule() {
    Report report = defective().check();
    assertEquals(List.of("ACC-LIABILITY-MOVED", "ACC-RESERVED-DELEGATED", "ACC-UNOWNED"),
        report.findings().stream().map(Finding::ruleId).toList());
    assertEquals(""
        + "Commissioning arrangement check: 3 findings (3 errors, 0 warnings, 0 info), 0 waived; 38 rules ran; "
        + "waivers judged as of 2021-07-01\n"
        + "\n"
        + "== ERROR ACC-LIABILITY-MOVED: Delegation recorded as moving accountability (stable rule; 1 finding; see "
        + "docs/rules/ACC-LIABILITY-MOVED.md)\n"
        + "\n"
        + "ERROR ACC-LIABILITY-MOVED: Delegation X24-16C records accountability for Primary medical services (pms) as "
        + "moving from NHS England (X24) to NHS Tees Valley CCG (16C); delegation does not move liability (s13Z(6)): "
        + "correct the record\n"
        + "  - delegation X24-16C: NHS England (X24) → NHS Tees Valley CCG (16C), Primary medical services (pms) for "
        + "Tees Valley (TEES), delegated, 2015-04-01/..\n"
        + "  key: ACC-LIABILITY-MOVED|X24-16C\n"
        + "\n"
        + "== ERROR ACC-RESERVED-DELEGATED: Reserved function delegated (provisional rule; 1 finding; see "
        + "docs/rules/ACC-RESERVED-DELEGATED.md)\n"
        + "\n"
        + "ERROR ACC-RESERVED-DELEGATED: NHS England (X24) delegates Primary medical services (pms) to NHS Tees Valley "
        + "CCG (16C) without keeping back the reserved function Performers list (pms.performers); add it to the "
        + "delegation's kept-back functions\n"
        + "  - delegation X24-16C: NHS England (X24) → NHS Tees Valley CCG (16C), Primary medical services (pms) for "
        + "Tees Valley (TEES), delegated, 2015-04-01/..\n"
        + "  key: ACC-RESERVED-DELEGATED|X24-16C|pms.performers\n"
        + "\n"
        + "== ERROR ACC-UNOWNED: Function with no duty holder (provisional rule; 1 finding; see "
        + "docs/rules/ACC-UNOWNED.md)\n"
        + "\n"
        + "ERROR ACC-UNOWNED: Primary medical services (pms) has no duty holder in County Durham (DUR) from 2013-04-01; "
        + "give an organisation the duty for it there\n"
        + "  - duty X24/pms/TEES/2013-04-01: NHS England (X24) for Tees Valley (TEES), 2013-04-01/..\n"
        + "  key: ACC-UNOWNED|pms|2013-04-01\n"
        + "\n"
        + "Findings by rule\n"
        + "  ACC-LIABILITY-MOVED: 1\n"
        + "  ACC-RESERVED-DELEGATED: 1\n"
        + "  ACC-UNOWNED: 1\n", report.toText());
    assertEquals(Map.of(Severity.ERROR, 3, Severity.WARNING, 0, Severity.INFO, 0), report.countsBySeverity());
  }

  @Test
  void textDependsOnTheFindingsNotOnTheOrderRulesReturnThem() {
    Report report = defective().check();
    List<Finding> all = new ArrayList<>(report.findings());
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(all, random);
      assertEquals(report.toText(), Report.of(report.rules(), all, List.of(), report.asOf()).toText());
    }
  }

  @Test
  void aReportRefusesAFindingOfARuleThatDidNotRun() {
    Report report = defective().check();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Report.of(
        List.of(Unowned.INFO), report.findings(), List.of(), report.asOf()));
    assertTrue(e.getMessage().startsWith("Finding ACC-LIABILITY-MOVED|X24-16C is of rule ACC-LIABILITY-MOVED, which is "
        + "not among the rules of the report [ACC-UNOWNED]"), e.getMessage());
  }

  @Test
  void findingsCanBeReadBySeverityRuleAndSubjectType() {
    Fixture f = Fixture.clean();
    f.duties.add(Duty.of(Fixture.DURHAM_CCG, PMS, DURHAM, DateRange.startingOn(LocalDate.of(2020, 4, 1))));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).liabilityTransferRecorded(true).build());
    Report report = f.check();
    assertEquals(List.of("ACC-OVERLAP"), report.findingsOfSeverity(Severity.WARNING).stream().map(Finding::ruleId)
        .toList());
    assertEquals(List.of(), report.findingsOfSeverity(Severity.INFO));
    assertTrue(report.hasAtLeast(Severity.ERROR));
    assertTrue(report.hasAtLeast(Severity.INFO));
    Finding overlap = report.findingsOfRule("ACC-OVERLAP").get(0);
    assertEquals(List.of(Fixture.DURHAM_CCG, NHSE), overlap.subjectsOf(OrganisationId.class));
    assertEquals(List.of(PMS), overlap.subjectsOf(FunctionId.class));
    assertEquals(List.of(), overlap.subjectsOf(DelegationId.class));
    Report warningsOnly = RuleSet.standard().asOf(Fixture.AS_OF).withSeverity("ACC-UNOWNED", Severity.WARNING)
        .withSeverity("ACC-LIABILITY-MOVED", Severity.WARNING).withSeverity("ACC-RESERVED-DELEGATED", Severity.INFO)
        .check(defective().build());
    assertFalse(warningsOnly.hasAtLeast(Severity.ERROR));
    assertTrue(warningsOnly.hasAtLeast(Severity.WARNING));
    assertTrue(warningsOnly.rule("ACC-UNOWNED").isPresent());
    assertTrue(warningsOnly.ran("ACC-UNOWNED"));
    assertFalse(warningsOnly.ran("ACC-NOPE"));
  }

  @Test
  void diffTellsAResolvedFindingFromOneWhoseRuleDidNotRun() {
    Report before = defective().check();
    Report after = RuleSet.standard().without("ACC-UNOWNED").asOf(Fixture.AS_OF).check(defective().build());
    ReportDiff diff = Report.diff(before, after);
    assertEquals(List.of(), diff.resolved());
    assertEquals(List.of("ACC-UNOWNED|pms|2013-04-01"), diff.unchecked().stream().map(x -> x.key().toString()).toList());
    assertFalse(diff.isEmpty());
    assertTrue(diff.toText().startsWith("Introduced: 0, resolved: 0, unchanged: 2, no longer checked: 1, newly "
        + "checked: 0\n"), diff.toText());
    ReportDiff back = Report.diff(after, before);
    assertEquals(List.of(), back.introduced());
    assertEquals(List.of("ACC-UNOWNED|pms|2013-04-01"), back.newlyChecked().stream().map(x -> x.key().toString())
        .toList());
  }

  @Test
  void aWaiverWrittenForARulesFormerIdStillWaives() {
    RuleInfo info = RuleInfo.builder("LOCAL-DELEGATIONS", "Every delegation, listed", Severity.INFO)
        .explanation("A test rule.").remedy("None.").formerIds("LOCAL-LIST").build();
    Rule renamed = new Rule() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public List<Finding> evaluate(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        analysis.arrangement().delegations().forEach(d -> findings.add(Finding.builder(this).addSubjects(d.id())
            .message(analysis.name(d.delegate()) + " exercises " + analysis.name(d.function())).build()));
        return findings;
      }
    };
    Fixture f = Fixture.clean();
    f.waivers.add(Waiver.of(FindingKey.parse("LOCAL-LIST|X24-16C"), "Listed before the rename", "Board",
        LocalDate.of(2030, 1, 1)));
    Report report = RuleSet.of(List.of(renamed)).asOf(Fixture.AS_OF).check(f.build());
    assertEquals(List.of("LOCAL-DELEGATIONS|X24-16C"), report.waived().stream().map(x -> x.key().toString()).toList());
    assertEquals(List.of("LOCAL-DELEGATIONS|X24-84H"), report.findings().stream().map(x -> x.key().toString()).toList());
    assertEquals(List.of(), report.unusedWaivers());
    IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
        () -> RuleSet.standard().with(new Rule() {
          @Override
          public RuleInfo info() {
            return RuleInfo.builder("LOCAL-X", "x", Severity.INFO).explanation("x").remedy("x")
                .formerIds("ACC-UNOWNED").build();
          }

          @Override
          public List<Finding> evaluate(Analysis analysis) {
            return List.of();
          }
        }));
    assertTrue(clash.getMessage().startsWith("Two rules share the id ACC-UNOWNED (as id or former id)"),
        clash.getMessage());
  }

  @Test
  void twoClosedCcgsWhoseCodesContainBarsGiveTwoKeysAndAWaiverWaivesOne() {
    Fixture f = Fixture.clean();
    OrganisationId a = OrganisationId.of("A");
    OrganisationId ab = OrganisationId.of("A|B");
    for (OrganisationId id : List.of(a, ab)) {
      f.organisations.add(Organisation.builder().id(id).name("CCG " + id)
          .kind(OrganisationKind.CCG).footprint(DURHAM)
          .existence(DateRange.of(Fixture.APRIL_2013, LocalDate.of(2020, 3, 31))).build());
    }
    f.functions.add(CommissioningFunction.of(Fixture.COMMUNITY, "Community services"));
    f.duties.add(Duty.builder().id(DutyId.of("B|C")).holder(a).function(Fixture.COMMUNITY)
        .footprint(Fixture.ENGLAND).period(DateRange.startingOn(Fixture.APRIL_2013)).build());
    f.duties.add(Duty.builder().id(DutyId.of("C")).holder(ab).function(Fixture.COMMUNITY)
        .footprint(Fixture.ENGLAND).period(DateRange.startingOn(Fixture.APRIL_2013)).build());
    List<String> keys = f.check().findingsOfRule("ACC-DISSOLVED").stream().map(x -> x.key().toString()).toList();
    assertEquals(List.of("ACC-DISSOLVED|A\\|B|C|after", "ACC-DISSOLVED|A|B\\|C|after"), keys);
    f.waivers.add(Waiver.of(FindingKey.of("ACC-DISSOLVED", "A", "B|C", "after"), "Known", "Board",
        LocalDate.of(2030, 1, 1)));
    Report report = f.check();
    assertEquals(List.of("ACC-DISSOLVED|A|B\\|C|after"), report.waived().stream().map(x -> x.key().toString()).toList());
    assertEquals(List.of("ACC-DISSOLVED|A\\|B|C|after"), report.findingsOfRule("ACC-DISSOLVED").stream()
        .map(x -> x.key().toString()).toList());
  }

  @Test
  void overlapsOfDifferentFunctionsAndHoldersWithBarsInTheirCodesAreNotMerged() {
    Fixture f = Fixture.clean();
    FunctionId fa = FunctionId.of("F|A");
    FunctionId fn = FunctionId.of("F");
    f.functions.add(CommissioningFunction.of(fn, "F"));
    f.functions.add(CommissioningFunction.of(fa, "F or A"));
    for (String code : List.of("A|B", "B", "C")) {
      f.organisations.add(Organisation.of(
          OrganisationId.of(code), "Council " + code,
          OrganisationKind.LOCAL_AUTHORITY, Fixture.ENGLAND));
    }
    f.duties.add(Duty.of(OrganisationId.of("A|B"), fn, Fixture.ENGLAND,
        DateRange.startingOn(Fixture.APRIL_2013)));
    f.duties.add(Duty.of(OrganisationId.of("C"), fn, Fixture.ENGLAND,
        DateRange.startingOn(Fixture.APRIL_2013)));
    f.duties.add(Duty.of(OrganisationId.of("B"), fa, Fixture.ENGLAND,
        DateRange.startingOn(Fixture.APRIL_2013)));
    f.duties.add(Duty.of(OrganisationId.of("C"), fa, Fixture.ENGLAND,
        DateRange.startingOn(Fixture.APRIL_2013)));
    List<Finding> found = f.check().findingsOfRule("ACC-OVERLAP");
    assertEquals(List.of("ACC-OVERLAP|F\\|A|B|C", "ACC-OVERLAP|F|A\\|B|C"),
        found.stream().map(x -> x.key().toString()).toList());
  }

  @Test
  void aWaiverInForceMovesTheFindingToWaived() {
    Fixture f = defective();
    f.waivers.add(Waiver.of(FindingKey.parse("ACC-UNOWNED|pms|2013-04-01"), "Durham is commissioned by the devolved pilot",
        "Governance lead", LocalDate.of(2022, 3, 31)));
    Report report = f.check();
    assertEquals(2, report.findings().size());
    assertEquals(List.of("ACC-UNOWNED|pms|2013-04-01"), report.waived().stream().map(x -> x.key().toString()).toList());
    assertEquals("Governance lead", report.waiverOf(report.waived().get(0)).orElseThrow().owner());
    assertTrue(report.toText().contains("waived by Governance lead until 2022-03-31: Durham is commissioned by the "
        + "devolved pilot\n"), report.toText());
    assertTrue(report.toText().startsWith("Commissioning arrangement check: 2 findings (2 errors, 0 warnings, 0 info), "
        + "1 waived"), report.toText());
  }

  @Test
  void anExpiredWaiverNoLongerWaivesAndTheReportSaysSo() {
    Fixture f = defective();
    Waiver waiver = Waiver.of(FindingKey.parse("ACC-UNOWNED|pms|2013-04-01"), "Pilot", "Governance lead", LocalDate.of(2021, 6, 30));
    f.waivers.add(waiver);
    Report report = f.check();
    assertEquals(3, report.findings().size());
    assertEquals(List.of(), report.waived());
    assertEquals(List.of(waiver), report.expiredWaivers());
    assertTrue(report.toText().contains("  waiver expired on 2021-06-30: Pilot (Governance lead)\n"), report.toText());
  }

  @Test
  void aWaiverMatchingNoFindingIsListedAsUnused() {
    Fixture f = Fixture.clean();
    Waiver waiver = Waiver.of(FindingKey.parse("ACC-UNOWNED|dental|2013-04-01"), "Old", "Governance lead", LocalDate.of(2030, 1, 1));
    f.waivers.add(waiver);
    Report report = f.check();
    assertTrue(report.isClean());
    assertEquals(List.of(waiver), report.unusedWaivers());
    assertTrue(report.toText().contains("Waivers that match no finding\n  ACC-UNOWNED|dental|2013-04-01"),
        report.toText());
  }

  @Test
  void diffSaysWhatAChangeIntroducedAndResolved() {
    Report before = defective().check();
    Fixture fixed = defective();
    fixed.replace(fixed.duties, d -> true, Duty.of(NHSE, PMS, Fixture.ENGLAND, DateRange.startingOn(Fixture.APRIL_2013)));
    fixed.delegations.add(delegation(DelegationId.of("X24-84H"), NHSE, Fixture.DURHAM_CCG, DURHAM).keptBack(List.of())
        .build());
    Report after = fixed.check();
    ReportDiff diff = Report.diff(before, after);
    assertEquals(List.of("ACC-UNOWNED|pms|2013-04-01"), diff.resolved().stream().map(x -> x.key().toString()).toList());
    assertEquals(List.of("ACC-RESERVED-DELEGATED|X24-84H|pms.performers"), diff.introduced().stream().map(x -> x.key().toString()).toList());
    assertEquals(2, diff.unchanged().size());
    assertTrue(diff.toText().startsWith("Introduced: 1, resolved: 1, unchanged: 2\n"), diff.toText());
    assertTrue(Report.diff(after, after).isEmpty());
  }

  @Test
  void severityCanBeChangedAndRulesRemoved() {
    Arrangement arrangement = defective().build();
    RuleSet rules = RuleSet.standard().asOf(Fixture.AS_OF).withSeverity("ACC-UNOWNED", Severity.WARNING)
        .without("ACC-LIABILITY-MOVED");
    Report report = rules.check(arrangement);
    assertEquals(Map.of("ACC-RESERVED-DELEGATED", 1, "ACC-UNOWNED", 1), report.countsByRule());
    assertEquals(Severity.WARNING, report.findings().get(1).severity());
    assertEquals(Severity.WARNING, rules.severityOf("ACC-UNOWNED"));
    assertFalse(rules.rules().stream().anyMatch(r -> r.id().equals("ACC-LIABILITY-MOVED")));
  }

  @Test
  void unknownRuleIdsAreNamedInTheError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleSet.standard().without("ACC-NOPE"));
    assertTrue(e.getMessage().startsWith("No rule with id 'ACC-NOPE' in this set; its rules are [ACC-BROKEN-CONTRACT-CHAIN,"),
        e.getMessage());
  }

  @Test
  void aUserRuleRunsBesideTheStandardOnes() {
    Rule everyDelegation = new Rule() {
      @Override
      public RuleInfo info() {
        return RuleInfo.builder("LOCAL-DELEGATIONS", "Every delegation, listed", Severity.INFO).explanation("A test rule.").remedy("None.").build();
      }

      @Override
      public List<Finding> evaluate(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        analysis.arrangement().delegations().forEach(d -> findings.add(Finding.builder(this).addSubjects(d.id())
            .message(analysis.name(d.delegate()) + " exercises " + analysis.name(d.function())).build()));
        return findings;
      }
    };
    Report report = RuleSet.standard().with(everyDelegation).asOf(Fixture.AS_OF).check(Fixture.clean().build());
    assertEquals(List.of("LOCAL-DELEGATIONS|X24-16C", "LOCAL-DELEGATIONS|X24-84H"),
        report.findings().stream().map(x -> x.key().toString()).toList());
    assertEquals(Severity.INFO, report.findings().get(0).severity());
  }

  @Test
  void aRuleThatFailsIsNamed() {
    Rule broken = new Rule() {
      @Override
      public RuleInfo info() {
        return RuleInfo.builder("LOCAL-BROKEN", "Broken", Severity.INFO).explanation("A test rule.").remedy("None.").build();
      }

      @Override
      public List<Finding> evaluate(Analysis analysis) {
        throw new ArithmeticException("/ by zero");
      }
    };
    Rule nothing = Rule.of(RuleInfo.builder("LOCAL-NULL", "Null", Severity.INFO).explanation("x").remedy("y").build(),
        analysis -> null);
    Rule holes = Rule.of(RuleInfo.builder("LOCAL-HOLES", "Holes", Severity.INFO).explanation("x").remedy("y").build(),
        analysis -> java.util.Arrays.asList((Finding) null));
    Rule deep = Rule.of(RuleInfo.builder("LOCAL-DEEP", "Deep", Severity.INFO).explanation("x").remedy("y").build(),
        analysis -> recurse(0));
    Fixture busy = UnownedTest.example();
    Report alone = RuleSet.standard().asOf(Fixture.AS_OF).check(busy.build());
    Report report = RuleSet.standard().with(broken).with(nothing).with(holes).with(deep).asOf(Fixture.AS_OF)
        .check(busy.build());
    assertEquals(List.of("LOCAL-BROKEN: threw java.lang.ArithmeticException: / by zero",
        "LOCAL-DEEP: threw java.lang.StackOverflowError",
        "LOCAL-HOLES: returned a null finding, at position 0",
        "LOCAL-NULL: returned null instead of a list of findings"),
        report.failures().stream().map(RuleFailure::toString).toList());
    assertEquals(alone.findings(), report.findings(), "the standard rules still report");
    assertTrue(!report.isComplete() && alone.isComplete());
    assertTrue(report.toText().contains("\nRules that failed: their findings are missing from this report\n"
        + "  LOCAL-BROKEN: threw java.lang.ArithmeticException: / by zero\n"), report.toText());
  }

  private static List<Finding> recurse(int depth) {
    return recurse(depth + 1);
  }

  @Test
  void findingsNeedASubjectAndAMessage() {
    Rule rule = AccountabilityRules.all().get(0);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Finding.builder(rule).build());
    assertEquals("Invalid finding of rule " + rule.id() + ": it needs at least one subject (has 0) and a message "
        + "(has none)", e.getMessage());
  }
}
