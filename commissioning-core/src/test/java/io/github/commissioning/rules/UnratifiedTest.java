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
 * {@link Unratified}, rule {@value AccountabilityRules.UNRATIFIED}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class UnratifiedTest {

  /** The example of the rule's page: An STP of the two CCGs takes a decision that only Tees Valley CCG ratifies. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    OrganisationId stp = OrganisationId.of("QHM");
    BodyId board = BodyId.of("QHM-B");
    f.organisations.add(Organisation.of(stp, "Cumbria and North East STP", OrganisationKind.STP, ENGLAND));
    f.affiliations.add(Affiliation.of(TEES_CCG, AffiliationKind.MEMBER_OF, stp, DateRange.startingOn(APRIL_2015)));
    f.affiliations.add(Affiliation.of(DURHAM_CCG, AffiliationKind.MEMBER_OF, stp, DateRange.startingOn(APRIL_2015)));
    f.bodies.add(DecisionBody.builder().id(board).name("STP board").organisation(stp)
        .kind(BodyKind.BOARD).build());
    f.decisions.add(decision(DecisionId.of("D9"), board).title("System strategy").function(PMS)
        .ratifiedBy(TEES_CCG).participants(List.of()).voters(List.of()).build());
    // example:end
    return f;
  }

  @Test
  void aPartnershipDecisionNotRatifiedByEveryMemberHasNoAuthority() {
    assertReport(example(), """
        ERROR ACC-ULTRA-VIRES|D9|QHM-B
        subjects: DecisionId D9, BodyId QHM-B
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Decision 'System strategy' (D9) by STP board (QHM-B) on 2021-06-01 is outside what the body may decide: Cumbria and North East STP (QHM) neither holds nor exercises Primary medical services (pms) on 2021-06-01; refer it to a body whose remit and organisation cover Primary medical services (pms)
        evidence: Cumbria and North East STP (QHM) neither holds nor exercises Primary medical services (pms) on 2021-06-01
        """, """
        ERROR ACC-UNRATIFIED|D9
        subjects: DecisionId D9
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Decision 'System strategy' (D9) by STP board (QHM-B), of a partnership that is not a legal entity, binds only when each member body ratifies it, and it was not ratified by NHS County Durham CCG (84H); record each member's ratification
        evidence: members on 2021-06-01: [16C, 84H]; ratified by [16C]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.UNRATIFIED);
  }

  @Test
  void ratifiedByEveryMemberIsSilent() {
    Fixture f = example();
    f.replace(f.decisions, d -> d.id().code().equals("D9"), decision(DecisionId.of("D9"), BodyId.of("QHM-B"))
        .title("System strategy").function(PMS).ratifiedBy(TEES_CCG, DURHAM_CCG).build());
    assertSilent(f, AccountabilityRules.UNRATIFIED);
  }

  @Test
  void aMemberThatLeftTheDayBeforeNeedNotRatify() {
    Fixture f = example();
    f.replace(f.affiliations, a -> a.member().equals(DURHAM_CCG), Affiliation.builder().member(DURHAM_CCG)
        .kind(AffiliationKind.MEMBER_OF).parent(OrganisationId.of("QHM"))
        .period(DateRange.of(APRIL_2015, JUNE_2021.minusDays(1))).build());
    assertSilent(f, AccountabilityRules.UNRATIFIED);
  }
}
