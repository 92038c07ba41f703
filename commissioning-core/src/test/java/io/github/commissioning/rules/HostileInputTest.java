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
}
