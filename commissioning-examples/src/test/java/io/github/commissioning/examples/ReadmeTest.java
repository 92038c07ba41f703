package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.rules.Rule;
import io.github.commissioning.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the README true. */
class ReadmeTest {

  @Test
  void readmeShowsTheAccountableCareChainAsMermaid() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    AccountableCare.Result result = AccountableCare.run(new Out(new java.io.PrintStream(
        java.io.OutputStream.nullOutputStream()), Out.Format.TEXT), java.time.LocalDate.of(2021, 6, 1));
    String mermaid = io.github.commissioning.accountability.Diagrams.mermaid(result.chain);
    assertEquals(true, readme.contains("```mermaid\n" + mermaid + "```"),
        "README's Mermaid diagram differs from the accountable care chain; copy it across:\n" + mermaid);
  }

  @Test
  void readmeListsEveryStandardRuleWithItsSeverity() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    Matcher row = Pattern.compile("^\\| `([A-Z]+-[A-Z-]+)` \\|.*\\| (ERROR|WARNING|INFO) \\|$", Pattern.MULTILINE)
        .matcher(readme);
    List<String> listed = new java.util.ArrayList<>();
    while (row.find()) {
      listed.add(row.group(1) + " " + row.group(2));
    }
    RuleSet standard = RuleSet.standard();
    List<String> rules = standard.rules().stream().map(Rule::id).map(id -> id + " " + standard.severityOf(id)).sorted()
        .toList();
    assertEquals(rules, listed.stream().sorted().toList());
  }
}
