package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void quickStartPrintsTheChainAndFindsTheDelegationLeftWithTheAbolishedCcg() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report report;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      report = QuickStart.run();
    } finally {
      System.setOut(original);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("NHS England (accountable) → NHS Tees Valley CCG (delegated, s13Z, from 2020-04-01)\n"),
        text);
    assertEquals(List.of("ACC-DISSOLVED|16C|X24>16C/pms/E38000247/2020-04-01|after"),
        report.findings().stream().map(f -> f.key().toString()).toList());
    assertTrue(text.contains("NHS Tees Valley CCG (16C) closed on 2022-06-30 but is still the delegate of Primary "
        + "medical services (pms)"), text);
  }

  @Test
  void readmeShowsTheQuickStartCode() throws IOException {
    List<String> source = Files.readAllLines(Path.of("src/main/java/io/github/commissioning/examples/QuickStart.java"));
    String imports = String.join("\n",
        source.subList(source.indexOf("// README:imports:begin") + 1, source.indexOf("// README:imports:end")));
    String code = source.subList(source.indexOf("    // README:begin") + 1, source.indexOf("    // README:end"))
        .stream().map(line -> line.substring(Math.min(4, line.length()))).collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"));
    String block = "```java\n" + imports + "\n" + code + "\n```";
    assertTrue(readme.contains(block), "README's quick start differs from QuickStart.java; copy it across:\n" + block);
  }
}
