package io.github.commissioning.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ScenariosTest {

  static final RuleSet RULES = RuleSet.standard().asOf(LocalDate.of(2023, 1, 1));

  /** Each finding as its severity, key, period and areas, in key order: what an expected finding states. */
  static List<String> keys(Report report) {
    return report.findings().stream().sorted(Comparator.comparing(Finding::key)).map(f -> {
      List<AreaId> areas = new ArrayList<>(f.areas());
      areas.sort(Comparator.comparing(AreaId::code));
      return f.severity() + " " + f.key() + " " + f.period().map(Object::toString).orElse("none")
          + (areas.isEmpty() ? "" : " in " + areas);
    }).toList();
  }

  static List<String> expectedKeys(Scenario scenario) {
    return scenario.expectedFindings().stream().map(ExpectedFinding::toString).toList();
  }

  /** Two CCGs in one system, the first with the given set-up and one defect of a kind. */
  static List<Integer> oneDefect(DefectKind kind, int mode, int community, int decisions) {
    return List.of(1, 0, 0, 0, 0, mode, community, decisions, kind.ordinal() + 1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void theEmptyChoiceListIsTheSmallestArrangement() {
    Scenario scenario = Scenarios.decode(List.of());
    assertTrue(scenario.isClean());
    // NHS England, a regional team, a system partnership, a CCG, a PCN, a practice and a trust
    assertEquals(7, scenario.arrangement().organisations().size());
    assertEquals(1, scenario.arrangement().geography().areas().size());
    assertEquals(List.of(), keys(RULES.check(scenario.arrangement())));
  }

  @Test
  void decodingIsDeterministicAndRandomIsSeeded() {
    assertEquals(Scenarios.random(42, 40).arrangement(), Scenarios.random(42, 40).arrangement());
    assertEquals(Scenarios.decode(List.of(1, 1, 1, 1, 2, 1, 1, 2)).arrangement(),
        Scenarios.decode(List.of(1, 1, 1, 1, 2, 1, 1, 2)).arrangement());
  }

  @Test
  void everyDefectKindIsFoundExactlyInEverySetUp() {
    List<String> failures = new ArrayList<>();
    TreeSet<String> provedRules = new TreeSet<>();
    for (DefectKind kind : DefectKind.values()) {
      for (int mode = 0; mode < 3; mode++) {
        for (int community = 0; community < 4; community++) {
          for (int decisions = 0; decisions < 3; decisions++) {
            Scenario scenario = Scenarios.decode(oneDefect(kind, mode, community, decisions));
            if (scenario.defects().size() != 1 || scenario.defects().get(0).kind() != kind) {
              failures.add(kind + " not planted with mode " + mode + ", community " + community);
              continue;
            }
            List<String> found = keys(RULES.check(scenario.arrangement()));
            if (!found.equals(expectedKeys(scenario))) {
              failures.add(kind + " (mode " + mode + ", community " + community + ", decisions " + decisions
                  + "): expected " + expectedKeys(scenario) + " but found " + found);
            }
            provedRules.add(kind.ruleId());
            assertTrue(scenario.expectedFindings().stream().anyMatch(e -> e.ruleId().equals(kind.ruleId())), kind::name);
          }
        }
      }
    }
    assertEquals(List.of(), failures);
    TreeSet<String> standard = new TreeSet<>();
    RULES.rules().forEach(r -> standard.add(r.id()));
    assertEquals(standard, provedRules, "every standard rule has a defect kind that proves it");
  }

  @Test
  void defectsDescribeWhatWasPlanted() {
    Scenario scenario = Scenarios.decode(oneDefect(DefectKind.DISSOLVED, 1, 1, 0));
    Defect defect = scenario.defects().get(0);
    assertEquals("C1 closed on 2020-03-31 with its duty and delegations left open", defect.description());
    assertEquals(List.of("ERROR ACC-DISSOLVED|C1|C1-A1-prime|after 2020-04-01/..",
        "ERROR ACC-DISSOLVED|C1|D-C1-community|after 2020-04-01/..",
        "ERROR ACC-DISSOLVED|C1|X24-C1-pms|after 2020-04-01/.."), expectedKeys(scenario));
  }

  @Test
  void expectedFindingsAboutAreasNameTheAreasOfTheCcgWhereTheDefectWasPlanted() {
    Scenario scenario = Scenarios.planted(DefectKind.UNOWNED, DefectKind.OVERLAP);
    assertEquals(List.of("ERROR ACC-UNOWNED|community|2013-04-01 2013-04-01/.. in [G1]",
        "WARNING ACC-OVERLAP|community|C2|X24 2016-04-01/.. in [G2]"), expectedKeys(scenario).stream().sorted().toList());
    assertEquals(expectedKeys(scenario), keys(RULES.check(scenario.arrangement())));
  }
}
