package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.*;
import static io.github.commissioning.rules.RuleTests.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.*;
import io.github.commissioning.model.*;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Overlap}, rule {@value AccountabilityRules.OVERLAP}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class OverlapTest {

  /** The example of the rule's page: Durham CCG takes a duty for primary medical services in County Durham, where NHS England already holds it. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.duties.add(Duty.of(DURHAM_CCG, PMS, DURHAM, DateRange.startingOn(LocalDate.of(2020, 4, 1))));
    // example:end
    return f;
  }

  @Test
  void twoDutyHoldersForTheSameAreaOverlap() {
    assertReport(example(), """
        WARNING ACC-OVERLAP|pms|84H|X24
        subjects: FunctionId pms, OrganisationId 84H, OrganisationId X24
        period: 2020-04-01/..
        footprint: none
        areas: [A83001]
        message: NHS County Durham CCG (84H) and NHS England (X24) are both accountable for Primary medical services (pms) in County Durham (DUR) from 2020-04-01; agree which one holds the duty there
        evidence: duty 84H/pms/DUR/2020-04-01: NHS County Durham CCG (84H) for County Durham (DUR), 2020-04-01/..
        evidence: duty X24/pms/ENG/2013-04-01: NHS England (X24) for England (ENG), 2013-04-01/..
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.OVERLAP);
  }

  @Test
  void aSecondDutyStartingTheDayAfterTheFirstEndsDoesNotOverlap() {
    Fixture f = Fixture.clean();
    f.replace(f.duties, d -> true, Duty.of(NHSE, PMS, ENGLAND, DateRange.of(APRIL_2013, LocalDate.of(2020, 3, 31))));
    f.duties.add(Duty.of(NHSE, PMS, TEES, DateRange.startingOn(LocalDate.of(2020, 4, 1))));
    f.duties.add(Duty.of(DURHAM_CCG, PMS, DURHAM, DateRange.startingOn(LocalDate.of(2020, 4, 1))));
    assertSilent(f, AccountabilityRules.OVERLAP);
  }

  @Test
  void twoDutiesOfTheSameHolderDoNotOverlap() {
    Fixture f = Fixture.clean();
    f.duties.add(Duty.of(NHSE, PMS, DURHAM, DateRange.startingOn(LocalDate.of(2020, 4, 1))));
    assertSilent(f, AccountabilityRules.OVERLAP);
  }
}
