package io.github.commissioning.rules;

import static io.github.commissioning.rules.RuleTests.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.github.commissioning.rules.TransfersTest.transition;

import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Succession;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TransferIneligible}, rule {@value AccountabilityRules.TRANSFER_INELIGIBLE}: the example of its page,
 * fired on exact subjects in the whole report; silent on a clean transition; and its near misses.
 */
class TransferIneligibleTest {

  /** The example of the rule's page: on 1 July 2022 Tees Valley CCG's functions are transferred to a foundation trust, which cannot hold statutory duties, and County Durham CCG's to an ICB not made until a year later. */
  static Fixture example() {
    // example:begin
    Fixture f = transition();   // TransfersTest: both CCGs abolished on 1 July 2022, the ICB their successor
    f.transfers.set(0, f.transfers.get(0).withSuccessions(Succession.of(Fixture.TRUST, Fixture.TEES)));
    f.organisations.add(Organisation.builder().id(OrganisationId.of("LATE")).name("Late ICB").kind(OrganisationKind.ICB)
        .footprint(Fixture.DURHAM).existence(DateRange.startingOn(LocalDate.of(2023, 7, 1))).build());
    f.transfers.set(1, f.transfers.get(1).withSuccessions(Succession.of(OrganisationId.of("LATE"), Fixture.DURHAM)));
    // example:end
    return f;
  }

  @Test
  void successorsThatMayNotHoldTheFunctionAreFlagged() {
    List<Finding> findings = RuleTests.findingsOf(example(), AccountabilityRules.TRANSFER_INELIGIBLE);
    assertEquals(List.of("""
        ERROR ACC-TRANSFER-INELIGIBLE|16C-2022|RVW
        subjects: TransferId 16C-2022, OrganisationId RVW
        period: 2022-07-01/..
        footprint: none
        areas: []
        message: North Tees NHS FT (RVW) cannot succeed NHS Tees Valley CCG (16C) on 2022-07-01: a foundation \
        trust cannot hold statutory duties; name a statutory body as successor
        evidence: transfer 16C-2022: abolition of NHS Tees Valley CCG (16C) on 2022-07-01 (Health and Care Act \
        2022), to North Tees NHS FT (RVW) for every function in Tees Valley (TEES)
        evidence: existence of North Tees NHS FT (RVW): ../..
        """, """
        ERROR ACC-TRANSFER-INELIGIBLE|84H-2022|LATE
        subjects: TransferId 84H-2022, OrganisationId LATE
        period: 2022-07-01/..
        footprint: none
        areas: []
        message: Late ICB (LATE) cannot succeed NHS County Durham CCG (84H) on 2022-07-01: it exists only \
        2023-07-01/..; name a successor that exists then, or move the transfer
        evidence: transfer 84H-2022: abolition of NHS County Durham CCG (84H) on 2022-07-01, to Late ICB (LATE) \
        for every function in County Durham (DUR)
        evidence: existence of Late ICB (LATE): 2023-07-01/..
        """), findings.stream().map(RuleTests::describe).toList());
  }

  @Test
  void silentOnTheTransition() {
    assertSilent(transition(), AccountabilityRules.TRANSFER_INELIGIBLE);
  }

  @Test
  void nearMissTheDayBeforeTheIcbExists() {
    Fixture f = transition();
    f.transfers.set(0, f.transfers.get(0).withDate(TransfersTest.JULY_2022.minusDays(1)));
    List<Finding> findings = RuleTests.findingsOf(f, AccountabilityRules.TRANSFER_INELIGIBLE);
    assertEquals(List.of("NHS North East and North Cumbria ICB (QHM) cannot succeed "
        + "NHS Tees Valley CCG (16C) on 2022-06-30: it exists only 2022-07-01/..; name a successor that exists then, "
        + "or move the transfer"), findings.stream().map(Finding::message).toList());
  }

  @Test
  void nearMissACcgSuccessorAfterCcgsIsOutsideTheLaw() {
    Fixture f = transition();
    f.transfers.set(0, f.transfers.get(0).withSuccessions(Succession.of(Fixture.DURHAM_CCG, Fixture.TEES)));
    f.replace(f.organisations, o -> o.id().equals(Fixture.DURHAM_CCG), f.organisations.stream()
        .filter(o -> o.id().equals(Fixture.DURHAM_CCG)).findFirst().orElseThrow().withExistence(DateRange.ALWAYS));
    f.transfers.remove(1);
    assertEquals(List.of("NHS County Durham CCG (84H) cannot succeed NHS Tees Valley "
        + "CCG (16C) on 2022-07-01: the law provides for a CCG only 2013-04-01/2022-06-30; name a successor of a kind "
        + "that may hold duties on 2022-07-01"),
        RuleTests.findingsOf(f, AccountabilityRules.TRANSFER_INELIGIBLE).stream().map(Finding::message).toList());
  }
}
