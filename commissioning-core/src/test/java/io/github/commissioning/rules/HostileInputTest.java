package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.DURHAM;
import static io.github.commissioning.rules.Fixture.ENGLAND;
import static io.github.commissioning.rules.Fixture.NHSE;
import static io.github.commissioning.rules.Fixture.PMS;
import static io.github.commissioning.rules.Fixture.TEES;
import static io.github.commissioning.rules.Fixture.TEES_CCG;
import static io.github.commissioning.rules.Fixture.TO_TEES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input a hostile or careless caller can give: each gives a report or the documented error, never another
 * exception, and no finding is lost or merged.
 */
class HostileInputTest {

  @Test
  void everyDateFromMinToMaxGivesAReport() {
    Fixture f = Fixture.clean();
    f.replace(f.duties, d -> true, Duty.of(NHSE, PMS, ENGLAND, DateRange.of(LocalDate.MIN, LocalDate.MAX)));
    f.replace(f.delegations, d -> d.id().equals(TO_TEES), Fixture.delegation(TO_TEES, NHSE, TEES_CCG, TEES)
        .period(DateRange.of(LocalDate.of(2015, 4, 1), LocalDate.MAX)).build());
    f.replace(f.organisations, o -> o.id().equals(TEES_CCG), Organisation.builder().id(TEES_CCG)
        .name("NHS Tees Valley CCG").kind(OrganisationKind.CCG).footprint(TEES)
        .existence(DateRange.of(LocalDate.MIN, LocalDate.MAX)).build());
    f.duties.add(Duty.of(TEES_CCG, Fixture.COMMUNITY, DURHAM, DateRange.startingOn(LocalDate.MAX)));
    f.functions.add(io.github.commissioning.model.CommissioningFunction.of(Fixture.COMMUNITY, "Community services"));
    Arrangement arrangement = f.build();
    Report report = RuleSet.standard().asOf(LocalDate.MAX).check(arrangement);
    assertTrue(report.findingsOfRule(AccountabilityRules.UNOWNED).stream()
        .anyMatch(finding -> finding.subjects().contains(Fixture.COMMUNITY)), report.toText());
    Accountability accountability = Accountability.of(arrangement);
    assertEquals(TEES_CCG, accountability.exercisedBy(PMS, Fixture.A1, LocalDate.MAX).orElseThrow().id());
    assertEquals(NHSE, accountability.exercisedBy(PMS, Fixture.A1, LocalDate.MIN).orElseThrow().id());
    assertEquals(TEES_CCG, accountability.exercisedBy(Fixture.COMMUNITY, Fixture.A3, LocalDate.MAX).orElseThrow()
        .id());
    assertEquals(RuleSet.standard().asOf(LocalDate.MIN).check(arrangement).findings().size(),
        RuleSet.standard().asOf(LocalDate.MIN).check(arrangement).findings().size());
  }

  @Test
  void aRangeEndingOnTheLastDayHoldsOnTheSameDaysAsAnOpenOne() {
    DateRange toMax = DateRange.of(LocalDate.of(2020, 4, 1), LocalDate.MAX);
    DateRange open = DateRange.startingOn(LocalDate.of(2020, 4, 1));
    assertTrue(toMax.encloses(open) && open.encloses(toMax));
    assertTrue(toMax.compareTo(open) < 0 && open.compareTo(toMax) > 0);
    assertEquals(List.of(toMax, open), List.of(open, toMax).stream().sorted().toList());
    assertThrows(java.time.DateTimeException.class, () -> DateRange.parse("2020-04-01/+1000000000-01-01"));
  }

  @Test
  void defaultIdsNeverCollideAndNeverFailForALengthTheUserNeverSet() {
    DateRange always = DateRange.ALWAYS;
    Duty one = Duty.of(io.github.commissioning.model.OrganisationId.of("a/b"),
        io.github.commissioning.model.FunctionId.of("c"), io.github.commissioning.geography.FootprintId.of("f"),
        always);
    Duty two = Duty.of(io.github.commissioning.model.OrganisationId.of("a"),
        io.github.commissioning.model.FunctionId.of("b/c"), io.github.commissioning.geography.FootprintId.of("f"),
        always);
    assertTrue(!one.id().equals(two.id()), one.id() + " and " + two.id());
    assertEquals("a\\/b/c/f/-999999999-01-01", one.id().code());
    String longest = "x".repeat(io.github.commissioning.value.Identifier.MAX_LENGTH);
    Duty wide = Duty.of(io.github.commissioning.model.OrganisationId.of(longest),
        io.github.commissioning.model.FunctionId.of(longest), io.github.commissioning.geography.FootprintId.of(longest),
        always);
    assertTrue(wide.id().code().length() > io.github.commissioning.value.Identifier.MAX_LENGTH);
    assertThrows(IllegalArgumentException.class, () -> io.github.commissioning.model.DutyId.of(wide.id().code()),
        "a code a user gives is still held to the limit");
  }

