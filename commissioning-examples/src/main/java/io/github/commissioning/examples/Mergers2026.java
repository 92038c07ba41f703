package io.github.commissioning.examples;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractForm;
import io.github.commissioning.model.ContractId;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.ProcurementRoute;
import io.github.commissioning.model.Succession;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.model.TransferKind;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Example 7: the 2026 mergers in the East of England, as a dry run. Before 1 April 2026 the six ICBs of the East
 * hold community services, NHS England delegates primary medical services to each, Hertfordshire and West Essex
 * ICB has Hertfordshire County Council lead on community services under s75 and a seat on the East's
 * specialised services joint committee, and Suffolk and North East Essex ICB holds a community contract with a
 * trust. A first draft of the transfer schemes forgets that two ICBs split: every succession gap is found.
 * The schemes as made (the loader's {@code transfers2026()}) leave a clean report. The s75 agreement, the
 * contract, the seat and the dates of these agreements are illustrative.
 */
public final class Mergers2026 {

  static final FunctionId COMMUNITY = FunctionId.of("community");
  static final FunctionId SPECIALISED = FunctionId.of("specialised");
  static final List<String> EAST = List.of("QH8", "QHG", "QJG", "QM7", "QMM", "QUE");
  static final OrganisationId HERTS_COUNCIL = OrganisationId.of("E10000015");
  static final OrganisationId COMMITTEE = OrganisationId.of("EAST-SPEC-JC");
  static final OrganisationId ESNEFT = OrganisationId.of("RDE");
  static final FootprintId HERTFORDSHIRE = FootprintId.of("HERTFORDSHIRE");

  /** What the example found. */
  public static final class Result {
    /** The report with the draft transfer schemes. */
    public final Report draft;
    /** The report with the schemes as made. */
    public final Report made;
    /** Who exercises primary medical services at a West Essex practice on 31 March and on 1 April 2026. */
    public final List<String> westEssex;

    Result(Report draft, Report made, List<String> westEssex) {
      this.draft = draft;
      this.made = made;
      this.westEssex = westEssex;
    }
  }

  private Mergers2026() {
  }

  /** The East of England's arrangement on 31 March 2026, with the transfers given. */
  static Arrangement arrangement(List<Transfer> transfers) {
    England england = England.load();
    DateRange icbEra = DateRange.startingOn(England.ICBS_ESTABLISHED);
    Arrangement.Builder builder = england.builder().addAllFunctions(DelegatedPrimaryCare.primaryCareFunctions())
        .addFunctions(CommissioningFunction.of(COMMUNITY, "Community health services"),
            CommissioningFunction.of(SPECIALISED, "Specialised services"))
        .addDuties(Duty.of(England.NHS_ENGLAND, DelegatedPrimaryCare.PMS, England.ENGLAND,
                DateRange.startingOn(LocalDate.of(2013, 4, 1))),
            Duty.of(England.NHS_ENGLAND, SPECIALISED, England.ENGLAND, DateRange.startingOn(LocalDate.of(2013, 4, 1))));
    for (String icb : EAST) {
      builder.addDuties(Duty.of(OrganisationId.of(icb), COMMUNITY, England.icbFootprint(icb), icbEra));
      builder.addDelegations(Delegation.builder().id(DelegationId.of("X24-" + icb + "-pms"))
          .delegator(England.NHS_ENGLAND).delegate(OrganisationId.of(icb)).function(DelegatedPrimaryCare.PMS)
          .footprint(England.icbFootprint(icb)).mechanism(Mechanism.DELEGATION).period(icbEra)
          .addKeptBack(DelegatedPrimaryCare.PERFORMERS, DelegatedPrimaryCare.APPRAISAL).build());
    }
    // Hertfordshire: the two Hertfordshire sub-ICB locations of Hertfordshire and West Essex ICB
    List<AreaId> herts = new ArrayList<>();
    for (String ccg : List.of("06K", "06N")) {
      england.practicesOf(ccg).forEach(p -> herts.add(AreaId.of(p)));
    }
    builder.addFootprints(Footprint.of(HERTFORDSHIRE, "Hertfordshire", FootprintLevel.PLACE, herts));
    builder.addOrganisations(
        Organisation.of(HERTS_COUNCIL, "Hertfordshire County Council", OrganisationKind.LOCAL_AUTHORITY, HERTFORDSHIRE),
        Organisation.of(COMMITTEE, "East of England specialised services joint committee (illustrative)",
            OrganisationKind.JOINT_COMMITTEE, england.footprintOf("Y61")));
    builder.addDelegations(Delegation.builder().id(DelegationId.of("QM7-HCC-s75")).delegator(OrganisationId.of("QM7"))
            .delegate(HERTS_COUNCIL).function(COMMUNITY).footprint(HERTFORDSHIRE).mechanism(Mechanism.LEAD_COMMISSIONING)
            .period(DateRange.startingOn(LocalDate.of(2023, 4, 1))).build(),
        Delegation.builder().id(DelegationId.of("X24-EAST-spec")).delegator(England.NHS_ENGLAND).delegate(COMMITTEE)
            .function(SPECIALISED).footprint(england.footprintOf("Y61")).mechanism(Mechanism.JOINT_COMMITTEE)
            .period(DateRange.startingOn(LocalDate.of(2024, 4, 1))).build());
    for (String icb : EAST) {
      builder.addAffiliations(Affiliation.of(OrganisationId.of(icb), AffiliationKind.MEMBER_OF, COMMITTEE,
          DateRange.startingOn(LocalDate.of(2024, 4, 1))));
    }
    builder.addContracts(Contract.builder().id(ContractId.of("QJG-RDE-community")).commissioner(OrganisationId.of("QJG"))
        .provider(ESNEFT).form(ContractForm.NHS_STANDARD_CONTRACT).function(COMMUNITY)
        .footprint(England.icbFootprint("QJG")).term(DateRange.startingOn(LocalDate.of(2024, 4, 1)))
        .route(ProcurementRoute.PROVIDER_SELECTION_REGIME).build());
    return builder.addAllTransfers(england.transfers2022()).addAllTransfers(transfers).build();
  }

  /**
   * A first draft of the schemes that forgets the splits: Hertfordshire and West Essex passes wholly to Central
   * East, Suffolk and North East Essex wholly to Norfolk and Suffolk.
   */
  static List<Transfer> draft() {
    List<Transfer> transfers = new ArrayList<>(England.load().transfers2026());
    transfers.replaceAll(t -> t.predecessor().code().equals("QM7")
        ? t.withKind(TransferKind.MERGER).withSuccessions(Succession.of(OrganisationId.of("ICB-CENTRAL-EAST"),
            England.icbFootprint2026("ICB-CENTRAL-EAST")))
        : t.predecessor().code().equals("QJG")
            ? t.withKind(TransferKind.MERGER).withSuccessions(Succession.of(OrganisationId.of("ICB-NORFOLK-SUFFOLK"),
                England.icbFootprint2026("ICB-NORFOLK-SUFFOLK")))
            : t);
    return transfers;
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   * @return what it found, not null
   */
  public static Result run(Out out) {
    England england = England.load();
    out.title("7. The 2026 mergers in the East of England, a dry run");
    out.paragraph("From 1 April 2026 the six ICBs of the East of England become three: Essex, Central East, and "
        + "Norfolk and Suffolk; Hertfordshire and West Essex, and Suffolk and North East Essex, are split between "
        + "two of them. The arrangement before (illustrative agreements): NHS England's delegation of primary "
        + "medical services to each ICB, each ICB's community services, an s75 agreement with Hertfordshire County "
        + "Council, a contract with East Suffolk and North Essex NHS FT, and seats on a specialised services "
        + "joint committee.");
    RuleSet rules = RuleSet.standard().asOf(England.ICBS_MERGED_2026);
    Report draft = rules.check(arrangement(draft()));
    out.heading("A first draft of the transfer schemes, which forgets the splits");
    out.block("", draft.toText());
    Arrangement made = arrangement(england.transfers2026());
    Report report = rules.check(made);
    out.heading("The schemes as made: each sub-ICB location to its new ICB");
    out.block("", report.toText());
    String practice = england.practicesOf("07H").get(0);
    List<String> westEssex = new ArrayList<>();
    Accountability accountability = Accountability.of(made);
    for (LocalDate date : List.of(England.ICBS_MERGED_2026.minusDays(1), England.ICBS_MERGED_2026)) {
      String chain = accountability.chain(DelegatedPrimaryCare.PMS, AreaId.of(practice), date).orElseThrow().toString();
      westEssex.add(date + ": " + chain);
    }
    out.heading("Primary medical services for West Essex practice " + practice);
    out.block("", String.join("\n", westEssex));
    return new Result(draft, report, westEssex);
  }
}
