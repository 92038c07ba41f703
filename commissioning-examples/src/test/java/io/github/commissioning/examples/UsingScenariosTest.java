package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import io.github.commissioning.testing.DefectKind;
import io.github.commissioning.testing.ExpectedFinding;
import io.github.commissioning.testing.Scenario;
import io.github.commissioning.testing.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's examples of property-based tests with {@link Scenarios}, compiled and run. */
class UsingScenariosTest {

  @Test
  void theStandardRulesFindExactlyThePlantedDefects() {
    // README:property:begin
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 90))
        .checkAssert(choices -> {
          Scenario scenario = Scenarios.decode(choices);
          Report report = RuleSet.standard().check(scenario.arrangement());
          assertEquals(scenario.expectedFindings().stream().map(ExpectedFinding::key).toList(),
              report.findings().stream().map(Finding::key).sorted().toList());
        });
    // README:property:end
  }

  @Test
  void aDefectCanBePlantedByName() {
    // README:plant:begin
    Scenario scenario = Scenarios.planted(DefectKind.RESERVED_DELEGATED, DefectKind.CONFLICTED_VOTE);
    Arrangement arrangement = scenario.arrangement();   // two CCGs, one defect each
    scenario.expectedFindings().forEach(System.out::println);
    // ERROR ACC-RESERVED-DELEGATED|X24-C1-pms|pms.performers 2015-04-01/..
    // ERROR COI-CONFLICTED-VOTE|C2-DX|C2-P8 2021-06-02/2021-06-02
    // README:plant:end
    assertEquals(List.of("ERROR ACC-RESERVED-DELEGATED|X24-C1-pms|pms.performers 2015-04-01/..",
            "ERROR COI-CONFLICTED-VOTE|C2-DX|C2-P8 2021-06-02/2021-06-02"),
        scenario.expectedFindings().stream().map(ExpectedFinding::toString).toList());
    assertEquals(scenario.expectedFindings().stream().map(ExpectedFinding::key).toList(),
        RuleSet.standard().check(arrangement).findings().stream().map(Finding::key).sorted().toList());
  }

  @Test
  void readmeShowsTheseExamples() throws IOException {
    List<String> source = Files.readAllLines(
        Path.of("src/test/java/io/github/commissioning/examples/UsingScenariosTest.java"));
    String readme = Files.readString(Path.of("../README.md"));
    for (String name : List.of("property", "plant")) {
      List<String> block = source.subList(source.indexOf("    // README:" + name + ":begin") + 1,
          source.indexOf("    // README:" + name + ":end"));
      String code = String.join("\n", block.stream().map(l -> l.substring(Math.min(4, l.length()))).toList());
      assertEquals(true, readme.contains("```java\n" + code + "\n```"), "README differs from the " + name
          + " example; copy it across:\n" + code);
    }
  }
}
