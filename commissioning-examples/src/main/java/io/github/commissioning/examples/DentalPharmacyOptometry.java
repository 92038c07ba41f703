package io.github.commissioning.examples;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractForm;
import io.github.commissioning.model.ContractId;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Example 9: who owns dental services. NHS England delegated pharmacy, optometry and dental (POD) services to
 * nine ICBs from 1 July 2022 and to all ICBs from 1 April 2023, and stays accountable. Of the nine early
 * adopters, the two named in the press (Greater Manchester, and Buckinghamshire, Oxfordshire and Berkshire
 * West) are modelled, for dental services (which of POD each took is not sourced: illustrative); the other seven
 * are not identified here and not modelled. In the Midlands the ICBs exercise POD, supported by NHS England's
 * regional staff, and decide together as committees in common, each ICB ratifying; in the South West the seven
 * ICBs and NHS England work as a collaborative commissioning hub, modelled here as a joint committee. For a
 * place on a date: who is accountable, who exercises, and who holds the contract. The hub's legal form, the
 * committees' decisions, the practice's contract and its dates are illustrative.
 */
public final class DentalPharmacyOptometry {

  static final FunctionId DENTAL = FunctionId.of("dental");
  static final LocalDate POD_DELEGATED = LocalDate.of(2023, 4, 1);
  static final OrganisationId HUB = OrganisationId.of("SW-POD-HUB");
  static final String MIDLANDS = "Y60";
  static final String SOUTH_WEST = "Y58";
  /** POD was delegated to nine ICBs from 1 July 2022 (NHS England's letter of May 2022, as reported). */
  static final LocalDate EARLY_ADOPTION = LocalDate.of(2022, 7, 1);
  /** The two early adopters named in the press: Greater Manchester; Buckinghamshire, Oxfordshire and Berkshire West. */
  static final List<String> EARLY_ADOPTERS = List.of("QOP", "QU9");
  /** The Midlands ICBs' POD committees meeting in common (illustrative as one organisation). */
  static final OrganisationId MIDLANDS_CIC = OrganisationId.of("Y60-POD-CIC");
  static final BodyId MIDLANDS_COMMITTEES = BodyId.of("Y60-POD-CIC");

  private DentalPharmacyOptometry() {
  }

  /** The ICBs of a region, by the region of their CCGs in January 2022. */
  static List<String> icbsOf(String region) {
    England england = England.load();
    TreeSet<String> icbs = new TreeSet<>();
    for (String ccg : england.ccgCodes()) {
      if (england.regionOf(ccg).orElseThrow().equals(region)) {
        icbs.add(england.icbOf(ccg).orElseThrow());
      }
    }
    return List.copyOf(icbs);
  }

