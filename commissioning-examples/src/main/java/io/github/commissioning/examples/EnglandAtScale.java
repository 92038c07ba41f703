package io.github.commissioning.examples;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.CoverageExpectation;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import io.github.commissioning.value.Identifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Example 5, England at scale: NHS England's duty for primary care across all 6,527 practices, delegated to
 * all 106 CCGs of 2021/22, and each CCG's duty for community services, with a few planted defects; the
 * findings counted by rule and by region, and how long the check took.
 */
public final class EnglandAtScale {


  static final FunctionId COMMUNITY = FunctionId.of("community");

  /** What the example found, for its test. */
  public static final class Result {
    /** The report. */
    public final Report report;
    /** Active findings by region name. */
    public final Map<String, Integer> byRegion;

    Result(Report report, Map<String, Integer> byRegion) {
      this.report = report;
      this.byRegion = byRegion;
    }
  }

  private EnglandAtScale() {
  }

  static Arrangement arrangement() {
    England england = England.load();
    LocalDate start = England.CONFIGURATION_2021;
    LocalDate end = England.CCGS_ABOLISHED_AFTER;
    Arrangement.Builder builder = england.builder().addAllFunctions(DelegatedPrimaryCare.primaryCareFunctions())
        .addFunctions(CommissioningFunction.of(COMMUNITY, "Community health services"))
        .addDuties(Duty.of(England.NHS_ENGLAND, DelegatedPrimaryCare.PMS, England.ENGLAND,
            DateRange.startingOn(LocalDate.of(2013, 4, 1))));
    // what must be covered: each CCG holds community services over its whole area while it exists
    builder.addExpectations(CoverageExpectation.byEach(OrganisationKind.CCG, COMMUNITY, DateRange.of(start, end)));
    for (Duty duty : england.ccgDuties(COMMUNITY)) {
      // planted: Basildon and Brentwood's duty for community services is missing
      if (!duty.holder().code().equals("99E")) {
        builder.addDuties(duty);
      }
    }
    // planted: Barnsley also holds community services for Bassetlaw
    builder.addDuties(Duty.of(OrganisationId.of("02P"), COMMUNITY, england.footprintOf("02Q"), DateRange.of(start, end)));
    for (String ccg : england.ccgCodes()) {
      Delegation.Builder delegation = DelegatedPrimaryCare.toCcg(england, ccg).period(DateRange.of(start, end));
      if (ccg.equals("00L")) {
        delegation.keptBack(List.of(DelegatedPrimaryCare.APPRAISAL));  // planted: the performers list not kept back
      }
      if (ccg.equals("16C")) {
        delegation.period(DateRange.startingOn(start));                          // planted: left open after abolition
      }
      builder.addDelegations(delegation.build());
    }
    // planted: Leeds passes delegated primary care on to a committee without permission
    builder.addOrganisations(Organisation.of(OrganisationId.of("JC-LEEDS"), "Leeds primary care committee",
        OrganisationKind.JOINT_COMMITTEE));
    builder.addDelegations(Delegation.builder().id(DelegationId.of("15F-JC-pms")).delegator(OrganisationId.of("15F"))
        .delegate(OrganisationId.of("JC-LEEDS")).function(DelegatedPrimaryCare.PMS).footprint(england.footprintOf("15F"))
        .mechanism(Mechanism.DELEGATION).period(DateRange.of(LocalDate.of(2021, 10, 1), end))
        .addKeptBack(DelegatedPrimaryCare.PERFORMERS, DelegatedPrimaryCare.APPRAISAL).build());
    return builder.build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   * @param date the date waivers are judged on, not null
   * @param region the region to show findings for, or empty for all
   * @return what it found, not null
   */
  public static Result run(Out out, LocalDate date, Optional<String> region) {
    England england = England.load();
    long loadStart = System.nanoTime();
    Arrangement arrangement = arrangement();
    long built = System.nanoTime();
    Report report = RuleSet.standard().asOf(date).check(arrangement);
    long checked = System.nanoTime();

    Map<String, SortedSet<AreaId>> regions = new TreeMap<>();
    for (String code : england.regionCodes()) {
      regions.put(england.regionName(code).orElseThrow(), arrangement.geography().areasOf(england.footprintOf(code)));
    }
    Map<String, Integer> byRegion = new TreeMap<>();
    Map<String, Integer> byRule = new TreeMap<>();
    List<Finding> shown = new ArrayList<>();
    for (Finding finding : report.findings()) {
      String where = regionOf(finding, arrangement, regions);
      byRegion.merge(where, 1, Integer::sum);
      if (region.isEmpty() || england.regionName(region.get()).map(where::equals).orElse(false)) {
        byRule.merge(finding.ruleId(), 1, Integer::sum);
        shown.add(finding);
      }
    }
    out.title("5. England at scale");
    out.paragraph(String.format("%,d organisations, %,d practice areas, %,d footprints, %,d duties and %,d delegations: "
        + "primary care delegated to all 106 CCGs, community services held by each, and five planted defects.",
        arrangement.organisations().size(), arrangement.geography().areas().size(), arrangement.footprints().size(),
        arrangement.duties().size(), arrangement.delegations().size()));
    out.heading("Findings by region");
    byRegion.forEach((name, n) -> out.bullet(name + ": " + n));
    out.blank();
    out.heading("Findings by rule" + region.map(r -> " in " + england.regionName(r).orElse(r)).orElse(""));
    byRule.forEach((rule, n) -> out.bullet(rule + ": " + n));
    out.blank();
    out.heading("The findings" + region.map(r -> " in " + england.regionName(r).orElse(r)).orElse(""));
    for (Finding finding : shown) {
      out.bullet(finding.severity() + " " + finding.ruleId() + ": " + finding.message());
    }
    out.blank();
    out.paragraph(String.format("Built the arrangement in %d ms and checked it in %d ms (one run, on this machine; "
        + "see the README's Performance section for measured figures).", (built - loadStart) / 1_000_000,
        (checked - built) / 1_000_000));
    return new Result(report, byRegion);
  }

  static String regionOf(Finding finding, Arrangement arrangement, Map<String, SortedSet<AreaId>> regions) {
    Optional<AreaId> area = finding.areas().stream().findFirst();
    if (area.isEmpty()) {
      for (Identifier<?> subject : finding.subjects()) {
        if (subject instanceof DelegationId delegation) {
          area = arrangement.delegation(delegation)
              .map(d -> arrangement.geography().areasOf(d.footprint()).first());
          break;
        }
      }
    }
    if (area.isPresent()) {
      for (Map.Entry<String, SortedSet<AreaId>> region : regions.entrySet()) {
        if (region.getValue().contains(area.get())) {
          return region.getKey();
        }
      }
    }
    return "England";
  }
}
