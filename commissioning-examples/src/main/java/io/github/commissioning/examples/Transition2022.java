package io.github.commissioning.examples;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.ReportDiff;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Example 6: the 2022 transition. CCG-era arrangements (primary medical services delegated by NHS England to
 * three CCGs, and the north east's CCGs' own duties for community services) are carried through 1 July 2022 by the abolition
 * of each CCG, with the ICB of its area as successor: who exercises primary medical services in a practice's
 * area the day before and the day itself, Bassetlaw's practices changing ICB, Glossop's going to Derbyshire,
 * and the report with and without the transfers.
 */
public final class Transition2022 {

  /** Community health services. */
  static final FunctionId COMMUNITY = FunctionId.of("community");
  /** The CCGs of the example: Tees Valley, Bassetlaw, Tameside and Glossop. */
  static final List<String> CCGS = List.of("16C", "02Q", "01Y");

  /** What the example found. */
  public static final class Result {
    /** Who exercised primary medical services at each practice asked about, on 30 June and 1 July 2022. */
    public final List<String> answers;
    /** The report without the transfers: the CCGs' delegations left with abolished bodies. */
    public final Report without;
    /** The report with the transfers. */
    public final Report with;
    /** From the first report to the second. */
    public final ReportDiff diff;

    Result(List<String> answers, Report without, Report with, ReportDiff diff) {
      this.answers = answers;
      this.without = without;
      this.with = with;
      this.diff = diff;
    }
  }

  private Transition2022() {
  }

  /** The CCG-era arrangement, open past 30 June 2022, with or without the abolition transfers of 1 July 2022. */
  static Arrangement arrangement(boolean transfers) {
    England england = England.load();
    Arrangement.Builder builder = england.builder().addAllFunctions(DelegatedPrimaryCare.primaryCareFunctions())
        .addFunctions(CommissioningFunction.of(COMMUNITY, "Community health services"))
        .addDuties(Duty.of(England.NHS_ENGLAND, DelegatedPrimaryCare.PMS, England.ENGLAND,
            DateRange.startingOn(LocalDate.of(2013, 4, 1))));
    // the CCGs of the north east and north Cumbria hold community services, each over its area
    for (String ccg : england.ccgCodes()) {
      if (england.icbOf(ccg).orElseThrow().equals("QHM")) {
        builder.addDuties(Duty.of(OrganisationId.of(ccg), COMMUNITY, england.footprintOf(ccg),
            DateRange.startingOn(England.CONFIGURATION_2021)));
      }
    }
    for (String ccg : CCGS) {
      // illustrative: the dates of these CCGs' delegation agreements are not sourced; each runs from 1 April 2021
      builder.addDelegations(DelegatedPrimaryCare.toCcg(england, ccg).build());
    }
    if (transfers) {
      builder.addAllTransfers(england.transfers2022());
    }
    return builder.build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   * @return what it found, not null
   */
  public static Result run(Out out) {
    England england = England.load();
    Arrangement with = arrangement(true);
    Accountability accountability = Accountability.of(with);
    out.title("6. The 2022 transition: CCGs to ICBs");
    out.paragraph("On 1 July 2022 the Health and Care Act 2022 abolished the CCGs and established 42 ICBs, each "
        + "taking its CCGs' functions, contracts and agreements by transfer scheme. The arrangement states each "
        + "CCG's abolition as a transfer to the ICB of its area. NHS England's delegation of primary medical "
        + "services to three CCGs (from 1 April 2021: illustrative dates) passes with it: the model's "
        + "equivalent of the delegation agreements NHS England made with every ICB that day.");
    LocalDate before = England.ICBS_ESTABLISHED.minusDays(1);
    LocalDate after = England.ICBS_ESTABLISHED;
    String bassetlaw = england.practicesOf("02Q").get(0);
    String glossop = england.glossopPractices().get(0);
    String tameside = england.practicesOf("01Y").stream().filter(p -> !england.glossopPractices().contains(p))
        .findFirst().orElseThrow();
    List<String> answers = new ArrayList<>();
    for (String practice : List.of(DelegatedPrimaryCare.DENSHAM.code(), bassetlaw, tameside, glossop)) {
      out.heading("Who exercises primary medical services for practice " + practice + "?");
      for (LocalDate date : List.of(before, after)) {
        Chain chain = accountability.chain(DelegatedPrimaryCare.PMS, AreaId.of(practice), date).orElseThrow();
        out.block("", date + ": " + chain);
        answers.add(practice + " " + date + " " + chain.exercisedBy().id());
      }
    }
    out.paragraph("Bassetlaw's practices (CCG 02Q, in the South Yorkshire STP) pass to Nottingham and "
        + "Nottinghamshire ICB (QT1); Glossop's (derived from Tameside and Glossop CCG by postcode district SK13) "
        + "to Derby and Derbyshire ICB (QJ2), while Tameside's stay in Greater Manchester (QOP).");
    RuleSet rules = RuleSet.standard().asOf(after);
    Report without = rules.check(arrangement(false));
    Report report = rules.check(with);
    ReportDiff diff = Report.diff(without, report);
    out.heading("Without the transfers: what the abolition leaves dangling");
    out.block("", without.toText());
    out.heading("With them: the report, and the difference");
    out.block("", report.toText());
    out.block("", diff.toText());
    return new Result(answers, without, report, diff);
  }
}
