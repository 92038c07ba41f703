package io.github.commissioning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.accountability.Diagrams;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The large shapes of the hostile-input suite, each asserting a report: a million-area footprint, a
 * million-link chain, a 100,000-deep function tree and a crowd of 10,000 delegates of one area. They
 * take a minute or two and a few GB, so they run in their own profile:
 * {@code mvn -B -pl commissioning-core -P hostile verify}. Their speed is measured in JMH
 * ({@code CheckBenchmarks}), never here.
 */
@Tag("large")
class HostileInputLargeTest {

  private static final OrganisationId NHSE = OrganisationId.of("X24");
  private static final FunctionId PMS = FunctionId.of("pms");
  private static final FootprintId ENGLAND = FootprintId.of("ENG");
  private static final LocalDate APRIL_2015 = LocalDate.of(2015, 4, 1);
  private static final RuleSet RULES = RuleSet.standard().asOf(LocalDate.of(2022, 1, 1));

  private static Arrangement.Builder england(List<AreaId> areas) {
    return Arrangement.builder().addFootprints(Footprint.of(ENGLAND, "England", FootprintLevel.NATIONAL, areas))
        .addOrganisations(Organisation.of(NHSE, "NHS England", OrganisationKind.NHS_ENGLAND, ENGLAND))
        .addFunctions(CommissioningFunction.of(PMS, "Primary medical services"))
        .addDuties(Duty.of(NHSE, PMS, ENGLAND, DateRange.startingOn(LocalDate.of(2013, 4, 1))));
  }

  @Test
  void aMillionAreaFootprint() {
    List<AreaId> areas = new ArrayList<>();
    for (int i = 0; i < 1_000_000; i++) {
      areas.add(AreaId.of("P" + i));
    }
    Arrangement arrangement = england(areas).build();
    assertEquals(1_000_000, arrangement.geography().areas().size());
    assertTrue(RULES.check(arrangement).isComplete());
    assertEquals(NHSE, Accountability.of(arrangement).exercisedBy(PMS, AreaId.of("P999999"), APRIL_2015)
        .orElseThrow().id());
  }

  @Test
  void aMillionLinkChain() {
    Arrangement.Builder builder = england(List.of(AreaId.of("A81001")));
    OrganisationId previous = NHSE;
    for (int i = 0; i < 1_000_000; i++) {
      OrganisationId next = OrganisationId.of("JC" + i);
      builder.addOrganisations(Organisation.of(next, "Committee " + i, OrganisationKind.JOINT_COMMITTEE));
      builder.addDelegations(Delegation.builder().id(DelegationId.of("L" + i)).delegator(previous).delegate(next)
          .function(PMS).footprint(ENGLAND).mechanism(Mechanism.JOINT_COMMITTEE)
          .period(DateRange.startingOn(APRIL_2015)).onwardDelegationPermitted(true).build());
      previous = next;
    }
    Arrangement arrangement = builder.build();
    Report report = RULES.check(arrangement);
    assertTrue(report.isComplete());
    Chain chain = Accountability.of(arrangement).chain(PMS, AreaId.of("A81001"), APRIL_2015).orElseThrow();
    assertEquals(1_000_000, chain.links().size());
    assertTrue(Diagrams.mermaid(chain).startsWith("flowchart LR\n"));
  }

  @Test
  void aFunctionTreeAHundredThousandDeep() {
    Arrangement.Builder builder = england(List.of(AreaId.of("A81001")))
        .addOrganisations(Organisation.of(OrganisationId.of("16C"), "NHS Tees Valley CCG", OrganisationKind.CCG,
            ENGLAND));
    FunctionId parent = PMS;
    for (int i = 1; i < 100_000; i++) {
      FunctionId next = FunctionId.of("f" + i);
      builder.addFunctions(CommissioningFunction.builder().id(next).name("Function " + i).parent(parent).build());
      parent = next;
    }
    Arrangement arrangement = builder.addDelegations(Delegation.builder().delegator(NHSE)
        .delegate(OrganisationId.of("16C")).function(parent).footprint(ENGLAND).mechanism(Mechanism.DELEGATION)
        .period(DateRange.startingOn(APRIL_2015)).build()).build();
    assertTrue(RULES.check(arrangement).isComplete());
    assertEquals(OrganisationId.of("16C"), Accountability.of(arrangement).exercisedBy(parent, AreaId.of("A81001"),
        APRIL_2015).orElseThrow().id());
  }

  @Test
  void tenThousandDelegatesOfOneArea() {
    Report report = HostileInputTest.crowd(10_000).check();
    assertTrue(report.isComplete());
    assertEquals(10_000, report.findingsOfRule(AccountabilityRules.CONFLICTING_DELEGATION).get(0).subjects().size());
  }
}
