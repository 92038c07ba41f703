package io.github.commissioning.examples;

// README:imports:begin
import static io.github.commissioning.geography.FootprintLevel.NATIONAL;
import static io.github.commissioning.geography.FootprintLevel.PLACE;
import static io.github.commissioning.model.Mechanism.DELEGATION;
import static io.github.commissioning.model.OrganisationKind.CCG;
import static io.github.commissioning.model.OrganisationKind.NHS_ENGLAND;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.List;

// README:imports:end

/**
 * The README's quick start: NHS England delegates primary medical services to NHS Tees Valley CCG and
 * keeps the performers list back; who exercises them, and what the standard rules find.
 */
public final class QuickStart {

  private QuickStart() {
  }

  /**
   * Runs the quick start: builds the arrangement, asks who exercises contract management for practice
   * A81001 on 1 June 2021, and checks the arrangement, printing to standard output.
   *
   * @return the report, not null
   */
  public static Report run() {
    // README:begin
    Footprint tees = Footprint.of(FootprintId.of("E38000247"), "NHS Tees Valley CCG", PLACE,
        List.of(AreaId.of("A81001"), AreaId.of("A81002")));
    Footprint england = Footprint.union(FootprintId.of("E92000001"), "England", NATIONAL, tees);
    Organisation nhsEngland = Organisation.of(OrganisationId.of("X24"), "NHS England", NHS_ENGLAND, england.id());
    Organisation teesCcg = Organisation.builder().id(OrganisationId.of("16C")).name("NHS Tees Valley CCG")
        .kind(CCG).footprint(tees).existence(DateRange.of(LocalDate.of(2020, 4, 1), LocalDate.of(2022, 6, 30)))
        .build();
    CommissioningFunction primaryMedical = CommissioningFunction.of(FunctionId.of("pms"), "Primary medical services");
    CommissioningFunction performersList = CommissioningFunction.builder().id(FunctionId.of("pms.performers"))
        .name("Performers list").parent(primaryMedical).reserved(true).build();

    Arrangement arrangement = Arrangement.builder()   // parts may be added in any order
        .addFootprints(tees, england)
        .addOrganisations(nhsEngland, teesCcg)
        .addFunctions(primaryMedical, performersList)
        .addDuties(Duty.of(nhsEngland, primaryMedical, england, DateRange.startingOn(LocalDate.of(2013, 4, 1))))
        .addDelegations(Delegation.builder().delegator(nhsEngland).delegate(teesCcg)
            .function(primaryMedical).footprint(tees).mechanism(DELEGATION)
            .period(DateRange.startingOn(LocalDate.of(2020, 4, 1)))
            .addKeptBack(performersList).build())
        .build();   // structural problems: one exception listing them all

    Chain chain = Accountability.of(arrangement)
        .chain(primaryMedical.id(), AreaId.of("A81001"), LocalDate.of(2021, 6, 1)).orElseThrow();
    System.out.println(chain);
    // NHS England (accountable) → NHS Tees Valley CCG (delegated, s13Z, from 2020-04-01)

    Report report = RuleSet.standard()
        .asOf(LocalDate.of(2022, 7, 1))   // the date waivers are judged on: the same report on any day
        .check(arrangement);              // gaps and conflicts: findings, never exceptions
    report.findings().forEach(finding -> System.out.println(finding.message()));
    // NHS Tees Valley CCG (16C) closed on 2022-06-30 but is still the delegate of Primary medical services (pms) …
    // README:end
    return report;
  }
}
