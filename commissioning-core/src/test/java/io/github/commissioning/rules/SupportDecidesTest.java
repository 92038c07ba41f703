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
 * {@link SupportDecides}, rule {@value AccountabilityRules.SUPPORT_DECIDES}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class SupportDecidesTest {

  /** The example of the rule's page: A commissioning support unit supporting Tees Valley CCG has a board, which takes a decision on contract management. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    OrganisationId csu = OrganisationId.of("0DF");
    BodyId board = BodyId.of("0DF-B");
    f.organisations.add(Organisation.of(csu, "North of England CSU", OrganisationKind.CSU));
    f.bodies.add(DecisionBody.builder().id(board).name("CSU board").organisation(csu)
        .kind(BodyKind.BOARD).build());
    f.delegations.add(delegation(DelegationId.of("16C-CSU"), TEES_CCG, csu, TEES)
        .mechanism(Mechanism.SUPPORT).build());
    f.decisions.add(decision(DecisionId.of("D2"), board).participants(List.of()).voters(List.of()).build());
    // example:end
    return f;
  }

  @Test
  void aSupportUnitRecordedAsDecidingIsFlagged() {
    assertReport(example(), """
        ERROR ACC-SUPPORT-DECIDES|D2|0DF
        subjects: DecisionId D2, OrganisationId 0DF
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: CSU board (0DF-B) of North of England CSU (0DF) took decision 'Practice merger in Stockton' (D2) on Contract management (pms.contracts) on 2021-06-01, but North of England CSU (0DF) is a support organisation and has no decision rights; the commissioner must take the decision
        evidence: body 0DF-B (board) of North of England CSU (0DF), a CSU
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.SUPPORT_DECIDES);
  }

  @Test
  void theCommissionerDecidingWithSupportIsSilent() {
    Fixture f = example();
    f.decisions.removeIf(d -> d.id().code().equals("D2"));
    assertSilent(f, AccountabilityRules.SUPPORT_DECIDES);
  }
}
