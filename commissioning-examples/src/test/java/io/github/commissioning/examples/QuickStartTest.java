package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.Arrangement;
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
  void quickStartBuildsTheDelegation() {
    Arrangement arrangement = QuickStart.arrangement();
    assertEquals(1, arrangement.delegations().size());
    assertEquals("pms.performers", arrangement.delegations().get(0).keptBack().first().code());
  }

  @Test
  void quickStartPrintsTheDelegation() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("NHS England → NHS Tees Valley CCG: Primary medical services"), text);
  }

  @Test
  void readmeShowsTheQuickStartCode() throws IOException {
    List<String> source = Files.readAllLines(Path.of("src/main/java/io/github/commissioning/examples/QuickStart.java"));
    String code = source.subList(source.indexOf("    // README:begin") + 1, source.indexOf("    // README:end"))
        .stream().map(line -> line.substring(Math.min(4, line.length()))).collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains("```java\n" + code + "\n```"),
        "README's quick start differs from QuickStart.java; copy it across:\n" + code);
  }
}
