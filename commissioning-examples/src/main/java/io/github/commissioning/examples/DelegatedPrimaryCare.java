package io.github.commissioning.examples;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.accountability.Diagrams;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.CommissioningStage;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.Person;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.List;

/**
 * Example 1, delegated primary care: NHS England delegates primary medical services to NHS Tees Valley
 * CCG, keeping back the performers list and appraisal; the CCG decides through its primary care
 * commissioning committee. Who exercises contract management for practice A81001?
 */
public final class DelegatedPrimaryCare {

  static final FunctionId PMS = FunctionId.of("pms");
  static final FunctionId PERFORMERS = FunctionId.of("pms.performers");
  static final FunctionId APPRAISAL = FunctionId.of("pms.appraisal");
  static final FunctionId CONTRACTS = FunctionId.of("pms.contracts");
  static final OrganisationId TEES = OrganisationId.of("16C");
  static final AreaId DENSHAM = AreaId.of("A81001");

  /** What the example found, for its test. */
  public static final class Result {
    /** The chain for contract management. */
    public final Chain contracts;
    /** The chain for the performers list. */
    public final Chain performers;
    /** The report. */
    public final Report report;

    Result(Chain contracts, Chain performers, Report report) {
      this.contracts = contracts;
      this.performers = performers;
      this.report = report;
    }
  }

  private DelegatedPrimaryCare() {
  }

  static List<CommissioningFunction> primaryCareFunctions() {
    return List.of(CommissioningFunction.of(PMS, "Primary medical services"),
        CommissioningFunction.builder().id(PERFORMERS).name("Performers list").parent(PMS).reserved(true).build(),
        CommissioningFunction.builder().id(APPRAISAL).name("Appraisal and revalidation").parent(PMS).reserved(true)
            .build(),
        CommissioningFunction.builder().id(CONTRACTS).name("Contract management").parent(PMS)
            .stage(CommissioningStage.CONTRACT_MANAGEMENT).build());
  }

  /**
   * A CCG governing body with the posts the 2012 regulations require (illustrative people): the lay member for
   * patient and public involvement in the chair, another lay member as vice chair, and the lay member for audit
   * as conflicts guardian, who chairs nothing; and a PCCC with a lay chair, for the CCG given.
   */
  static void addGovernance(Arrangement.Builder builder, OrganisationId ccg, String prefix, FunctionId... pcccRemit) {
    BodyId gb = BodyId.of(ccg + "-GB");
    BodyId pccc = BodyId.of(ccg + "-PCCC");
    String[][] people = {{"1", "Dr Amira Shah"}, {"2", "Paul Hart"}, {"3", "Carol Ridley"}, {"4", "Dr Simon Lowe"},
        {"5", "Janet Bell"}, {"6", "Ravi Kumar"}, {"7", "Helen Moss"}, {"8", "Tom Fenwick"}};
    for (String[] p : people) {
      builder.addPeople(Person.of(PersonId.of(prefix + p[0]), p[1]));
    }
    builder.addBodies(DecisionBody.builder().id(gb).name("Governing body").organisation(ccg)
            .kind(BodyKind.GOVERNING_BODY).quorum(4).build(),
        DecisionBody.builder().id(pccc).name("Primary care commissioning committee").organisation(ccg)
            .kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(3).addRemit(pcccRemit).build());
    builder.addMemberships(
        Membership.of(PersonId.of(prefix + "1"), gb, Role.CLINICAL, Designation.GP),
        Membership.of(PersonId.of(prefix + "2"), gb, Role.EXECUTIVE, Designation.ACCOUNTABLE_OFFICER),
        Membership.of(PersonId.of(prefix + "3"), gb, Role.EXECUTIVE, Designation.CHIEF_FINANCE_OFFICER),
        Membership.of(PersonId.of(prefix + "4"), gb, Role.CLINICAL, Designation.SECONDARY_CARE_SPECIALIST),
        Membership.of(PersonId.of(prefix + "5"), gb, Role.LAY, Designation.LAY_AUDIT, Designation.CONFLICTS_GUARDIAN),
        Membership.of(PersonId.of(prefix + "6"), gb, Role.CHAIR, Designation.LAY_PATIENT_AND_PUBLIC),
        Membership.of(PersonId.of(prefix + "7"), gb, Role.LAY, Designation.VICE_CHAIR),
        Membership.of(PersonId.of(prefix + "8"), gb, Role.CLINICAL, Designation.REGISTERED_NURSE),
        Membership.of(PersonId.of(prefix + "6"), pccc, Role.CHAIR),
        Membership.of(PersonId.of(prefix + "7"), pccc, Role.LAY),
        Membership.of(PersonId.of(prefix + "2"), pccc, Role.EXECUTIVE, Designation.ACCOUNTABLE_OFFICER),
        Membership.of(PersonId.of(prefix + "3"), pccc, Role.EXECUTIVE),
        Membership.of(PersonId.of(prefix + "1"), pccc, Role.CLINICAL, Designation.GP));
  }

