package io.github.commissioning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.value.Identifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Assertions on whole findings: every field of a finding written out, so that a test names its rule,
 * severity, subjects, period, footprint, areas, evidence, message and key, and fails if any changes.
 */
final class RuleTests {

  private RuleTests() {
  }

  /** Writes out every field of a finding, one per line. */
  static String describe(Finding finding) {
    StringBuilder text = new StringBuilder();
    text.append(finding.severity()).append(' ').append(finding.key()).append('\n');
    List<String> subjects = new ArrayList<>();
    for (Identifier<?> subject : finding.subjects()) {
      subjects.add(subject.getClass().getSimpleName() + " " + subject.code());
    }
    text.append("subjects: ").append(String.join(", ", subjects)).append('\n');
    text.append("period: ").append(finding.period().map(Object::toString).orElse("none")).append('\n');
    text.append("footprint: ").append(finding.footprint().map(Object::toString).orElse("none")).append('\n');
    text.append("areas: ").append(finding.areas()).append('\n');
    text.append("message: ").append(finding.message()).append('\n');
    for (String line : finding.evidence()) {
      text.append("evidence: ").append(line).append('\n');
    }
    return text.toString();
  }

  /**
   * Checks a fixture with the standard rules and asserts the whole report: exactly these findings, in
   * report order, whatever rule found them.
   */
  static Report assertReport(Fixture fixture, String... expected) {
    Report report = fixture.check();
    List<String> found = new ArrayList<>();
    report.findings().forEach(f -> found.add(describe(f)));
    assertEquals(String.join("\n", expected), String.join("\n", found));
    return report;
  }

  /** Asserts that the standard rules find nothing of a rule in a fixture. */
  static void assertSilent(Fixture fixture, String ruleId) {
    Report report = fixture.check();
    assertEquals(List.of(), report.findingsOfRule(ruleId).stream().map(RuleTests::describe).toList());
  }

  /** The findings of one rule in a fixture's whole report. */
  static List<Finding> findingsOf(Fixture fixture, String ruleId) {
    return fixture.check().findingsOfRule(ruleId);
  }
}
