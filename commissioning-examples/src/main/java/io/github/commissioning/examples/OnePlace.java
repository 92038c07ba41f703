package io.github.commissioning.examples;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
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
 * Example 11: one place, 2013 to 2027. For the first practice in the bundled file of Cambridgeshire and
 * Peterborough CCG (06H): who is accountable for, and who exercises, primary medical services, dental services and
 * specialised services, and who holds the practice's GMS contract, from 2014 to the day NHS England is
 * abolished. The CCG's delegation date, the contract's dates and the joint committee are illustrative; the
 * 2022 and 2026 transfers come from {@link England}, and the abolition follows the Health Bill (provisional):
 * primary care duties to the ICBs, everything else to the Secretary of State.
 */
public final class OnePlace {

  /** Cambridgeshire and Peterborough CCG, a sub-ICB location of QUE from 1 July 2022. */
  static final String CCG = "06H";
  static final FunctionId DENTAL = DentalPharmacyOptometry.DENTAL;
  static final FunctionId SPECIALISED = Specialised2024.SPECIALISED;
  static final FunctionId HIGHLY = Specialised2024.HIGHLY;
  static final OrganisationId COMMITTEE = OrganisationId.of("Y61-SPEC-JC");
  static final LocalDate NHS_ENGLAND_FORMED = LocalDate.of(2013, 4, 1);

  /** What the example found. */
  public static final class Result {
    /** The practice asked about. */
    public final String practice;
    /** One line per date and function: who is accountable and who exercises it, and who holds the contract. */
    public final List<String> answers;
    /** The report on the day of abolition. */
    public final Report report;

    Result(String practice, List<String> answers, Report report) {
      this.practice = practice;
      this.answers = answers;
      this.report = report;
    }
  }

  private OnePlace() {
  }

  /** The practice asked about: the first in the bundled file for Cambridgeshire and Peterborough. */
  static String practice() {
    return England.load().practicesOf(CCG).get(0);
  }

  /** The dates asked about: before and after each change, and on either side of the abolition. */
  static List<LocalDate> dates(LocalDate abolition) {
    return List.of(LocalDate.of(2014, 6, 1), England.ICBS_ESTABLISHED.minusDays(1), England.ICBS_ESTABLISHED,
        DentalPharmacyOptometry.POD_DELEGATED, Specialised2024.APRIL_2024, England.ICBS_MERGED_2026.minusDays(1),
        England.ICBS_MERGED_2026, abolition.minusDays(1), abolition);
  }