  /**
   * NHS England's delegation of primary medical services to a CCG for its area, keeping back the performers list
   * and appraisal, from 1 April 2021 (illustrative), with the id {@code X24-<ccg>-pms}.
   */
  static Delegation.Builder toCcg(England england, String ccg) {
    return Delegation.builder().id(DelegationId.of("X24-" + ccg + "-pms")).delegator(England.NHS_ENGLAND)
        .delegate(OrganisationId.of(ccg)).function(PMS).footprint(england.footprintOf(ccg))
        .mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(England.CONFIGURATION_2021))
        .addKeptBack(PERFORMERS, APPRAISAL);
  }

  /** The arrangement of this example. */
  static Arrangement arrangement() {
    England england = England.load();
    Arrangement.Builder builder = england.builder().addAllFunctions(primaryCareFunctions())
        .addDuties(Duty.of(England.NHS_ENGLAND, PMS, England.ENGLAND, DateRange.startingOn(LocalDate.of(2013, 4, 1))))
        .addDelegations(Delegation.builder().id(DelegationId.of("X24-16C-pms")).delegator(England.NHS_ENGLAND)
            .delegate(TEES).function(PMS).footprint(england.footprintOf("16C")).mechanism(Mechanism.DELEGATION)
            .period(DateRange.of(LocalDate.of(2020, 4, 1), LocalDate.of(2022, 6, 30)))
            .addKeptBack(PERFORMERS, APPRAISAL).build());
    addGovernance(builder, TEES, "16C-P", PMS);
    builder.addDecisions(Decision.builder().id(DecisionId.of("16C-PCCC-2021-05")).title("Merger of two Stockton practices")
        .body(BodyId.of("16C-PCCC")).date(LocalDate.of(2021, 5, 20)).function(CONTRACTS)
        .affects(OrganisationId.of("A81001"), OrganisationId.of("A81002"))
        .addParticipants(PersonId.of("16C-P6"), PersonId.of("16C-P7"), PersonId.of("16C-P2"), PersonId.of("16C-P3"))
        .addVoters(PersonId.of("16C-P6"), PersonId.of("16C-P7"), PersonId.of("16C-P2"), PersonId.of("16C-P3"))
        .build());
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
    Arrangement arrangement = arrangement();
    Accountability accountability = Accountability.of(arrangement);
    out.title("1. Delegated primary care in Tees Valley");
    out.paragraph("NHS England holds the duty for primary medical services across England (s83(1) of the NHS Act "
        + "2006; s13Z is its power to delegate them). From 1 April 2020 it "
        + "delegates them to NHS Tees Valley CCG (16C) for the CCG's " + England.load().practicesOf("16C").size()
        + " practices, keeping back the performers list and appraisal. The CCG decides through its primary care "
        + "commissioning committee.");
    Chain contracts = accountability.chain(CONTRACTS, DENSHAM, date).orElseThrow();
    Chain performers = accountability.chain(PERFORMERS, DENSHAM, date).orElseThrow();
    out.heading("Who exercises contract management for practice A81001 (The Densham Surgery) on " + date + "?");
    out.paragraph(contracts.exercisedBy().name() + ", through this chain:");
    out.block("", contracts.toString());
    out.paragraph("Accountable throughout: " + contracts.accountable().name() + ". Decisions on delegated primary care "
        + "are taken by the CCG's primary care commissioning committee (16C-PCCC).");
    out.heading("And the performers list, kept back?");
    out.block("", performers.toString());
    out.heading("The chain as a Mermaid diagram");
    out.block("mermaid", Diagrams.mermaid(contracts));
    Report report = RuleSet.standard().asOf(date).check(arrangement);
    out.heading("What the standard rules find");
    out.block("", report.toText());
    return new Result(contracts, performers, report);
  }
}
