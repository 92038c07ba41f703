package io.github.commissioning.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.json.ArrangementFiles.Syntax;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile files: each a clear error naming where and what would fix it, never a crash or a hang. */
class HostileFilesTest {

  static final String VALID = """
      format: commissioning-arrangement/1
      footprints:
      - {id: TEES, name: Tees Valley, level: PLACE, areas: [A81001, A81002]}
      - {id: ENG, name: England, level: NATIONAL, parts: [TEES]}
      organisations:
      - {id: X24, name: NHS England, kind: NHS_ENGLAND, footprint: ENG}
      - {id: 16C, name: NHS Tees Valley CCG, kind: CCG, footprint: TEES, existence: 2020-04-01/2022-06-30}
      functions:
      - {id: pms, name: Primary medical services}
      duties:
      - {holder: X24, function: pms, footprint: ENG, period: 2013-04-01/..}
      delegations:
      - {delegator: X24, delegate: 16C, function: pms, footprint: TEES, mechanism: DELEGATION, period: 2020-04-01/..}
      """;

  static List<FormatProblem> problems(String text, Syntax syntax) {
    FormatException e = assertThrows(FormatException.class, () -> ArrangementFiles.read(text, syntax, "test"));
    assertTrue(e.getMessage().startsWith(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")),
        e.getMessage());
    return e.problems();
  }

  static FormatProblem only(String text, Syntax syntax) {
    List<FormatProblem> problems = problems(text, syntax);
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void theValidDocumentReads() {
    assertEquals(2, ArrangementFiles.read(VALID, Syntax.YAML, "test").organisations().size());
  }

  @Test
  void malformedJsonGivesTheLineAndColumn() {
    FormatProblem p = only("{\n  \"format\": \"commissioning-arrangement/1\",\n  \"duties\": [\n", Syntax.JSON);
    assertEquals(4, p.line(), p::toString);
    assertTrue(p.message().contains("check the syntax near here"), p::toString);
  }

  @Test
  void malformedYamlGivesTheLineAndColumn() {
    FormatProblem p = only("format: commissioning-arrangement/1\nduties:\n  - holder: X24\n   function: pms\n", Syntax.YAML);
    assertTrue(p.line() >= 3, p::toString);
  }

  @Test
  void everyProblemOfTheDocumentAtOnceWithItsPointer() {
    String text = VALID.replace("delegate: 16C", "delegat: 16C").replace("period: 2013-04-01/..", "period: 2013")
        .replace("level: PLACE", "level: TOWN");
    List<FormatProblem> problems = problems(text, Syntax.YAML);
    assertEquals(List.of("/footprints/0/level", "/duties/0/period", "/delegations/0/delegat", "/delegations/0"),
        problems.stream().map(FormatProblem::pointer).toList(), problems::toString);
    assertTrue(problems.get(0).message().contains("unknown FootprintLevel \"TOWN\""), problems::toString);
    assertTrue(problems.get(1).message().contains("expected a period as start/end"), problems::toString);
    assertTrue(problems.get(2).message().contains("did you mean 'delegate'?"), problems::toString);
    assertTrue(problems.get(3).message().contains("needs the field 'delegate'"), problems::toString);
  }

  @Test
  void wrongTypesAreNamed() {
    FormatProblem p = only(VALID.replace("- {id: pms, name: Primary medical services}",
        "- {id: pms, name: Primary medical services, reserved: 3}"), Syntax.YAML);
    assertEquals("/functions/0/reserved", p.pointer());
    assertEquals("expected true or false, found the number 3", p.message());
    FormatProblem number = only(VALID.replace("id: 16C", "id: 16"), Syntax.YAML);
    assertTrue(number.message().contains("put it in quotes"), number::toString);
  }

  @Test
  void danglingAndDuplicateIdsPointAtThePartAndField() {
    List<FormatProblem> dangling = problems(VALID.replace("delegate: 16C", "delegate: 16X"), Syntax.YAML);
    assertEquals("/delegations/0/delegate", dangling.get(0).pointer(), dangling::toString);
    assertTrue(dangling.get(0).message().contains("16X"), dangling::toString);
    List<FormatProblem> duplicate = problems(VALID.replace("- {id: pms, name: Primary medical services}",
        "- {id: pms, name: Primary medical services}\n- {id: pms, name: Again}"), Syntax.YAML);
    assertEquals("/functions/0", duplicate.get(0).pointer().replace("/id", ""), duplicate::toString);
  }

  @Test
  void invertedPeriodsPointAtThePeriod() {
    FormatProblem p = only(VALID.replace("existence: 2020-04-01/2022-06-30", "existence: 2022-06-30/2020-04-01"),
        Syntax.YAML);
    assertEquals("/organisations/1/existence", p.pointer(), p::toString);
  }

  @Test
  void duplicateKeysAreRejected() {
    FormatProblem json = only("{\"format\": \"commissioning-arrangement/1\", \"format\": \"x\"}", Syntax.JSON);
    assertTrue(json.message().contains("give each key once"), json::toString);
    FormatProblem yaml = only("format: commissioning-arrangement/1\nformat: x\n", Syntax.YAML);
    assertTrue(yaml.line() > 0, yaml::toString);
  }

  @Test
  void hugeNumbersLongStringsAndDeepNestingHitTheLimits() {
    FormatProblem number = only("{\"bodies\": [{\"quorum\": 1" + "0".repeat(400) + "}]}", Syntax.JSON);
    assertTrue(number.message().contains("ReadLimits"), number::toString);
    FormatProblem string = only("{\"format\": \"" + "x".repeat(10_000_000) + "\"}", Syntax.JSON);
    assertTrue(string.message().contains("ReadLimits"), string::toString);
    FormatProblem deep = only("[".repeat(10_000) + "]".repeat(10_000), Syntax.JSON);
    assertTrue(deep.message().contains("ReadLimits"), deep::toString);
    FormatProblem deepYaml = only("a: ".repeat(1) + "[".repeat(10_000) + "]".repeat(10_000), Syntax.YAML);
    assertTrue(deepYaml.message().contains("ReadLimits"), deepYaml::toString);
  }

  @Test
  void yamlAliasBombsAreStopped() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
          .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append(", *")
          .append(p).append(", *").append(p).append(", *").append(p).append("]\n");
    }
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      FormatProblem problem = only(bomb.toString(), Syntax.YAML);
      assertTrue(problem.message().startsWith("a YAML alias (*a) is not read"), problem::toString);
    });
    // an alias is refused, not read as the text of its name
    FormatProblem alias = only(VALID.replace("delegate: 16C", "delegate: *ccg").replace("id: 16C", "id: &ccg 16C"),
        Syntax.YAML);
    assertEquals(13, alias.line(), alias::toString);
    FormatProblem second = only(VALID + "---\nformat: commissioning-arrangement/1\n", Syntax.YAML);
    assertTrue(second.message().contains("one document per file"), second::toString);
  }

  @Test
  void aFileCannotNameAClass() {
    FormatProblem p = only(VALID.replace("functions:", "'@class': java.lang.ProcessBuilder\nfunctions:"),
        Syntax.YAML);
    assertTrue(p.message().startsWith("unknown field '@class' in an arrangement"), p::toString);
  }

  @Test
  void aHundredMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.json");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(100L * 1024 * 1024);
    }
    FormatException e = assertThrows(FormatException.class, () -> ArrangementFiles.read(file));
    assertTrue(e.problems().get(0).message().contains("more than the " + ReadLimits.MAX_DOCUMENT_CHARS), e::getMessage);
  }

  @Test
  void emptyAndNonObjectDocumentsAreNamed() {
    assertTrue(only("", Syntax.JSON).message().contains("empty"));
    assertEquals("expected an arrangement (an object with format, areas, footprints, organisations, affiliations, "
        + "functions, duties, delegations, contracts, transfers, expectations, people, bodies, memberships, "
        + "interests, decisions, waivers, law), found a list", only("[]", Syntax.JSON).message());
  }

  @Test
  void aBadFileExtensionIsNamed(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("arrangement.txt"), VALID);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArrangementFiles.read(file));
    assertTrue(e.getMessage().contains("name it .json, .yaml or .yml"), e::getMessage);
  }

  @Test
  void malformedUtf8IsAProblemNotAReplacement(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, "format: commissioning-arrangement/1\npeople:\n- {id: P1, name: Ren\u00e9e}\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    FormatException e = assertThrows(FormatException.class, () -> ArrangementFiles.read(file));
    assertEquals(1, e.problems().size(), e::getMessage);
  }
}
