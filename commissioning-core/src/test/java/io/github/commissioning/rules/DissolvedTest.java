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
 * {@link Dissolved}, rule {@value AccountabilityRules.DISSOLVED}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class DissolvedTest {

  /** The example of the rule's page: Tees Valley CCG closes on 31 March 2020, with Durham CCG as its successor, but its open-ended delegation is left with it. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.organisations, o -> o.id().equals(TEES_CCG), Organisation.builder().id(TEES_CCG)
        .name("NHS Tees Valley CCG").kind(OrganisationKind.CCG).footprint(TEES)
        .existence(DateRange.of(APRIL_2013, LocalDate.of(2020, 3, 31))).successor(DURHAM_CCG).build());
    // example:end
    return f;
  }

  @Test
  void aDissolvedCcgStillHoldingADelegationIsFlaggedWithItsSuccessor() {
    assertReport(example(), """
        ERROR ACC-DISSOLVED|16C|X24-16C|after
        subjects: OrganisationId 16C, DelegationId X24-16C
        period: 2020-04-01/..
        footprint: none
        areas: []
        message: NHS Tees Valley CCG (16C) closed on 2020-03-31 but is still the delegate of Primary medical services (pms) in Tees Valley (TEES) (X24-16C) from 2020-04-01; pass it to its successor NHS County Durham CCG (84H)
        evidence: delegation X24-16C: NHS England (X24) → NHS Tees Valley CCG (16C), Primary medical services (pms) for Tees Valley (TEES), delegated, 2015-04-01/.., keeping back [pms.performers]
        evidence: existence of NHS Tees Valley CCG (16C): 2013-04-01/2020-03-31
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.DISSOLVED);
  }

  @Test
  void aDelegationEndingOnTheDayItsHolderClosesIsSilent() {
    Fixture f = example();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES), delegation(TO_TEES, NHSE, TEES_CCG, TEES)
        .period(DateRange.of(APRIL_2015, LocalDate.of(2020, 3, 31))).build());
    assertSilent(f, AccountabilityRules.DISSOLVED);
    f.replace(f.delegations, d -> d.id().equals(TO_TEES), delegation(TO_TEES, NHSE, TEES_CCG, TEES)
        .period(DateRange.of(APRIL_2015, LocalDate.of(2020, 4, 1))).build());
    assertEquals(DateRange.of(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 1)),
        findingsOf(f, AccountabilityRules.DISSOLVED).get(0).period().orElseThrow());
  }

  @Test
  void aCcgHoldingADelegationBeforeItExistedIsFlagged() {
    Fixture f = Fixture.clean();
    f.replace(f.organisations, o -> o.id().equals(TEES_CCG), Organisation.builder().id(TEES_CCG)
        .name("NHS Tees Valley CCG").kind(OrganisationKind.CCG).footprint(TEES)
        .existence(DateRange.startingOn(LocalDate.of(2020, 4, 1))).build());
    Finding finding = findingsOf(f, AccountabilityRules.DISSOLVED).get(0);
    assertEquals("NHS Tees Valley CCG (16C) did not exist until 2020-04-01 but is the delegate of Primary medical "
        + "services (pms) in Tees Valley (TEES) (X24-16C) from 2015-04-01 to 2020-03-31; start it on or after 2020-04-01",
        finding.message());
    assertEquals("ACC-DISSOLVED|16C|X24-16C|before", finding.key().toString());
  }

  @Test
  void aClosedCcgWithoutASuccessorIsToldToRecordOne() {
    Fixture f = Fixture.clean();
    f.replace(f.organisations, o -> o.id().equals(TEES_CCG), Organisation.builder().id(TEES_CCG)
        .name("NHS Tees Valley CCG").kind(OrganisationKind.CCG).footprint(TEES)
        .existence(DateRange.of(APRIL_2013, LocalDate.of(2020, 3, 31))).build());
    assertTrue(findingsOf(f, AccountabilityRules.DISSOLVED).get(0).message()
        .endsWith("no successor is recorded: record one (a transfer naming successors by area), or end it by 2020-03-31"));
  }
}
