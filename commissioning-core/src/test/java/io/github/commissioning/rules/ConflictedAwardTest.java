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
 * {@link ConflictedAward}, rule {@value ConflictRules.CONFLICTED_AWARD}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class ConflictedAwardTest {

  /** The example of the rule's page: The PCCC awards a contract to the federation; a member with a financial interest in one of its practices declares it but takes part. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.interests.add(Interest.builder().person(person(3)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).awardedTo(FEDERATION)
        .declarations(person(3)).inProcurementRegister(true)
        .participants(List.of(person(7), person(2), person(3), person(8)))
        .voters(List.of(person(7), person(2), person(8))).build());
    // example:end
    return f;
  }

  @Test
  void anAwardToAProviderADecisionMakerHasAFinancialInterestInIsFlagged() {
    assertReport(example(), """
        ERROR COI-CONFLICTED-AWARD|D1|P3
        subjects: DecisionId D1, PersonId P3
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Cara Clarke (P3) took part in decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01, which awarded a contract to Stockton GP Federation (FED1), while holding a financial interest in The Densham Surgery (A81001), under the National Health Service (Procurement, Patient Choice and Competition) (No. 2) Regulations 2013; make the award again without conflicted decision-makers
        evidence: Cara Clarke (P3) has a financial interest in The Densham Surgery (A81001) (interest P3/FINANCIAL/A81001/2013-04-01, arose 2013-04-01, declared 2013-04-10): The Densham Surgery (A81001) is a member of Stockton GP Federation (FED1); the decision names Stockton GP Federation (FED1)
        """, """
        ERROR COI-CONFLICTED-PARTICIPATION|D1|P3
        subjects: DecisionId D1, PersonId P3
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Cara Clarke (P3) took part in the discussion of decision 'Practice merger in Stockton' (D1) of Primary care commissioning committee (16C-PCCC) on 2021-06-01 while conflicted by a financial interest in The Densham Surgery (A81001); the chair should have excluded them from the item
        evidence: Cara Clarke (P3) has a financial interest in The Densham Surgery (A81001) (interest P3/FINANCIAL/A81001/2013-04-01, arose 2013-04-01, declared 2013-04-10): The Densham Surgery (A81001) is a member of Stockton GP Federation (FED1); the decision names Stockton GP Federation (FED1)
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.CONFLICTED_AWARD);
  }

  @Test
  void aProfessionalInterestIsNotAFinancialConflictInTheAward() {
    Fixture f = example();
    f.interests.clear();
    f.interests.add(Interest.builder().person(person(3)).kind(InterestKind.PROFESSIONAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build());
    assertSilent(f, ConflictRules.CONFLICTED_AWARD);
  }

  @Test
  void aConflictedMemberWhoWithdrewFromTheAwardIsSilent() {
    Fixture f = example();
    f.replace(f.decisions, d -> true, decision(DECISION, PCCC).awardedTo(FEDERATION).declarations(person(3))
        .inProcurementRegister(true).withdrew(person(3)).participants(List.of(person(7), person(2), person(8)))
        .voters(List.of(person(7), person(2), person(8))).build());
    assertSilent(f, ConflictRules.CONFLICTED_AWARD);
  }
}