  /** Dental services delegated to the Midlands and South West ICBs, with a hub in the South West and a contract. */
  static Arrangement arrangement() {
    England england = England.load();
    DateRange delegated = DateRange.startingOn(POD_DELEGATED);
    List<String> midlands = icbsOf(MIDLANDS);
    Arrangement.Builder builder = england.builder()
        .addFunctions(CommissioningFunction.of(DENTAL, "Dental services"))
        .addDuties(Duty.of(England.NHS_ENGLAND, DENTAL, England.ENGLAND, DateRange.startingOn(LocalDate.of(2013, 4, 1))))
        .addOrganisations(Organisation.of(HUB, "South West collaborative commissioning hub (illustrative joint "
            + "committee)", OrganisationKind.JOINT_COMMITTEE, england.footprintOf(SOUTH_WEST)));
    // the Midlands: each ICB's committee meets with the others as committees in common; each ICB ratifies
    builder.addOrganisations(Organisation.of(MIDLANDS_CIC, "Midlands ICBs' POD committees in common",
        OrganisationKind.OTHER, england.footprintOf(MIDLANDS)));
    builder.addBodies(DecisionBody.builder().id(MIDLANDS_COMMITTEES).name("Midlands POD committees in common")
        .organisation(MIDLANDS_CIC).kind(BodyKind.COMMITTEES_IN_COMMON).addRemit(DENTAL).build());
    List<OrganisationId> ratifying = new ArrayList<>();
    for (String icb : midlands) {
      builder.addAffiliations(Affiliation.of(OrganisationId.of(icb), AffiliationKind.MEMBER_OF, MIDLANDS_CIC,
          delegated));
      ratifying.add(OrganisationId.of(icb));
    }
    builder.addDecisions(Decision.builder().id(DecisionId.of("Y60-POD-2023-06")).title("Dental access plan 2023/24")
        .body(MIDLANDS_COMMITTEES).date(LocalDate.of(2023, 6, 15)).function(DENTAL).ratifiedBy(ratifying).build());
    // planted: one ICB has not yet ratified the second decision
    builder.addDecisions(Decision.builder().id(DecisionId.of("Y60-POD-2024-05")).title("Urgent dental care sessions")
        .body(MIDLANDS_COMMITTEES).date(LocalDate.of(2024, 5, 16)).function(DENTAL)
        .ratifiedBy(ratifying.subList(0, ratifying.size() - 1)).build());
    for (String icb : EARLY_ADOPTERS) {
      builder.addDelegations(Delegation.builder().id(DelegationId.of("X24-" + icb + "-dental"))
          .delegator(England.NHS_ENGLAND).delegate(OrganisationId.of(icb)).function(DENTAL)
          .footprint(England.icbFootprint(icb)).mechanism(Mechanism.DELEGATION)
          .period(DateRange.startingOn(EARLY_ADOPTION)).build());
    }
    for (String icb : midlands) {
      builder.addDelegations(Delegation.builder().id(DelegationId.of("X24-" + icb + "-dental"))
              .delegator(England.NHS_ENGLAND).delegate(OrganisationId.of(icb)).function(DENTAL)
              .footprint(England.icbFootprint(icb)).mechanism(Mechanism.DELEGATION).period(delegated).build(),
          Delegation.builder().id(DelegationId.of(icb + "-Y60-dental-support")).delegator(OrganisationId.of(icb))
              .delegate(OrganisationId.of(MIDLANDS)).function(DENTAL).footprint(England.icbFootprint(icb))
              .mechanism(Mechanism.SUPPORT).period(delegated).build());
    }
    builder.addAffiliations(Affiliation.of(England.NHS_ENGLAND, AffiliationKind.MEMBER_OF, HUB, delegated));
    for (String icb : icbsOf(SOUTH_WEST)) {
      builder.addDelegations(Delegation.builder().id(DelegationId.of("X24-" + icb + "-dental"))
              .delegator(England.NHS_ENGLAND).delegate(OrganisationId.of(icb)).function(DENTAL)
              .footprint(England.icbFootprint(icb)).mechanism(Mechanism.DELEGATION).period(delegated)
              .onwardDelegationPermitted(true).build(),
          Delegation.builder().id(DelegationId.of(icb + "-HUB-dental")).delegator(OrganisationId.of(icb))
              .delegate(HUB).function(DENTAL).footprint(England.icbFootprint(icb))
              .mechanism(Mechanism.JOINT_COMMITTEE).period(delegated).build());
      builder.addAffiliations(Affiliation.of(OrganisationId.of(icb), AffiliationKind.MEMBER_OF, HUB, delegated));
    }
    // an illustrative dental practice in the South West, under a GDS contract with NHS England
    OrganisationId practice = OrganisationId.of("DENTAL-SW-1");
    builder.addOrganisations(Organisation.of(practice, "A Truro dental practice (illustrative)", OrganisationKind.OTHER));
    builder.addContracts(Contract.builder().id(ContractId.of("GDS-SW-1")).commissioner(England.NHS_ENGLAND)
        .provider(practice).form(ContractForm.GDS).function(DENTAL).footprint(England.icbFootprint("QT6"))
        .term(DateRange.startingOn(LocalDate.of(2006, 4, 1))).build());
    // the 2022 ICBs abolished on 1 April 2026 pass what they hold to the new ICBs
    return builder.addAllTransfers(england.transfers2026()).build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   * @param date the date to ask about, not null
   * @return what it found, not null
   */
  public static Answers run(Out out, LocalDate date) {
    England england = England.load();
    Arrangement arrangement = arrangement();
    Accountability accountability = Accountability.of(arrangement);
    LocalDate asked = date.isBefore(POD_DELEGATED) ? LocalDate.of(2024, 6, 1) : date;
    out.title("9. Who owns dental services? Early adopters from July 2022, all ICBs from April 2023");
    out.paragraph("NHS England delegated pharmacy, optometry and dental services to nine ICBs from 1 July 2022 "
        + "and to all ICBs from 1 April 2023, and stays accountable. Two early adopters named in the press, Greater "
        + "Manchester and Buckinghamshire, Oxfordshire and Berkshire West, are modelled for dental services "
        + "(illustrative: which of POD each took is not sourced); the other seven are not identified here. The "
        + "Midlands ICBs exercise POD with NHS England's regional staff as support and decide together as "
        + "committees in common, each ICB ratifying (the decisions are illustrative); the South West's seven ICBs "
        + "and NHS England work as a collaborative commissioning hub (modelled as a joint committee: "
        + "illustrative).");
    List<String> answers = new ArrayList<>();
    String manchester = england.practicesOf(england.ccgCodes().stream()
        .filter(c -> england.icbOf(c).orElseThrow().equals("QOP")).findFirst().orElseThrow()).get(0);
    for (String place : List.of(manchester)) {
      for (LocalDate day : List.of(EARLY_ADOPTION.minusDays(1), EARLY_ADOPTION)) {
        answers.add(place + " " + day + " exercises: "
            + accountability.exercisedBy(DENTAL, AreaId.of(place), day).orElseThrow().name());
      }
    }
    String birmingham = england.practicesOf(england.ccgCodes().stream()
        .filter(c -> england.icbOf(c).orElseThrow().equals("QHL")).findFirst().orElseThrow()).get(0);
    String cornwall = england.practicesOf(england.ccgCodes().stream()
        .filter(c -> england.icbOf(c).orElseThrow().equals("QT6")).findFirst().orElseThrow()).get(0);
    for (String place : List.of(birmingham, cornwall)) {
      AreaId area = AreaId.of(place);
      Chain chain = accountability.chain(DENTAL, area, asked).orElseThrow();
      answers.add(place + " accountable: " + chain.accountable().name());
      answers.add(place + " exercises: " + chain.exercisedBy().name());
      for (Contract c : accountability.contracts(DENTAL, area, asked)) {
        answers.add(place + " contract: " + c.form().label() + " " + c.id() + " held by "
            + arrangement.organisation(c.provider()).orElseThrow().name() + " with "
            + arrangement.organisation(c.commissioner()).orElseThrow().name());
      }
      out.heading("Dental services for practice area " + place + " on " + asked);
      out.block("", chain.toString());
    }
    out.block("", String.join("\n", answers));
    Report report = RuleSet.standard().asOf(asked).check(arrangement);
    out.heading("What the standard rules find");
    out.block("", report.toText());
    return new Answers(answers, report);
  }
}
