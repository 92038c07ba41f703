package io.github.commissioning.examples;

import static io.github.commissioning.geography.FootprintLevel.NATIONAL;
import static io.github.commissioning.geography.FootprintLevel.PLACE;
import static io.github.commissioning.model.Mechanism.DELEGATION;
import static io.github.commissioning.model.OrganisationKind.CCG;
import static io.github.commissioning.model.OrganisationKind.NHS_ENGLAND;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.Period;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The README's quick start: NHS England delegates primary medical services to NHS Tees Valley CCG and
 * keeps the performers list back.
 */
public final class QuickStart {

  private QuickStart() {
  }

  /**
   * Builds the quick start's arrangement.
   *
   * @return the arrangement, not null
   */
  public static Arrangement arrangement() {
    // README:begin
    Footprint tees = Footprint.of(FootprintId.of("E38000247"), "NHS Tees Valley CCG", PLACE,
        List.of(AreaId.of("A81001"), AreaId.of("A81002")));
    Footprint england = Footprint.union(FootprintId.of("E92000001"), "England", NATIONAL, List.of(tees.id()));
    Organisation nhsEngland = Organisation.of(OrganisationId.of("X24"), "NHS England", NHS_ENGLAND, england.id());
    Organisation teesCcg = Organisation.builder().id(OrganisationId.of("16C")).name("NHS Tees Valley CCG")
        .kind(CCG).footprint(tees.id()).existence(Period.of(LocalDate.of(2020, 4, 1), LocalDate.of(2022, 6, 30)))
        .build();
    CommissioningFunction primaryMedical = CommissioningFunction.of(FunctionId.of("pms"), "Primary medical services");
    CommissioningFunction performersList = CommissioningFunction.builder().id(FunctionId.of("pms.performers"))
        .name("Performers list").parent(primaryMedical.id()).reserved(true).build();

    Arrangement arrangement = Arrangement.builder()
        .addFootprints(england, tees)
        .addOrganisations(nhsEngland, teesCcg)
        .addFunctions(primaryMedical, performersList)
        .addDuties(Duty.of(nhsEngland.id(), primaryMedical.id(), england.id(), Period.from(LocalDate.of(2013, 4, 1))))
        .addDelegations(Delegation.builder().delegator(nhsEngland.id()).delegate(teesCcg.id())
            .function(primaryMedical.id()).footprint(tees.id()).mechanism(DELEGATION)
            .period(Period.of(LocalDate.of(2020, 4, 1), LocalDate.of(2022, 6, 30)))
            .addKeptBack(performersList.id()).build())
        .build();   // structural problems: one exception listing them all
    // README:end
    return arrangement;
  }

  /**
   * Prints the quick start's arrangement.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    Arrangement arrangement = arrangement();
    out.println("Quick start: NHS England delegates primary medical services to NHS Tees Valley CCG");
    out.println("=================================================================================");
    for (Delegation delegation : arrangement.delegations()) {
      out.printf("%s → %s: %s in %s, %s, by %s, keeping back %s%n",
          arrangement.organisation(delegation.delegator()).orElseThrow().name(),
          arrangement.organisation(delegation.delegate()).orElseThrow().name(),
          arrangement.function(delegation.function()).orElseThrow().name(),
          arrangement.footprint(delegation.footprint()).orElseThrow().name(),
          delegation.period(), delegation.mechanism(), delegation.keptBack());
    }
    out.printf("Areas in England: %d; in Tees Valley: %d%n", arrangement.geography().index().size(),
        arrangement.geography().areasOf(FootprintId.of("E38000247")).size());
  }
}
