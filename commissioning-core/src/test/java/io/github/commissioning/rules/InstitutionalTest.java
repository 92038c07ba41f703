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
 * {@link Institutional}, rule {@value ConflictRules.INSTITUTIONAL}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class InstitutionalTest {

  /** The example of the rule's page: A joint committee of which the trust is a member awards the trust a contract. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    OrganisationId committee = OrganisationId.of("JC1");
    BodyId body = BodyId.of("JC1-B");
    f.organisations.add(Organisation.of(committee, "Tees joint committee", OrganisationKind.JOINT_COMMITTEE));
    f.affiliations.add(Affiliation.of(TRUST, AffiliationKind.MEMBER_OF, committee, DateRange.startingOn(APRIL_2015)));
    f.bodies.add(DecisionBody.builder().id(body).name("Joint committee").organisation(committee)
        .kind(BodyKind.JOINT_COMMITTEE).build());
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.delegations.add(delegation(DelegationId.of("16C-JC1"), TEES_CCG, committee, TEES)
        .mechanism(Mechanism.JOINT_COMMITTEE).build());
    f.decisions.add(decision(DecisionId.of("D2"), body).title("Community services award").awardedTo(TRUST)
        .inProcurementRegister(true).participants(List.of()).voters(List.of()).build());
    // example:end
    return f;
  }

  @Test
  void aJointCommitteeAwardingAContractToOneOfItsMembersIsInstitutionallyConflicted() {
    assertReport(example(), """
        ERROR COI-INSTITUTIONAL|D2|RVW
        subjects: DecisionId D2, OrganisationId RVW
        period: 2021-06-01/2021-06-01
        footprint: none
        areas: []
        message: Decision 'Community services award' (D2) of Joint committee (JC1-B) on 2021-06-01 awarded a contract to North Tees NHS FT (RVW), itself a member of Tees joint committee (JC1); the member should withdraw and the award be decided without it
        evidence: North Tees NHS FT (RVW) is a member of Tees joint committee (JC1), 2015-04-01/..
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), ConflictRules.INSTITUTIONAL);
  }

  @Test
  void anAwardToAnOrganisationThatIsNotAMemberIsSilent() {
    Fixture f = example();
    f.affiliations.removeIf(a -> a.member().equals(TRUST));
    assertSilent(f, ConflictRules.INSTITUTIONAL);
  }
}
