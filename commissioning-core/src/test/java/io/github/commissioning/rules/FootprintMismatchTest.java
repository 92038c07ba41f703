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
 * {@link FootprintMismatch}, rule {@value AccountabilityRules.FOOTPRINT_MISMATCH}: the example of its page, fired on exact subjects in the whole
 * report; silent on the busy clean arrangement; and its near misses.
 */
@SuppressWarnings("unused")
class FootprintMismatchTest {

  /** The example of the rule's page: Tees Valley CCG, permitted to delegate onward, has Durham County Council lead for it under s75, though the council's footprint lies outside its own. */
  static Fixture example() {
    // example:begin
    Fixture f = Fixture.clean();
    f.replace(f.delegations, d -> d.id().equals(TO_TEES),
        delegation(TO_TEES, NHSE, TEES_CCG, TEES).onwardDelegationPermitted(true).build());
    f.organisations.add(Organisation.of(COUNCIL, "Durham County Council", OrganisationKind.LOCAL_AUTHORITY, DURHAM));
    f.delegations.add(delegation(DelegationId.of("16C-LA"), TEES_CCG, COUNCIL, TEES)
        .mechanism(Mechanism.LEAD_COMMISSIONING).build());
    // example:end
    return f;
  }

  static final OrganisationId COUNCIL = OrganisationId.of("LA-DUR");

  @Test
  void aDelegateServingBeyondItsDelegatorsFootprintIsFlagged() {
    assertReport(example(), """
        WARNING ACC-FOOTPRINT-MISMATCH|16C-LA
        subjects: DelegationId 16C-LA
        period: 2015-04-01/..
        footprint: DUR
        areas: [A83001]
        message: Durham County Council (LA-DUR) serves County Durham (DUR), of which 1 of 1 areas lie outside the footprint of its delegator NHS Tees Valley CCG (16C), Tees Valley (TEES); check that the right organisations are party to delegation 16C-LA
        evidence: delegation 16C-LA: NHS Tees Valley CCG (16C) → Durham County Council (LA-DUR), Primary medical services (pms) for Tees Valley (TEES), lead commissioning, 2015-04-01/.., keeping back [pms.performers]
        """);
  }

  @Test
  void silentOnTheBusyCleanArrangement() {
    assertSilent(Fixture.busy(), AccountabilityRules.FOOTPRINT_MISMATCH);
  }

  @Test
  void aDelegateServingPartOfItsDelegatorsFootprintIsSilent() {
    assertSilent(Fixture.clean(), AccountabilityRules.FOOTPRINT_MISMATCH);
    assertTrue(Fixture.clean().build().delegations().stream().allMatch(d -> d.delegator().equals(NHSE)));
  }

  @Test
  void nearMissAJointCommitteeAHostOfTheSameKindAndARegionalTeamServeBeyondByDesign() {
    Fixture f = example();
    f.delegations.removeIf(d -> d.id().code().equals("16C-LA"));
    f.delegations.add(delegation(DelegationId.of("16C-84H"), TEES_CCG, DURHAM_CCG, TEES).build());
    OrganisationId committee = OrganisationId.of("JC");
    f.organisations.add(Organisation.of(committee, "Tees and Durham joint committee", OrganisationKind.JOINT_COMMITTEE,
        ENGLAND));
    f.delegations.add(delegation(DelegationId.of("16C-JC"), TEES_CCG, committee, TEES).build());
    OrganisationId region = OrganisationId.of("Y63");
    f.organisations.add(Organisation.of(region, "North East and Yorkshire", OrganisationKind.REGIONAL_TEAM, ENGLAND));
    f.delegations.add(delegation(DelegationId.of("16C-Y63"), TEES_CCG, region, TEES).mechanism(Mechanism.SUPPORT)
        .build());
    assertSilent(f, AccountabilityRules.FOOTPRINT_MISMATCH);
  }

  @Test
  void oneAreaOutsideIsEnough() {
    Fixture f = example();
    f.footprints.add(Footprint.of(FootprintId.of("DUR-PART"), "Part of Durham", FootprintLevel.NEIGHBOURHOOD, List.of(A3)));
    f.footprints.add(Footprint.of(FootprintId.of("TEES-PLUS"), "Tees Valley and one Durham practice",
        FootprintLevel.PLACE, List.of(A1, A2, A3)));
    f.replace(f.organisations, o -> o.id().equals(COUNCIL), Organisation.of(COUNCIL, "Durham County Council",
        OrganisationKind.LOCAL_AUTHORITY, FootprintId.of("TEES-PLUS")));
    Finding finding = findingsOf(f, AccountabilityRules.FOOTPRINT_MISMATCH).get(0);
    assertEquals(List.of(A3), finding.areas());
  }
}
