package io.github.commissioning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue: every standard rule has its metadata, a source, a test class with an example, and a
 * page in {@code docs/rules/} written from them, so that a page can never drift from its rule. The pages,
 * the index and {@code docs/sources.md} are generated here; run
 * {@code mvn -B -pl commissioning-core test -Dtest=RulePagesTest -Dcommissioning.writeDocs=true} to write
 * them after changing a rule, and review the difference.
 */
class RulePagesTest {

  private static final Path DOCS = Path.of("..", "docs");
  private static final Path TESTS = Path.of("src", "test", "java", "io", "github", "commissioning", "rules");
  private static final boolean WRITE = Boolean.getBoolean("commissioning.writeDocs");

  @Test
  void everyStandardRuleHasAUniqueIdASourceATestClassAndAPage() throws Exception {
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Rule rule : RuleSet.standard().rules()) {
      RuleInfo info = rule.info();
      List<String> all = new ArrayList<>(info.formerIds());
      all.add(info.id());
      for (String id : all) {
        if (!ids.add(id)) {
          problems.add(id + " is used twice, as an id or a former id");
        }
      }
      if (info.sources().isEmpty()) {
        problems.add(info.id() + " has no source");
      }
      if (!info.documentation().equals(Optional.of("docs/rules/" + info.id() + ".md"))) {
        problems.add(info.id() + " points to " + info.documentation() + ", not its page");
      }
      try {
        Class.forName(rule.getClass().getName() + "Test");
      } catch (ClassNotFoundException e) {
        problems.add(info.id() + " has no test class " + rule.getClass().getSimpleName() + "Test");
      }
      if (!Files.exists(DOCS.resolve("rules").resolve(info.id() + ".md")) && !WRITE) {
        problems.add(info.id() + " has no page docs/rules/" + info.id() + ".md");
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(38, ids.size());
  }

  @Test
  void everyPageIsTheOneItsRuleAndExampleGive() throws Exception {
    Map<Path, String> pages = new LinkedHashMap<>();
    for (Rule rule : RuleSet.standard().rules()) {
      pages.put(DOCS.resolve("rules").resolve(rule.id() + ".md"), page(rule));
    }
    pages.put(DOCS.resolve("rules").resolve("README.md"), index());
    pages.put(DOCS.resolve("sources.md"), sources());
    List<String> stale = new ArrayList<>();
    for (Map.Entry<Path, String> page : pages.entrySet()) {
      if (WRITE) {
        Files.createDirectories(page.getKey().getParent());
        Files.writeString(page.getKey(), page.getValue());
      } else if (!Files.exists(page.getKey()) || !Files.readString(page.getKey()).equals(page.getValue())) {
        stale.add(page.getKey().toString());
      }
    }
    assertEquals(List.of(), stale, "pages differ from their rules; write them with -Dcommissioning.writeDocs=true "
        + "and review the difference");
  }

  @Test
  void everyExampleFiresItsRule() throws Exception {
    for (Rule rule : RuleSet.standard().rules()) {
      assertFalse(example(rule).check().findingsOfRule(rule.id()).isEmpty(), rule.id());
    }
  }

  @Test
  void noSourceIsListedThatNoRuleCites() {
    Set<String> cited = new HashSet<>();
    RuleSet.standard().rules().forEach(r -> r.info().sources().forEach(s -> cited.add(s.link())));
    for (Sources.Reference reference : Sources.all()) {
      assertTrue(cited.contains(reference.link), reference.key + " is cited by no rule");
    }
  }

  private static Fixture example(Rule rule) throws Exception {
    Method example = Class.forName(rule.getClass().getName() + "Test").getDeclaredMethod("example");
    example.setAccessible(true);
    return (Fixture) example.invoke(null);
  }

  private static String exampleSource(Rule rule) throws IOException {
    List<String> lines = Files.readAllLines(TESTS.resolve(rule.getClass().getSimpleName() + "Test.java"));
    int begin = lines.indexOf("    // example:begin");
    int end = lines.indexOf("    // example:end");
    StringBuilder code = new StringBuilder();
    for (String line : lines.subList(begin + 1, end)) {
      code.append(line.substring(Math.min(4, line.length()))).append('\n');
    }
    return code.toString();
  }

  private static String exampleDoc(Rule rule) throws IOException {
    String source = Files.readString(TESTS.resolve(rule.getClass().getSimpleName() + "Test.java"));
    String marker = "/** The example of the rule's page: ";
    int at = source.indexOf(marker) + marker.length();
    return source.substring(at, source.indexOf(" */", at));
  }

  private static String status(RuleStatus status) {
    return status == RuleStatus.STABLE
        ? "stable: it restates law or statutory guidance"
        : "provisional: an inference, or guidance the project could not check; its policy may change";
  }

  static String page(Rule rule) throws Exception {
    RuleInfo info = rule.info();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(info.id()).append(": ").append(info.title()).append("\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| Severity | ").append(info.defaultSeverity()).append(" by default (a rule set may change it with "
        + "`withSeverity`) |\n");
    md.append("| Status | ").append(status(info.status())).append(" |\n");
    md.append("| Former ids | ").append(info.formerIds().isEmpty() ? "none" : String.join(", ", info.formerIds()))
        .append(" |\n");
    md.append("| Implemented by | `").append(rule.getClass().getSimpleName()).append("` in `io.github.commissioning.rules`, "
        + "tested by `").append(rule.getClass().getSimpleName()).append("Test` |\n\n");
    md.append("[All rules](README.md) · [Sources](../sources.md)\n\n");
    md.append("## What it finds\n\n").append(info.explanation()).append("\n\n");
    md.append("## Why: its sources\n\n");
    for (RuleSource source : info.sources()) {
      md.append("- [").append(source.title()).append("](").append(source.link()).append("): ")
          .append(source.supports()).append(".\n");
    }
    md.append("\n## Example\n\n");
    md.append("The test fixture (`Fixture.clean()`) is an arrangement on which the standard rules find nothing: NHS "
        + "England holds primary medical services for England (Tees Valley, two practices, and County Durham, one) "
        + "and delegates them to NHS Tees Valley CCG (16C) and NHS County Durham CCG (84H) from 1 April 2015, "
        + "keeping the performers list back; Tees Valley CCG has a governing body of its legal minimum and a primary "
        + "care commissioning committee (PCCC), which decides a practice merger on 1 June 2021. The example changes "
        + "one part of it.\n\n").append(exampleDoc(rule)).append("\n\n");
    md.append("```java\n").append(exampleSource(rule)).append("```\n\n");
    Report report = example(rule).check();
    List<Finding> found = report.findingsOfRule(rule.id());
    md.append("`RuleSet.standard().asOf(LocalDate.of(2021, 7, 1)).check(f.build())` reports, for this rule");
    int others = report.findings().size() - found.size();
    md.append(others == 0 ? ":\n\n" : " (the report has " + others + " more finding" + (others == 1 ? "" : "s")
        + " of other rules, which the rule's test class asserts too):\n\n");
    md.append("```\n");
    StringBuilder text = new StringBuilder();
    Report.appendHeading(text, info, found.get(0).severity(), found.size());
    for (Finding finding : found) {
      text.append('\n');
      Report.appendFinding(text, finding);
    }
    md.append(text).append("```\n\n");
    md.append("## How to fix it\n\n").append(info.remedy()).append(" Each finding's message names the subjects and "
        + "the nearest lawful fix for them.\n\n");
    md.append("## How to waive it\n\n");
    md.append("If the finding is known and accepted, add a waiver to the arrangement, matched on the finding's key "
        + "(never its message, so improving a message does not orphan a waiver). A waived finding stays in the "
        + "report, under \"Waived findings\"; after its expiry it is active again.\n\n");
    md.append("```java\n").append("Waiver waiver = Waiver.of(FindingKey.parse(\"")
        .append(found.get(0).key().toString().replace("\\", "\\\\")).append("\"),\n")
        .append("    \"why the finding is accepted\", \"who accepted it\", LocalDate.of(2027, 3, 31));\n")
        .append("```\n");
    return md.toString();
  }

  static String index() {
    StringBuilder md = new StringBuilder();
    md.append("# The standard rules\n\n");
    md.append("`RuleSet.standard()` holds every rule below. Each has a page: what it finds, its sources, its "
        + "severity and status, a worked example with the finding exactly as the library prints it, how to fix it "
        + "and how to waive it. The pages are generated from the rules' metadata (`RuleInfo`) and their tests' "
        + "examples, and a test (`RulePagesTest`) fails if a page drifts from its rule.\n\n");
    md.append("A rule's **status** is `STABLE` when it restates law or statutory guidance the project has checked, "
        + "and `PROVISIONAL` when it is an inference, or rests on guidance whose wording the project could not "
        + "check. Severities: `ERROR` must be fixed or waived; `WARNING` deserves a governance lead's look; `INFO` "
        + "is worth knowing. The sources are summarised in [sources.md](../sources.md).\n\n");
    md.append("| rule id | finds | severity | status |\n|---|---|---|---|\n");
    for (Rule rule : RuleSet.standard().rules()) {
      RuleInfo info = rule.info();
      md.append("| [`").append(info.id()).append("`](").append(info.id()).append(".md) | ").append(info.title())
          .append(" | ").append(info.defaultSeverity()).append(" | ")
          .append(info.status().name().toLowerCase(Locale.ROOT)).append(" |\n");
    }
    md.append("\nNot yet expressible in the model, and so not checked: gifts and hospitality, register reviews, "
        + "breach publication, assurance lines back to the accountable body, commissioning-cycle stages with no "
        + "responsible body, and pooled budgets.\n");
    return md.toString();
  }

  static String sources() {
    Map<String, List<String>> citedBy = new TreeMap<>();
    for (Rule rule : RuleSet.standard().rules()) {
      for (RuleSource source : rule.info().sources()) {
        citedBy.computeIfAbsent(source.link(), k -> new ArrayList<>()).add(rule.id());
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("# Sources\n\n");
    md.append("The documents the standard rules rest on, each summarised in the project's own words. A rule's page "
        + "says what in each document supports it. Law and statutory guidance make a rule `STABLE`; NHS England's "
        + "other publications, commentary and research support `PROVISIONAL` rules and the project's inferences. "
        + "Links were collected in 2025–2026; where a page has moved, the title finds it.\n\n");
    for (Sources.Reference reference : Sources.all()) {
      md.append("## ").append(reference.title).append("\n\n");
      md.append("<").append(reference.link).append(">; ").append(reference.kind).append(".\n\n");
      md.append(reference.summary).append("\n\n");
      md.append("Cited by: ");
      List<String> links = new ArrayList<>();
      for (String id : citedBy.getOrDefault(reference.link, List.of())) {
        links.add("[" + id + "](rules/" + id + ".md)");
      }
      md.append(String.join(", ", links)).append(".\n\n");
    }
    return md.toString().stripTrailing() + "\n";
  }
}
