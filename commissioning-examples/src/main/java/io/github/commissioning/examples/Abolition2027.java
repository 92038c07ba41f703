package io.github.commissioning.examples;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Law;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Succession;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.model.TransferId;
import io.github.commissioning.model.TransferKind;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Example 8: NHS England's abolition, on a date the user gives (by default 1 April 2027, the Health Bill's
 * target; provisional until enacted). Primary medical services, delegated to every ICB, pass to the ICBs as
 * their own duty; specialised services, exercised through a joint committee, pass to the Secretary of State,
 * whose joint committee the law as modelled gives no power for.
 */
public final class Abolition2027 {

  /** The Health Bill's target date for NHS England's abolition. */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2027, 4, 1);
  static final FunctionId SPECIALISED = FunctionId.of("specialised");
  static final OrganisationId DHSC = OrganisationId.of("DHSC");
  static final OrganisationId COMMITTEE = OrganisationId.of("EAST-SPEC-JC");

  /** What the example found. */
  public static final class Result {
    /** The chains asked about, before and on the date. */
    public final List<String> chains;
    /** The report on the date. */
    public final Report report;

    Result(List<String> chains, Report report) {
      this.chains = chains;
      this.report = report;
    }
  }

  private Abolition2027() {
  }

  /** Primary care delegated to every CCG, carried through 2022 and 2026, then NHS England abolished on a date. */
  static Arrangement arrangement(LocalDate abolition) {
    England england = England.load();
    Arrangement.Builder builder = england.builder().law(Law.england().withNhsEnglandAbolishedOn(abolition))
        .addAllFunctions(DelegatedPrimaryCare.primaryCareFunctions())
        .addFunctions(CommissioningFunction.of(SPECIALISED, "Specialised services"))
        .addDuties(Duty.of(England.NHS_ENGLAND, DelegatedPrimaryCare.PMS, England.ENGLAND,
                DateRange.startingOn(LocalDate.of(2013, 4, 1))),
            Duty.of(England.NHS_ENGLAND, SPECIALISED, England.ENGLAND, DateRange.startingOn(LocalDate.of(2013, 4, 1))))
        .put(Organisation.builder().id(England.NHS_ENGLAND).name("NHS England").kind(OrganisationKind.NHS_ENGLAND)
            .footprint(England.ENGLAND).existence(DateRange.of(LocalDate.of(2013, 4, 1), abolition.minusDays(1)))
            .build())
        .addOrganisations(Organisation.of(DHSC, "Department of Health and Social Care",
                OrganisationKind.SECRETARY_OF_STATE, England.ENGLAND),
            Organisation.of(COMMITTEE, "East of England specialised services joint committee (illustrative)",
                OrganisationKind.JOINT_COMMITTEE, england.footprintOf("Y61")));
    for (String ccg : england.ccgCodes()) {
      builder.addDelegations(DelegatedPrimaryCare.toCcg(england, ccg).build());
    }
    builder.addDelegations(Delegation.builder().id(DelegationId.of("X24-EAST-spec")).delegator(England.NHS_ENGLAND)
        .delegate(COMMITTEE).function(SPECIALISED).footprint(england.footprintOf("Y61"))
        .mechanism(Mechanism.JOINT_COMMITTEE).period(DateRange.startingOn(LocalDate.of(2024, 4, 1))).build());
    // the abolition: primary care to each ICB standing on the date, for its area; everything else to the Secretary of State
    Transfer.Builder abolish = Transfer.builder().id(TransferId.of("X24-abolition"))
        .predecessor(England.NHS_ENGLAND).date(abolition).kind(TransferKind.ABOLITION)
        .instrument("Health Bill 2026 (provisional)").addSuccessions(Succession.of(DHSC, England.ENGLAND));
    for (Organisation icb : icbsOn(abolition)) {
      for (FootprintId area : england.areaOf(icb.id().code(), abolition)) {
        abolish.addSuccessions(Succession.of(icb.id(), area, DelegatedPrimaryCare.PMS));
      }
    }
    return builder.addAllTransfers(england.transfers2022()).addAllTransfers(england.transfers2026())
        .addTransfers(abolish.build()).build();
  }

  /** The ICBs standing on a date, with their footprints' ids. */
  static List<Organisation> icbsOn(LocalDate date) {
    List<Organisation> icbs = new ArrayList<>();
    for (Organisation o : England.load().organisations()) {
      if (o.kind() == OrganisationKind.ICB && o.existence().contains(date)) {
        icbs.add(o);
      }
    }
    return icbs;
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   * @param date the day NHS England is abolished, not null
   * @return what it found, not null
   */
  public static Result run(Out out, LocalDate date) {
    Arrangement arrangement = arrangement(date);
    Accountability accountability = Accountability.of(arrangement);
    out.title("8. NHS England's abolition on " + date + " (Health Bill 2026, provisional)");
    out.paragraph("The Health Bill, introduced on 14 May 2026, abolishes NHS England: its primary care duties pass "
        + "to ICBs as their own, and its other functions to the Secretary of State. Primary medical services, "
        + "delegated to every CCG and carried to the ICBs in 2022 and 2026, become each ICB's own duty; specialised "
        + "services pass to the Secretary of State.");
    List<String> chains = new ArrayList<>();
    AreaId densham = DelegatedPrimaryCare.DENSHAM;
    AreaId east = AreaId.of(England.load().practicesOf("06K").get(0));
    for (LocalDate day : List.of(date.minusDays(1), date)) {
      Chain pms = accountability.chain(DelegatedPrimaryCare.PMS, densham, day).orElseThrow();
      Chain spec = accountability.chain(SPECIALISED, east, day).orElseThrow();
      chains.add(day + " primary medical services at " + densham + ": " + pms);
      chains.add(day + " specialised services at " + east + ": " + spec);
    }
    out.heading("Who is accountable, and who exercises, the day before and the day itself");
    out.block("", String.join("\n", chains));
    out.paragraph("The joint committee's link now has no power in the law as modelled: the Bill's s5A lets the "
        + "Secretary of State delegate commissioning to ICBs, not to a joint committee.");
    Report report = RuleSet.standard().asOf(date).check(arrangement);
    out.heading("What the standard rules find");
    out.block("", report.toText());
    return new Result(chains, report);
  }
}
