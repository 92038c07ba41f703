package io.github.commissioning.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.FindingKey;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.Person;
import io.github.commissioning.model.Waiver;
import io.github.commissioning.rules.Analysis;
import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.ReportDiff;
import io.github.commissioning.rules.Rule;
import io.github.commissioning.rules.RuleInfo;
import io.github.commissioning.rules.RuleSet;
import io.github.commissioning.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The rules, proved against generated arrangements with planted defects. */
class ScenarioProperties {

  private static final int EXAMPLES = 200;
  private static final RuleSet RULES = ScenariosTest.RULES;

  /** Choice lists long enough to reach every part of the decoder, with small values that shrink well. */
  private static Gen<List<Integer>> choices() {
    return lists().of(integers().between(0, 40)).ofSizeBetween(0, 90);
  }

  private static Set<Finding> findings(Report report) {
    return new HashSet<>(report.findings());
  }

  @Test
  void cleanScenariosYieldNoErrorFinding() {
    qt().withExamples(EXAMPLES).forAll(choices()).checkAssert(choices -> {
      Report report = RULES.check(Scenarios.decodeClean(choices).arrangement());
      assertEquals(List.of(), report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
    });
  }

  @Test
  void plantedDefectsAreFoundExactly() {
    qt().withExamples(EXAMPLES).forAll(choices()).checkAssert(choices -> {
      Scenario scenario = Scenarios.decode(choices);
      assertEquals(ScenariosTest.expectedKeys(scenario), ScenariosTest.keys(RULES.check(scenario.arrangement())),
          () -> "defects " + scenario.defects());
    });
  }

  @Test
  void renamingEveryIdChangesOnlyTheIdsInTheReport() {
    qt().withExamples(EXAMPLES).forAll(choices()).checkAssert(choices -> {
      Arrangement arrangement = Scenarios.decode(choices).arrangement();
      String renamed = RULES.check(new Renamer("~").rename(arrangement)).toText();
      assertEquals(RULES.check(arrangement).toText(), renamed.replace("~", ""));
    });
  }

  @Test
  void waivingAFindingMovesExactlyThatFindingToWaived() {
    qt().withExamples(EXAMPLES).forAll(choices(), integers().between(0, 1000)).checkAssert((choices, pick) -> {
      Arrangement arrangement = Scenarios.decode(choices).arrangement();
      Report before = RULES.check(arrangement);
      if (before.findings().isEmpty()) {
        return;
      }
      Finding chosen = before.findings().get(pick % before.findings().size());
      Arrangement waived = arrangement.toBuilder().addWaivers(Waiver.of(chosen.key(),
          "accepted for the test", "property", LocalDate.of(2030, 1, 1))).build();
      Report after = RULES.check(waived);
      List<Finding> expected = new ArrayList<>(before.findings());
      expected.remove(chosen);
      assertEquals(expected, after.findings());
      assertEquals(List.of(chosen), after.waived());
    });
  }

  @Test
  void theReportOnTwoDisjointArrangementsJoinedIsTheUnionOfTheirReports() {
    qt().withExamples(EXAMPLES).forAll(choices(), choices()).checkAssert((first, second) -> {
      Arrangement a = Scenarios.decode(first).arrangement();
      Arrangement b = new Renamer("B-").rename(Scenarios.decode(second).arrangement());
      Arrangement joined = a.toBuilder().addAllFootprints(b.footprints()).addAllOrganisations(b.organisations())
          .addAllAffiliations(b.affiliations()).addAllFunctions(b.functions()).addAllDuties(b.duties())
          .addAllDelegations(b.delegations()).addAllPeople(b.people()).addAllBodies(b.bodies())
          .addAllMemberships(b.memberships()).addAllInterests(b.interests()).addAllDecisions(b.decisions())
          .addAllContracts(b.contracts()).addAllTransfers(b.transfers()).addAllExpectations(b.expectations()).build();
      Set<Finding> union = findings(RULES.check(a));
      union.addAll(findings(RULES.check(b)));
      assertEquals(union, findings(RULES.check(joined)));
    });
  }

  @Test
  void theDiffOfTwoReportsIsTheDifferenceOfTheirKeys() {
    qt().withExamples(EXAMPLES).forAll(choices(), choices()).checkAssert((first, second) -> {
      Report a = RULES.check(Scenarios.decode(first).arrangement());
      Report b = RULES.check(Scenarios.decode(second).arrangement());
      Set<FindingKey> before = keySet(a.findings());
      Set<FindingKey> after = keySet(b.findings());
      ReportDiff diff = Report.diff(a, b);
      Set<FindingKey> introduced = new HashSet<>(after);
      introduced.removeAll(before);
      Set<FindingKey> resolved = new HashSet<>(before);
      resolved.removeAll(after);
      Set<FindingKey> unchanged = new HashSet<>(after);
      unchanged.retainAll(before);
      assertEquals(introduced, keySet(diff.introduced()));
      assertEquals(resolved, keySet(diff.resolved()));
      assertEquals(unchanged, keySet(diff.unchanged()));
      assertEquals(List.of(), diff.unchecked());
      assertEquals(introduced.isEmpty() && resolved.isEmpty(), diff.isEmpty());
    });
  }

  private static Set<FindingKey> keySet(List<Finding> findings) {
    Set<FindingKey> keys = new HashSet<>();
    findings.forEach(f -> keys.add(f.key()));
    return keys;
  }

  @Test
  void renamingOrganisationsAndPeopleChangesNoKeySeverityOrPeriod() {
    qt().withExamples(EXAMPLES).forAll(choices()).checkAssert(choices -> {
      Arrangement arrangement = Scenarios.decode(choices).arrangement();
      List<Organisation> organisations = new ArrayList<>();
      arrangement.organisations().forEach(o -> organisations.add(Organisation.builder()
          .from(o).name("Renamed " + o.name()).build()));
      List<Person> people = new ArrayList<>();
      arrangement.people().forEach(p -> people.add(Person.of(p.id(), "Renamed " + p.name())));
      Arrangement renamed = Arrangement.builder().addAllFootprints(arrangement.footprints())
          .addAllOrganisations(organisations).addAllAffiliations(arrangement.affiliations())
          .addAllFunctions(arrangement.functions()).addAllDuties(arrangement.duties())
          .addAllDelegations(arrangement.delegations()).addAllPeople(people).addAllBodies(arrangement.bodies())
          .addAllMemberships(arrangement.memberships()).addAllInterests(arrangement.interests())
          .addAllDecisions(arrangement.decisions()).addAllWaivers(arrangement.waivers())
          .addAllContracts(arrangement.contracts()).addAllTransfers(arrangement.transfers()).law(arrangement.law())
          .addAllExpectations(arrangement.expectations())
          .build();
      assertEquals(ScenariosTest.keys(RULES.check(arrangement)), ScenariosTest.keys(RULES.check(renamed)));
    });
  }

  /**
   * A test-only rule with a planted bug: it counts members who withdrew as having voted, so it reports a
   * conflicted vote wherever a conflicted member correctly withdrew.
   */
  private static final class BuggyVoteRule implements Rule {
    private static final RuleInfo INFO = RuleInfo.builder("TEST-BUGGY-VOTE", "Conflicted vote, miscounted",
        Severity.ERROR).explanation("A planted bug, to show that counterexamples shrink.").remedy("None.").build();

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      List<Finding> findings = new ArrayList<>();
      for (Decision decision : analysis.arrangement().decisions()) {
        for (var person : decision.withdrew()) {           // the bug: withdrew, not voters
          findings.add(Finding.builder(this).addSubjects(decision.id(), person).message(person + " voted").build());
        }
      }
      return findings;
    }
  }

  @Test
  void aBuggyRuleIsFalsifiedAndTheCounterexampleShrinksToAHandfulOfOrganisations() {
    RuleSet withBug = RuleSet.of(List.of(new BuggyVoteRule())).asOf(LocalDate.of(2023, 1, 1));
    AtomicReference<List<Integer>> smallest = new AtomicReference<>();
    AssertionError falsified = assertThrows(AssertionError.class, () ->
        qt().withExamples(EXAMPLES).forAll(choices()).check(choices -> {
          boolean holds = withBug.check(Scenarios.decodeClean(choices).arrangement()).isClean();
          if (!holds) {
            smallest.set(choices);
          }
          return holds;
        }));
    assertTrue(falsified.getMessage().contains("Property falsified"), falsified.getMessage());
    Arrangement counterexample = Scenarios.decodeClean(smallest.get()).arrangement();
    // one CCG with delegated primary care and one decision: NHS England, its regional team, a system,
    // the CCG, a PCN, a practice and a trust
    assertTrue(counterexample.organisations().size() <= 8, () -> "shrank only to " + smallest.get() + ", "
        + counterexample.organisations().size() + " organisations");
    assertEquals(1, counterexample.decisions().size(), () -> "shrank only to " + smallest.get());
  }
}
