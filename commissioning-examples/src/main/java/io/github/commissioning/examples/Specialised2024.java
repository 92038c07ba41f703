package io.github.commissioning.examples;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
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

/**
 * Example 10: specialised services in 2024 and 2025. NHS England delegated 59 specialised services to the ICBs
 * of the East of England, the Midlands and the North West from April 2024, and 70 to all ICBs from April 2025,
 * exercised through multi-ICB joint committees with NHS England; highly specialised services stay with NHS
 * England, which stays accountable. Here the East of England's joint committee from April 2024 and London's
 * from April 2025; the committees and their membership are illustrative.
 */
public final class Specialised2024 {

  static final FunctionId SPECIALISED = FunctionId.of("specialised");
  static final FunctionId HIGHLY = FunctionId.of("specialised.highly");
  static final LocalDate APRIL_2024 = LocalDate.of(2024, 4, 1);
  static final LocalDate APRIL_2025 = LocalDate.of(2025, 4, 1);

  private Specialised2024() {
  }

  static Arrangement arrangement() {
    England england = England.load();
    Arrangement.Builder builder = england.builder()
        .addFunctions(CommissioningFunction.of(SPECIALISED, "Specialised services"),
            CommissioningFunction.builder().id(HIGHLY).name("Highly specialised services").parent(SPECIALISED).build())
        .addDuties(Duty.of(England.NHS_ENGLAND, SPECIALISED, England.ENGLAND,
            DateRange.startingOn(LocalDate.of(2013, 4, 1))));
    String[][] regions = {{"Y61", "East of England"}, {"Y56", "London"}};
    for (String[] region : regions) {
      LocalDate from = region[0].equals("Y61") ? APRIL_2024 : APRIL_2025;
      OrganisationId committee = OrganisationId.of(region[0] + "-SPEC-JC");
      builder.addOrganisations(Organisation.of(committee, region[1] + " specialised services joint committee "
          + "(illustrative)", OrganisationKind.JOINT_COMMITTEE, england.footprintOf(region[0])));
      builder.addAffiliations(Affiliation.of(England.NHS_ENGLAND, AffiliationKind.MEMBER_OF, committee,
          DateRange.startingOn(from)));
      for (String icb : DentalPharmacyOptometry.icbsOf(region[0])) {
        builder.addAffiliations(Affiliation.of(OrganisationId.of(icb), AffiliationKind.MEMBER_OF, committee,
            DateRange.startingOn(from)));
      }
      builder.addDelegations(Delegation.builder().id(DelegationId.of("X24-" + committee.code()))
          .delegator(England.NHS_ENGLAND).delegate(committee).function(SPECIALISED)
          .footprint(england.footprintOf(region[0])).mechanism(Mechanism.JOINT_COMMITTEE)
          .period(DateRange.startingOn(from)).addKeptBack(HIGHLY).build());
    }
    return builder.build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   * @return what it found, not null
   */
  public static Answers run(Out out) {
    England england = England.load();
    Arrangement arrangement = arrangement();
    Accountability accountability = Accountability.of(arrangement);
    out.title("10. Specialised services, 2024 and 2025");
    out.paragraph("NHS England delegated 59 specialised services to the ICBs of the East of England, the Midlands "
        + "and the North West from April 2024, and 70 to all ICBs from April 2025, exercised through joint "
        + "committees of ICBs with NHS England; highly specialised services stay with NHS England, which stays "
        + "accountable for all of them. The two committees here are illustrative.");
    String east = england.practicesOf("06H").get(0);
    String london = england.practicesOf("93C").get(0);
    List<String> answers = new ArrayList<>();
    for (LocalDate date : List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1))) {
      for (String place : List.of(east, london)) {
        answers.add(date + " " + place + " specialised: "
            + accountability.exercisedBy(SPECIALISED, AreaId.of(place), date).orElseThrow().name()
            + "; highly specialised: "
            + accountability.exercisedBy(HIGHLY, AreaId.of(place), date).orElseThrow().name());
      }
    }
    out.block("", String.join("\n", answers));
    Report report = RuleSet.standard().asOf(LocalDate.of(2025, 6, 1)).check(arrangement);
    out.heading("What the standard rules find");
    out.block("", report.toText());
    return new Answers(answers, report);
  }
}
