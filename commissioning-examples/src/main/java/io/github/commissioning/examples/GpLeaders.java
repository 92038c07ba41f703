package io.github.commissioning.examples;

import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.EscalationKind;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.List;

/**
 * Example 3, GP leaders and their own surgeries: GPs on NHS Tees Valley CCG's governing body decide a local
 * enhanced service that pays the Stockton practices, their own among them, through the GP federation. The
 * conflicted members withdraw; the body is inquorate; the item is referred to the primary care
 * commissioning committee, which decides it without them.
 * <p>
 * The CCG and the practices are real; the people, the federation and the decisions are illustrative.
 */
public final class GpLeaders {

  static final FunctionId LES = FunctionId.of("les");
  static final OrganisationId FEDERATION = OrganisationId.of("FED-STK");
  static final BodyId GB = BodyId.of("16C-GB");
  static final BodyId PCCC = BodyId.of("16C-PCCC");

  /** The three reports, stage by stage. */
  public static final class Result {
    /** Everyone votes, nobody declares. */
    public final Report undeclared;
    /** The conflicted withdraw, leaving the body inquorate. */
    public final Report withdrawn;
    /** Referred to the PCCC, which decides. */
    public final Report referred;

    Result(Report undeclared, Report withdrawn, Report referred) {
      this.undeclared = undeclared;
      this.withdrawn = withdrawn;
      this.referred = referred;
    }
  }

  private GpLeaders() {
  }

  private static PersonId p(int n) {
    return PersonId.of("16C-P" + n);
  }

  static Arrangement.Builder base() {
    England england = England.load();
    Arrangement.Builder builder = england.builder()
        .addFunctions(CommissioningFunction.of(LES, "Local enhanced services"))
        .addAllFunctions(DelegatedPrimaryCare.primaryCareFunctions())
        .addAllDuties(england.ccgDuties(LES))
        .addOrganisations(Organisation.of(FEDERATION, "Stockton GP Federation (illustrative)",
            OrganisationKind.GP_FEDERATION));
    for (String practice : List.of("A81001", "A81002", "A81004", "A81005")) {
      builder.addAffiliations(Affiliation.of(OrganisationId.of(practice), AffiliationKind.MEMBER_OF, FEDERATION,
          DateRange.startingOn(LocalDate.of(2016, 4, 1))));
    }
    DelegatedPrimaryCare.addGovernance(builder, OrganisationId.of("16C"), "16C-P", DelegatedPrimaryCare.PMS, LES);
    builder.addInterests(
        Interest.builder().person(p(1)).kind(InterestKind.FINANCIAL).organisation(OrganisationId.of("A81001"))
            .period(DateRange.startingOn(LocalDate.of(2014, 9, 1))).declared(LocalDate.of(2014, 9, 10)).build(),
        Interest.builder().person(p(4)).kind(InterestKind.FINANCIAL).organisation(OrganisationId.of("A81002"))
            .period(DateRange.startingOn(LocalDate.of(2018, 1, 1))).declared(LocalDate.of(2018, 1, 20)).build(),
        Interest.builder().person(p(8)).kind(InterestKind.INDIRECT).organisation(FEDERATION)
            .through(p(1)).period(DateRange.startingOn(LocalDate.of(2016, 4, 1))).declared(LocalDate.of(2016, 4, 20)).build());
    return builder;
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   * @param date the date waivers and registers are judged on, not null
   * @return the three reports, not null
   */
  public static Result run(Out out, LocalDate date) {
    RuleSet rules = RuleSet.standard().asOf(date);
    List<PersonId> present = List.of(p(1), p(2), p(3), p(4), p(5), p(8));
    Decision.Builder item = Decision.builder().id(DecisionId.of("16C-GB-2021-06-LES"))
        .title("Diabetes local enhanced service 2021/22").body(GB).date(LocalDate.of(2021, 6, 3)).function(LES)
        .affects(FEDERATION).participants(present).voters(present);
    out.title("3. GP leaders and their own surgeries");
    out.paragraph("Dr Amira Shah (16C-P1) is a partner at The Densham Surgery and Dr Simon Lowe (16C-P4) holds shares in "
        + "Queens Park Medical Centre; both practices belong to the Stockton GP federation. The governing body's "
        + "nurse, Tom Fenwick (16C-P8), is married to Dr Shah. The governing body (quorum 4) decides a local enhanced "
        + "service paid through the federation.");

    Report undeclared = rules.check(base().addDecisions(item.build()).build());
    out.heading("Stage 1: everyone votes, nobody declares");
    out.block("", undeclared.toText());

    List<PersonId> conflicted = List.of(p(1), p(4), p(8));
    item.declarations(conflicted).withdrew(conflicted).participants(List.of(p(2), p(3), p(5)))
        .voters(List.of(p(2), p(3), p(5)));
    Report withdrawn = rules.check(base().addDecisions(item.build()).build());
    out.heading("Stage 2: the conflicted declare and withdraw");
    out.block("", withdrawn.toText());
    out.heading("What stage 2 changed");
    out.block("", Report.diff(undeclared, withdrawn).toText());

    item.escalation(EscalationKind.REFERRED).referredTo(PCCC);
    Decision atPccc = Decision.builder().id(DecisionId.of("16C-PCCC-2021-06-LES"))
        .title("Diabetes local enhanced service 2021/22").body(PCCC).date(LocalDate.of(2021, 6, 17)).function(LES)
        .affects(FEDERATION).declarations(p(1)).withdrew(p(1))
        .participants(List.of(PersonId.of("16C-P6"), PersonId.of("16C-P7"), p(2), p(3)))
        .voters(List.of(PersonId.of("16C-P6"), PersonId.of("16C-P7"), p(2), p(3))).build();
    Arrangement resolved = base().addDecisions(item.build(), atPccc).build();
    Report referred = rules.check(resolved);
    out.heading("Stage 3: referred to the primary care commissioning committee, which decides it");
    out.block("", referred.toText());
    out.heading("What stage 3 changed");
    out.block("", Report.diff(withdrawn, referred).toText());
    return new Result(undeclared, withdrawn, referred);
  }
}
