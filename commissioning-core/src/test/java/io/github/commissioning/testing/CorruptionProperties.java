package io.github.commissioning.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FindingKey;
import io.github.commissioning.model.InvalidArrangementException;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A fuzz over generated scenarios with random corruptions: a part removed, duplicated, pointed at nothing,
 * or given dates at the edge of the calendar. Each corrupted arrangement gives the documented error (an
 * {@link InvalidArrangementException} listing its problems) or a report — never another exception — and
 * a report's findings all have distinct keys, are checked by every rule, and are the same on a second check.
 */
class CorruptionProperties {

  private static final RuleSet RULES = RuleSet.standard().asOf(LocalDate.of(2022, 1, 1));

  @Test
  void corruptedScenariosGiveAReportOrTheDocumentedError() {
    qt().withExamples(150).forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 60),
        lists().of(integers().between(0, 1_000)).ofSizeBetween(1, 6)).checkAssert((choices, corruptions) -> {
          Arrangement arrangement = Scenarios.decode(choices).arrangement();
          Arrangement.Builder builder = arrangement.toBuilder();
          for (int corruption : corruptions) {
            corrupt(arrangement, builder, corruption);
          }
          Arrangement corrupted;
          try {
            corrupted = builder.build();
          } catch (InvalidArrangementException e) {
            assertTrue(!e.problems().isEmpty() && e.getMessage().startsWith("The arrangement has "), e.getMessage());
            return;
          }
          Report report = RULES.check(corrupted);
          assertTrue(report.isComplete(), report.failures().toString());
          Set<FindingKey> keys = new HashSet<>();
          for (Finding finding : report.findings()) {
            assertTrue(keys.add(finding.key()), "two findings share the key " + finding.key());
          }
          assertEquals(report.toText(), RULES.check(corrupted).toText());
        });
  }

  /** Applies one corruption, chosen and aimed by the number. */
  private static void corrupt(Arrangement arrangement, Arrangement.Builder builder, int n) {
    List<Delegation> delegations = arrangement.delegations();
    List<Duty> duties = arrangement.duties();
    switch (n % 6) {
      case 0 -> {
        if (!arrangement.organisations().isEmpty()) {
          try {
            builder.remove(arrangement.organisations().get(n / 6 % arrangement.organisations().size()).id());
          } catch (IllegalArgumentException e) {
            // removed by an earlier corruption: the documented error
            assertTrue(e.getMessage().startsWith("Nothing to remove: no part of this arrangement has the "),
                e.getMessage());
          }
        }
      }
      case 1 -> {
        if (!delegations.isEmpty()) {
          builder.addDelegations(delegations.get(n / 6 % delegations.size()));
        }
      }
      case 2 -> {
        if (!delegations.isEmpty()) {
          Delegation d = delegations.get(n / 6 % delegations.size());
          builder.put(d.withDelegate(OrganisationId.of("NOBODY" + n)));
        }
      }
      case 3 -> {
        if (!duties.isEmpty()) {
          Duty d = duties.get(n / 6 % duties.size());
          builder.put(d.withPeriod(DateRange.of(LocalDate.MIN, LocalDate.MAX)));
        }
      }
      case 4 -> {
        if (!delegations.isEmpty()) {
          Delegation d = delegations.get(n / 6 % delegations.size());
          builder.put(d.withPeriod(DateRange.startingOn(LocalDate.MAX)));
        }
      }
      default -> {
        if (!delegations.isEmpty()) {
          Delegation d = delegations.get(n / 6 % delegations.size());
          builder.put(d.withPeriod(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1))));
        }
      }
    }
  }
}
