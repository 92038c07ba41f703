package io.github.commissioning.examples;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.FootprintId;
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
import io.github.commissioning.model.Transfer;
import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import io.github.commissioning.value.Identifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Example 5, England at scale, 2021 to 2027: NHS England's duty for primary care across all 6,527 practices,
 * delegated to all 106 CCGs of 2021/22, and each CCG's duty for community services, carried to the 42 ICBs on
 * 1 July 2022 and to the new ICBs of 1 April 2026 by the transfers of {@link England}, with five planted
 * defects; the findings counted by region and by rule, those in force on a date in a place, and how long the
 * check took.
 */
public final class EnglandAtScale {

  static final FunctionId COMMUNITY = FunctionId.of("community");
  /** North Central London ICB, whose 2026 transfer scheme the example leaves out. */
  static final String NORTH_CENTRAL_LONDON = "QMJ";

  /** What the example found, for its test. */
  public static final class Result {
    /** The report. */
    public final Report report;
    /** Active findings by region name, over the whole timeline. */
    public final Map<String, Integer> byRegion;
    /** The findings in force on the date asked about, in the place asked about. */
    public final List<Finding> shown;

    Result(Report report, Map<String, Integer> byRegion, List<Finding> shown) {
      this.report = report;
      this.byRegion = byRegion;
      this.shown = shown;
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
    // what must be covered: each CCG, then each ICB, holds community services over its whole area while it exists
    builder.addExpectations(CoverageExpectation.byEach(OrganisationKind.CCG, COMMUNITY, DateRange.of(start, end)),
        CoverageExpectation.byEach(OrganisationKind.ICB, COMMUNITY, DateRange.startingOn(England.ICBS_ESTABLISHED)));
    for (Duty duty : england.ccgDuties(COMMUNITY)) {
      // planted: Basildon and Brentwood's duty for community services is missing
      if (!duty.holder().code().equals("99E")) {
        builder.addDuties(Duty.of(duty.holder(), COMMUNITY, duty.footprint(), DateRange.startingOn(start)));
      }
    }
    // planted: Barnsley also holds community services for Bassetlaw until CCGs are abolished
    builder.addDuties(Duty.of(OrganisationId.of("02P"), COMMUNITY, england.footprintOf("02Q"), DateRange.of(start, end)));
    for (String ccg : england.ccgCodes()) {
      Delegation.Builder delegation = DelegatedPrimaryCare.toCcg(england, ccg);
      if (ccg.equals("00L")) {
        delegation.keptBack(List.of(DelegatedPrimaryCare.APPRAISAL));  // planted: the performers list not kept back
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
    builder.addAllTransfers(england.transfers2022());
    // planted: North Central London's 2026 transfer scheme is not recorded
    for (Transfer transfer : england.transfers2026()) {
      if (!transfer.predecessor().code().equals(NORTH_CENTRAL_LONDON)) {
        builder.addTransfers(transfer);
      }
    }
    return builder.build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   * @param date the date to show findings for and to judge waivers on, not null
   * @param place the place to show findings for (a region, CCG, STP or ICB code, or a new ICB of 2026), or
   *     empty for all of England
   * @return what it found, not null
   * @throws IllegalArgumentException if the place's code names no region, CCG, STP or ICB
   */
  public static Result run(Out out, LocalDate date, Optional<String> place) {
    England england = England.load();
    Optional<England.Place> where = place.map(code -> england.place(code, date).orElseThrow(
        () -> new IllegalArgumentException("Unknown place '" + code + "': give a region (Y61), a CCG (06H), an STP "
            + "or ICB (QUE) or a new ICB of 2026 (" + String.join(", ", england.icbCodes2026()) + ")")));
    long loadStart = System.nanoTime();
    Arrangement arrangement = arrangement();
    long built = System.nanoTime();
    Report report = RuleSet.standard().asOf(date).check(arrangement);
    long checked = System.nanoTime();

    Map<String, SortedSet<AreaId>> regions = new TreeMap<>();
    for (String code : england.regionCodes()) {
      regions.put(england.regionName(code).orElseThrow(), arrangement.geography().areasOf(england.footprintOf(code)));
    }
    Set<AreaId> placeAreas = new HashSet<>();
    where.ifPresent(p -> p.footprints().forEach(f -> placeAreas.addAll(arrangement.geography().areasOf(f))));
    Map<String, Integer> byRegion = new TreeMap<>();
    Map<String, Integer> byRule = new TreeMap<>();
    List<Finding> shown = new ArrayList<>();
    Map<Identifier<?>, FootprintId> parts = footprintsById(arrangement);
    for (Finding finding : report.findings()) {
      SortedSet<AreaId> areas = areasOf(finding, arrangement, parts);
      byRegion.merge(regionOf(areas, regions), 1, Integer::sum);
      boolean now = finding.period().map(p -> p.contains(date)).orElse(true);
      boolean here = where.isEmpty() || areas.stream().anyMatch(placeAreas::contains);
      if (now && here) {
        byRule.merge(finding.ruleId(), 1, Integer::sum);
        shown.add(finding);
      }
    }
    String in = " on " + date + where.map(p -> " in " + p.name()).orElse("");
    out.title("5. England at scale, 2021 to 2027");
    out.paragraph(String.format("%,d organisations, %,d practice areas, %,d footprints, %,d duties, %,d delegations "
        + "and %,d transfers: primary care delegated to all 106 CCGs and community services held by each, carried to "
        + "the ICBs on 1 July 2022 and to the new ICBs of 1 April 2026, with five planted defects.",
        arrangement.organisations().size(), arrangement.geography().areas().size(), arrangement.footprints().size(),
        arrangement.duties().size(), arrangement.delegations().size(), arrangement.transfers().size()));
    out.heading("Findings by region, 2021 to 2027");
    byRegion.forEach((name, n) -> out.bullet(name + ": " + n));
    out.blank();
    out.heading("Findings by rule" + in);
    byRule.forEach((rule, n) -> out.bullet(rule + ": " + n));
    out.blank();
    out.heading("The findings" + in);
    for (Finding finding : shown) {
      out.bullet(finding.severity() + " " + finding.ruleId() + ": " + finding.message());
    }
    out.blank();
    out.paragraph(String.format("Built the arrangement in %d ms and checked it in %d ms (one run, on this machine; "
        + "see the README's Performance section for measured figures).", (built - loadStart) / 1_000_000,
        (checked - built) / 1_000_000));
    return new Result(report, byRegion, shown);
  }

  /**
   * The footprints of the duties, delegations and contracts in force, carried ones included, by id: where a
   * finding that names one of them is.
   */
  static Map<Identifier<?>, FootprintId> footprintsById(Arrangement arrangement) {
    Map<Identifier<?>, FootprintId> footprints = new HashMap<>();
    arrangement.effectiveDuties().forEach(d -> footprints.put(d.id(), d.footprint()));
    arrangement.effectiveDelegations().forEach(d -> footprints.put(d.id(), d.footprint()));
    arrangement.effectiveContracts().forEach(c -> footprints.put(c.id(), c.footprint()));
    return footprints;
  }

  /** The areas a finding is about: its own, or else those of its footprint or of the parts it names. */
  static SortedSet<AreaId> areasOf(Finding finding, Arrangement arrangement, Map<Identifier<?>, FootprintId> parts) {
    SortedSet<AreaId> areas = new TreeSet<>(finding.areas());
    if (areas.isEmpty() && finding.footprint().isPresent()) {
      areas.addAll(arrangement.geography().areasOf(finding.footprint().get()));
    }
    if (areas.isEmpty()) {
      for (Identifier<?> subject : finding.subjects()) {
        FootprintId footprint = parts.get(subject);
        if (footprint != null) {
          areas.addAll(arrangement.geography().areasOf(footprint));
        }
      }
    }
    return areas;
  }

  static String regionOf(SortedSet<AreaId> areas, Map<String, SortedSet<AreaId>> regions) {
    if (!areas.isEmpty()) {
      for (Map.Entry<String, SortedSet<AreaId>> region : regions.entrySet()) {
        if (region.getValue().contains(areas.first())) {
          return region.getKey();
        }
      }
    }
    return "England";
  }
}