  static Arrangement arrangement(LocalDate abolition) {
    England england = England.load();
    String practice = practice();
    OrganisationId dhsc = Abolition2027.DHSC;
    DateRange always = DateRange.startingOn(NHS_ENGLAND_FORMED);
    FootprintId registered = FootprintId.of(practice + "-list");
    Arrangement.Builder builder = england.builder().law(Law.england().withNhsEnglandAbolishedOn(abolition))
        .addAllFunctions(DelegatedPrimaryCare.primaryCareFunctions())
        .addFunctions(CommissioningFunction.of(DENTAL, "Dental services"),
            CommissioningFunction.of(SPECIALISED, "Specialised services"),
            CommissioningFunction.builder().id(HIGHLY).name("Highly specialised services").parent(SPECIALISED).build())
        .put(Organisation.builder().id(England.NHS_ENGLAND).name("NHS England").kind(OrganisationKind.NHS_ENGLAND)
            .footprint(England.ENGLAND).existence(DateRange.of(NHS_ENGLAND_FORMED, abolition.minusDays(1))).build())
        .addOrganisations(Organisation.of(dhsc, "Department of Health and Social Care",
            OrganisationKind.SECRETARY_OF_STATE, England.ENGLAND),
            Organisation.of(COMMITTEE, "East of England specialised services joint committee (illustrative)",
                OrganisationKind.JOINT_COMMITTEE, england.footprintOf("Y61")))
        .addFootprints(Footprint.of(registered, "Registered list of " + practice, FootprintLevel.NEIGHBOURHOOD,
            List.of(AreaId.of(practice))))
        .addDuties(Duty.of(England.NHS_ENGLAND, DelegatedPrimaryCare.PMS, England.ENGLAND, always),
            Duty.of(England.NHS_ENGLAND, DENTAL, England.ENGLAND, always),
            Duty.of(England.NHS_ENGLAND, SPECIALISED, England.ENGLAND, always))
        // primary medical services delegated to the CCG (illustrative dates), carried to QUE and then Central East
        .addDelegations(DelegatedPrimaryCare.toCcg(england, CCG).build())
        // dental services delegated to the ICB from 1 April 2023
        .addDelegations(Delegation.builder().id(DelegationId.of("X24-QUE-dental")).delegator(England.NHS_ENGLAND)
            .delegate(OrganisationId.of("QUE")).function(DENTAL).footprint(England.icbFootprint("QUE"))
            .mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(DentalPharmacyOptometry.POD_DELEGATED))
            .build())
        // specialised services through the East's joint committee from April 2024, highly specialised kept back
        .addDelegations(Delegation.builder().id(DelegationId.of("X24-Y61-SPEC-JC")).delegator(England.NHS_ENGLAND)
            .delegate(COMMITTEE).function(SPECIALISED).footprint(england.footprintOf("Y61"))
            .mechanism(Mechanism.JOINT_COMMITTEE).period(DateRange.startingOn(Specialised2024.APRIL_2024))
            .addKeptBack(HIGHLY).build())
        .addAffiliations(Affiliation.of(England.NHS_ENGLAND, AffiliationKind.MEMBER_OF, COMMITTEE,
            DateRange.startingOn(Specialised2024.APRIL_2024)))
        // the practice's GMS contract, NHS England's from 1 April 2013 when primary care trusts were abolished
        // (the contract itself is older; its dates here are illustrative)
        .addContracts(Contract.builder().id(ContractId.of("GMS-" + practice)).commissioner(England.NHS_ENGLAND)
            .provider(OrganisationId.of(practice)).form(ContractForm.GMS).function(DelegatedPrimaryCare.PMS)
            .footprint(registered).term(always).build());
    for (String icb : DentalPharmacyOptometry.icbsOf("Y61")) {
      builder.addAffiliations(Affiliation.of(OrganisationId.of(icb), AffiliationKind.MEMBER_OF, COMMITTEE,
          DateRange.startingOn(Specialised2024.APRIL_2024)));
    }
    // the abolition: primary care (here primary medical and dental services) to each ICB for its area, the rest
    // to the Secretary of State
    Transfer.Builder abolish = Transfer.builder().id(TransferId.of("X24-abolition")).predecessor(England.NHS_ENGLAND)
        .date(abolition).kind(TransferKind.ABOLITION).instrument("Health Bill 2026 (provisional)")
        .addSuccessions(Succession.of(dhsc, England.ENGLAND));
    for (Organisation icb : Abolition2027.icbsOn(abolition)) {
      for (FootprintId area : england.areaOf(icb.id().code(), abolition)) {
        abolish.addSuccessions(Succession.of(icb.id(), area, DelegatedPrimaryCare.PMS),
            Succession.of(icb.id(), area, DENTAL));
      }
    }
    return builder.addAllTransfers(england.transfers2022()).addAllTransfers(england.transfers2026())
        .addTransfers(abolish.build()).build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   * @param abolition the day NHS England is abolished, not null
   * @return what it found, not null
   */
  public static Result run(Out out, LocalDate abolition) {
    Arrangement arrangement = arrangement(abolition);
    Accountability accountability = Accountability.of(arrangement);
    String practice = practice();
    AreaId area = AreaId.of(practice);
    String name = arrangement.organisation(OrganisationId.of(practice)).orElseThrow().name();
    out.title("11. One place, 2013 to " + abolition.getYear() + ": who owns primary care at " + practice);
    out.paragraph("For " + name + " (" + practice + "), in Cambridgeshire and Peterborough: primary medical services "
        + "delegated to the CCG (illustrative dates) and carried to the ICB on 1 July 2022; dental services "
        + "delegated to the ICB from 1 April 2023; specialised services through the East of England's joint "
        + "committee from April 2024 (illustrative committee); the ICB merged into Central East on 1 April 2026 "
        + "(illustrative id); and NHS England abolished on " + abolition + " (Health Bill, provisional). "
        + "The practice's GMS contract (illustrative dates) stays NHS England's until the abolition.");
    List<String> answers = new ArrayList<>();
    List<FunctionId> functions = List.of(DelegatedPrimaryCare.PMS, DENTAL, SPECIALISED);
    for (LocalDate date : dates(abolition)) {
      for (FunctionId function : functions) {
        Chain chain = accountability.chain(function, area, date).orElseThrow();
        answers.add(date + " " + arrangement.function(function).orElseThrow().name() + ": accountable "
            + chain.accountable().name() + "; exercised by " + chain.exercisedBy().name());
      }
      for (Contract contract : accountability.contracts(DelegatedPrimaryCare.PMS, area, date)) {
        answers.add(date + " " + contract.form().label() + " contract held with "
            + arrangement.organisation(contract.commissioner()).orElseThrow().name());
      }
    }
    out.block("", String.join("\n", answers));
    Report report = RuleSet.standard().asOf(abolition).check(arrangement);
    out.heading("What the standard rules find");
    out.block("", report.toText());
    return new Result(practice, answers, report);
  }
}
