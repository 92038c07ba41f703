package io.github.commissioning.examples;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.ReportDiff;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example 4, mergers: NHS Darlington, NHS Hartlepool and Stockton-on-Tees and NHS South Tees CCGs closed on
 * 31 March 2020 (their real ODS close dates) and NHS Tees Valley CCG opened on 1 April 2020. NHS England's
 * delegation of primary care to South Tees was left open; the checker finds it, and the diff shows what
 * ending it resolves.
 * <p>
 * The old CCGs' footprints are approximated from the Tees Valley practices' postcodes (the 2019 practice
 * mapping is not bundled): DL to Darlington, TS16–TS27 to Hartlepool and Stockton-on-Tees, the rest of TS
 * to South Tees.
 */
public final class Mergers {

  static final OrganisationId TEES_VALLEY = OrganisationId.of("16C");
  static final OrganisationId SOUTH_TEES = OrganisationId.of("00M");
  static final LocalDate CLOSED = LocalDate.of(2020, 3, 31);

  /** What the example found, for its test. */
  public static final class Result {
    /** Who exercises primary care in South Tees before the fix. */
    public final Chain before;
    /** And after. */
    public final Chain after;
    /** The reports and their difference. */
    public final Report beforeReport;
    /** The report after the fix. */
    public final Report afterReport;
    /** The difference. */
    public final ReportDiff diff;

    Result(Chain before, Chain after, Report beforeReport, Report afterReport, ReportDiff diff) {
      this.before = before;
      this.after = after;
      this.beforeReport = beforeReport;
      this.afterReport = afterReport;
      this.diff = diff;
    }
  }

  private Mergers() {
  }

  /** The predecessor each Tees Valley practice is assigned to, by postcode. */
  static String predecessorOf(String postcode) {
    if (postcode.startsWith("DL")) {
      return "00C";
    }
    String district = postcode.split(" ", -1)[0];
    int number = Integer.parseInt(district.replaceAll("[^0-9]", ""));
    return number >= 16 ? "00K" : "00M";
  }

  static Arrangement arrangement(boolean fixed) {
    England england = England.load();
    Map<String, List<AreaId>> areas = new LinkedHashMap<>();
    for (String practice : england.practicesOf("16C")) {
      areas.computeIfAbsent(predecessorOf(england.postcodeOf(practice).orElseThrow()), k -> new ArrayList<>())
          .add(AreaId.of(practice));
    }
    Arrangement.Builder builder = england.builder().addAllFunctions(DelegatedPrimaryCare.primaryCareFunctions())
        .addDuties(Duty.of(England.NHS_ENGLAND, DelegatedPrimaryCare.PMS, England.ENGLAND,
            DateRange.startingOn(LocalDate.of(2013, 4, 1))))
        .addDelegations(Delegation.builder().id(DelegationId.of("X24-16C-pms")).delegator(England.NHS_ENGLAND)
            .delegate(TEES_VALLEY).function(DelegatedPrimaryCare.PMS).footprint(england.footprintOf("16C"))
            .mechanism(Mechanism.DELEGATION).period(DateRange.of(LocalDate.of(2020, 4, 1), LocalDate.of(2022, 6, 30)))
            .addKeptBack(DelegatedPrimaryCare.PERFORMERS, DelegatedPrimaryCare.APPRAISAL).build());
    areas.forEach((code, practices) -> {
      England.Ccg ccg = england.ccg(code).orElseThrow();
      FootprintId footprint = FootprintId.of(code + "-2019");
      builder.addFootprints(Footprint.of(footprint, ccg.name() + " (approximate)", FootprintLevel.PLACE, practices));
      builder.addOrganisations(Organisation.builder().id(ccg.id()).name(ccg.name()).kind(OrganisationKind.CCG)
          .footprint(footprint).existence(ccg.existence()).successor(TEES_VALLEY).build());
      boolean leftOpen = ccg.id().equals(SOUTH_TEES) && !fixed;
      builder.addDelegations(Delegation.builder().id(DelegationId.of("X24-" + code + "-pms"))
          .delegator(England.NHS_ENGLAND).delegate(ccg.id()).function(DelegatedPrimaryCare.PMS).footprint(footprint)
          .mechanism(Mechanism.DELEGATION)
          .period(leftOpen ? DateRange.startingOn(LocalDate.of(2015, 4, 1)) : DateRange.of(LocalDate.of(2015, 4, 1),
              ccg.existence().end().orElseThrow()))
          .addKeptBack(DelegatedPrimaryCare.PERFORMERS, DelegatedPrimaryCare.APPRAISAL).build());
    });
    return builder.build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   * @param date the date of the question, not null
   * @return what it found, not null
   */
  public static Result run(Out out, LocalDate date) {
    England england = England.load();
    out.title("4. Mergers: three Tees CCGs become one");
    for (String code : List.of("00C", "00K", "00M")) {
      England.Ccg ccg = england.ccg(code).orElseThrow();
      out.bullet(ccg.name() + " (" + code + "): " + ccg.existence());
    }
    out.bullet("NHS Tees Valley CCG (16C): " + england.ccg("16C").orElseThrow().existence());
    out.blank();
    out.paragraph("NHS England delegated primary care to each of the three from 1 April 2015, and to Tees Valley from "
        + "1 April 2020 (illustrative dates: delegation began in April 2015 for the CCGs that took it, but which of "
        + "these did, and when, is not sourced). The delegation to South Tees was never ended.");
    LocalDate asked = date.isAfter(CLOSED) ? date : LocalDate.of(2021, 6, 1);
    String southTeesPractice = england.practicesOf("16C").stream()
        .filter(p -> predecessorOf(england.postcodeOf(p).orElseThrow()).equals("00M")).findFirst().orElseThrow();
    RuleSet rules = RuleSet.standard().asOf(asked);
    Arrangement broken = arrangement(false);
    Chain before = Accountability.of(broken).chain(DelegatedPrimaryCare.CONTRACTS, AreaId.of(southTeesPractice),
        asked).orElseThrow();
    Report beforeReport = rules.check(broken);
    out.heading("Before: who manages contracts for practice " + southTeesPractice + " on " + asked + "?");
    out.block("", before.toString());
    out.block("", beforeReport.toText());
    Arrangement fixed = arrangement(true);
    Chain after = Accountability.of(fixed).chain(DelegatedPrimaryCare.CONTRACTS, AreaId.of(southTeesPractice),
        asked).orElseThrow();
    Report afterReport = rules.check(fixed);
    out.heading("After ending the delegation on " + CLOSED);
    out.block("", after.toString());
    ReportDiff diff = Report.diff(beforeReport, afterReport);
    out.heading("Report.diff(before, after)");
    out.block("", diff.toText());
    return new Result(before, after, beforeReport, afterReport, diff);
  }
}
