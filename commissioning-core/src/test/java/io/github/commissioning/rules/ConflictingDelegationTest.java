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
 * {@link ConflictingDelegation}, rule {@value AccountabilityRules.CONFLICTING_DELEGATION}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class ConflictingDelegationTest {

  /** The example of the rule's page: NHS England delegates primary medical services in Tees Valley to Durham CCG as well as to Tees Valley CCG. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("X24-84H-tees"), NHSE, DURHAM_CCG, TEES).build());
    // example:end
    return f;
  }

  @Test
  void oneDelegatorPassingTheSameAreaTwiceIsFlagged() {
    assertReport(example(), """
        WARNING ACC-CONFLICTING-DELEGATION|X24-16C|X24-84H-tees
        subjects: DelegationId X24-16C, DelegationId X24-84H-tees
        period: 2015-04-01/..
        footprint: none
        areas: [A81001, A81002]
        message: NHS England (X24) passes Primary medical services (pms) in Tees Valley (TEES) from 2015-04-01 to both NHS Tees Valley CCG (16C) and NHS County Durham CCG (84H); end one delegation or narrow their footprints
        evidence: delegation X24-16C: NHS England (X24) → NHS Tees Valley CCG (16C), Primary medical services (pms) for Tees Valley (TEES), delegated, 2015-04-01/.., keeping back [pms.performers]
        evidence: delegation X24-84H-tees: NHS England (X24) → NHS County Durham CCG (84H), Primary medical services (pms) for Tees Valley (TEES), delegated, 2015-04-01/.., keeping back [pms.performers]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.CONFLICTING_DELEGATION);
  }

  @Test
  void twoDelegationsOneEndingTheDayBeforeTheOtherStartsAreSilent() {
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES), delegation(TO_TEES, NHSE, TEES_CCG, TEES)
        .period(DateRange.of(APRIL_2015, LocalDate.of(2020, 3, 31))).build());
    f.delegations.add(delegation(DelegationId.of("X24-84H-tees"), NHSE, DURHAM_CCG, TEES)
        .period(DateRange.startingOn(LocalDate.of(2020, 4, 1))).build());
    assertSilent(f, AccountabilityRules.CONFLICTING_DELEGATION);
  }

  @Test
  void aDelegationKeyIsEscapedSoCodesWithBarsCannotCollide() {
    Fixture f = Fixture.clean();
    f.delegations.add(delegation(DelegationId.of("X24|a"), NHSE, DURHAM_CCG, TEES).build());
    f.delegations.add(delegation(DelegationId.of("X24"), NHSE, DURHAM_CCG, TEES).footprint(ENGLAND)
        .period(DateRange.startingOn(LocalDate.of(2020, 4, 1))).build());
    List<String> keys = findingsOf(f, AccountabilityRules.CONFLICTING_DELEGATION).stream()
        .map(x -> x.key().toString()).toList();
    assertEquals(keys.stream().distinct().count(), keys.size(), keys::toString);
  }
}
