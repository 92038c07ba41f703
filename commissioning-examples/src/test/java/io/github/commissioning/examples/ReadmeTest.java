package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.accountability.Diagrams;
import io.github.commissioning.rules.Rule;
import io.github.commissioning.rules.RuleSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Keeps the README true. */
class ReadmeTest {

  @Test
  void readmeShowsTheDelegatedPrimaryCareChainAsMermaid() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    DelegatedPrimaryCare.Result result = DelegatedPrimaryCare.run(new Out(new PrintStream(
        OutputStream.nullOutputStream()), Out.Format.TEXT), LocalDate.of(2021, 6, 1));
    String mermaid = Diagrams.mermaid(result.contracts);
    assertEquals(true, readme.contains("```mermaid\n" + mermaid + "```"),
        "README's Mermaid diagram differs from the delegated primary care chain; copy it across:\n" + mermaid);
  }

  @Test
  void readmeLinksTheRuleCatalogueAndItsCountIsTrue() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int count = RuleSet.standard().rules().size();
    assertEquals(true, readme.contains("**The " + count + " standard rules are listed in [docs/rules](docs/rules/README.md)**"),
        "README should link the rule catalogue and give the number of standard rules, " + count);
    String index = Files.readString(Path.of("../docs/rules/README.md"));
    for (Rule rule : RuleSet.standard().rules()) {
      assertEquals(true, index.contains("[`" + rule.id() + "`](" + rule.id() + ".md)"), rule.id());
    }
  }
}
