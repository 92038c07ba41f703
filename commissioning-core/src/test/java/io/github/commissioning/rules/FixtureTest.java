package io.github.commissioning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fixtures the rule tests change: clean means no finding of any rule. */
class FixtureTest {

  @Test
  void theCleanFixtureHasNoFinding() {
    assertEquals("", String.join("\n", Fixture.clean().check().findings().stream().map(RuleTests::describe).toList()));
  }

  @Test
  void theBusyFixtureHasNoFindingThoughItHasInterestsAwardsContractsAndAClosedCcg() {
    Report report = Fixture.busy().check();
    assertEquals("", String.join("\n", report.findings().stream().map(RuleTests::describe).toList()));
    assertEquals(38, report.rules().size());
  }
}