  @Test
  void aNameCannotForgeALineOfAReport() {
    String forged = "Evil\nkey: ACC-FAKE|X\nERROR ACC-UNOWNED: forged\u2028== ERROR ACC-FAKE\u202E";
    Fixture f = DissolvedTest.example();
    f.organisations.replaceAll(o -> o.withName(o.name() + forged));
    f.functions.replaceAll(fn -> fn.withName(fn.name() + forged));
    Report report = f.check();
    assertTrue(!report.findings().isEmpty());
    String text = report.toText();
    for (String line : text.split("\n", -1)) {
      assertTrue(!line.startsWith("key: ACC-FAKE") && !line.startsWith("ERROR ACC-UNOWNED: forged")
          && !line.contains("\u2028") && !line.contains("\u202E"), line);
    }
    assertTrue(text.contains("Evil\\u000Akey: ACC-FAKE|X\\u000AERROR ACC-UNOWNED: forged\\u2028"), text);
    String diff = Report.diff(Fixture.clean().check(), report).toString();
    assertTrue(!diff.contains("\nkey: ACC-FAKE"), diff);
  }

  /** A crowd of delegates of one area: one finding that names them all, not one per pair. */
  static Fixture crowd(int size) {
    Fixture f = Fixture.clean();
    f.delegations.clear();
    f.decisions.clear();
    for (int i = 0; i < size; i++) {
      io.github.commissioning.model.OrganisationId ccg = io.github.commissioning.model.OrganisationId.of("C" + i);
      f.organisations.add(Organisation.of(ccg, "CCG " + i, OrganisationKind.CCG, TEES));
      f.delegations.add(Fixture.delegation(io.github.commissioning.model.DelegationId.of("X24-C" + i), NHSE, ccg,
          TEES).build());
    }
    return f;
  }

  @Test
  void aCrowdOfDelegatesIsOneFindingNotOnePerPair() {
    Report three = crowd(3).check();
    assertEquals(List.of("ACC-CONFLICTING-DELEGATION|X24-C0|X24-C1|X24-C2"),
        three.findingsOfRule(AccountabilityRules.CONFLICTING_DELEGATION).stream().map(f -> f.key().toString())
            .toList());
    Report many = crowd(2_000).check();
    List<Finding> found = many.findingsOfRule(AccountabilityRules.CONFLICTING_DELEGATION);
    assertEquals(1, found.size());
    assertEquals(2_000, found.get(0).subjects().size());
    assertTrue(found.get(0).message().contains("to 2000 organisations at once: CCG 0 (C0), CCG 1 (C1)"),
        found.get(0).message());
    assertTrue(found.get(0).message().length() < 600, found.get(0).message());
  }

  @Test
  void aRuleThatGivesTwoFindingsOneKeyIsAFailureNotAMerge() {
    RuleInfo info = RuleInfo.builder("LOCAL-TWICE", "Twice", Severity.INFO).explanation("x").remedy("y").build();
    Rule twice = Rule.of(info, analysis -> List.of(
        Finding.builder(info).addSubjects(PMS).message("one").build(),
        Finding.builder(info).addSubjects(PMS).message("two").build()));
    Report report = RuleSet.standard().with(twice).asOf(Fixture.AS_OF).check(Fixture.clean().build());
    assertEquals(List.of(new RuleFailure("LOCAL-TWICE", "returned two findings with the key LOCAL-TWICE|pms, so "
        + "that a waiver could not tell them apart; give each its own subjects or a discriminator")),
        report.failures());
  }

  @Test
  void errorMessagesQuoteABoundedEscapedPrefix() {
    String hostile = "2020-04-01\n" + "x".repeat(10_000);
    String parse = assertThrows(java.time.DateTimeException.class, () -> DateRange.parse(hostile)).getMessage();
    String key = assertThrows(IllegalArgumentException.class,
        () -> io.github.commissioning.model.FindingKey.parse(hostile)).getMessage();
    String rule = assertThrows(IllegalStateException.class,
        () -> RuleInfo.builder(hostile, "t", Severity.INFO).explanation("x").remedy("y").build()).getMessage();
    for (String message : List.of(parse, key, rule)) {
      assertTrue(message.length() < 400, message.length() + ": " + message.substring(0, 100));
      assertTrue(!message.contains("\n2020") && message.contains("2020-04-01\\u000Axxx"), message);
      assertTrue(message.contains("(10011 characters)"), message);
    }
  }
}
