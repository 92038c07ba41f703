package io.github.commissioning.accountability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramsTest {

  private static final FunctionId PMS = FunctionId.of("pms");
  private static final LocalDate JUNE_2021 = LocalDate.of(2021, 6, 1);

  private static Accountability accountability() {
    FootprintId tees = FootprintId.of("TEES");
    FootprintId england = FootprintId.of("ENG");
    OrganisationId nhse = OrganisationId.of("X24");
    OrganisationId ccg = OrganisationId.of("16C");
    return Accountability.of(Arrangement.builder()
        .addFootprints(Footprint.of(tees, "Tees Valley", FootprintLevel.PLACE, List.of(AreaId.of("A81001"))),
            Footprint.of(FootprintId.of("DUR"), "Durham", FootprintLevel.PLACE, List.of(AreaId.of("A83001"))),
            Footprint.union(england, "England", FootprintLevel.NATIONAL, List.of(tees, FootprintId.of("DUR"))))
        .addOrganisations(Organisation.of(nhse, "NHS England", OrganisationKind.NHS_ENGLAND, england),
            Organisation.of(ccg, "NHS \"Tees\" Valley CCG", OrganisationKind.CCG, tees))
        .addFunctions(CommissioningFunction.of(PMS, "Primary medical services"))
        .addDuties(Duty.of(nhse, PMS, england, DateRange.startingOn(LocalDate.of(2013, 4, 1))))
        .addDelegations(Delegation.builder().delegator(nhse).delegate(ccg).function(PMS).footprint(tees)
            .mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(LocalDate.of(2020, 4, 1))).build())
        .build());
  }

  @Test
  void aChainAsMermaidEscapesQuotes() {
    Chain chain = accountability().chain(PMS, AreaId.of("A81001"), JUNE_2021).orElseThrow();
    assertEquals("flowchart LR\n"
        + "  n0[\"NHS #quot;Tees#quot; Valley CCG (16C)<br/>exercises\"]\n"
        + "  n1[\"NHS England (X24)<br/>accountable\"]\n"
        + "  n1 -->|\"delegated, s13Z, 2020-04-01/..\"| n0\n", Diagrams.mermaid(chain));
  }

  @Test
  void aChainAsDot() {
    Chain chain = accountability().chain(PMS, AreaId.of("A81001"), JUNE_2021).orElseThrow();
    assertEquals("digraph \"chain of pms in A81001 on 2021-06-01\" {\n"
        + "  rankdir=LR;\n"
        + "  node [shape=box, fontname=\"Helvetica\"];\n"
        + "  edge [fontname=\"Helvetica\", fontsize=10];\n"
        + "  n0 [label=\"NHS \\\"Tees\\\" Valley CCG (16C)\\nexercises\"];\n"
        + "  n1 [label=\"NHS England (X24)\\naccountable\"];\n"
        + "  n1 -> n0 [label=\"delegated, s13Z, 2020-04-01/..\"];\n"
        + "}\n", Diagrams.dot(chain));
  }

  @Test
  void aFunctionsAccountabilityOnADate() {
    assertEquals("flowchart LR\n"
        + "  n0[\"NHS #quot;Tees#quot; Valley CCG (16C)\"]\n"
        + "  n1[\"NHS England (X24)<br/>accountable for England\"]\n"
        + "  n1 -->|\"delegated, s13Z, 2020-04-01/.., Tees Valley\"| n0\n",
        Diagrams.mermaid(accountability(), PMS, JUNE_2021));
    assertEquals("flowchart LR\n  n0[\"NHS England (X24)<br/>accountable for England\"]\n",
        Diagrams.mermaid(accountability(), PMS, LocalDate.of(2019, 1, 1)));
  }
}
