package io.github.commissioning.examples;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractForm;
import io.github.commissioning.model.ContractId;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Waiver;
import io.github.commissioning.rules.ConflictRules;
import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Example 2, accountable care: NHS Northumberland CCG becomes a strategic commissioner, with a long,
 * capitated contract for community services to an accountable care organisation, which sub-contracts the
 * care to Northumbria Healthcare NHS Foundation Trust, itself part of the ACO. The checker finds the
 * self-commissioning; the CCG accepts it, with a justification and an expiry, and it shows as waived.
 * <p>
 * The CCG, the trust and the practices are real; the ACO, proposed for Northumbria in 2017, is
 * illustrative.
 */
public final class AccountableCare {

  static final FunctionId COMMUNITY = FunctionId.of("community");
  static final OrganisationId NORTHUMBERLAND = OrganisationId.of("00L");
  static final OrganisationId ACO = OrganisationId.of("ACO-NTH");
  static final OrganisationId NORTHUMBRIA_FT = OrganisationId.of("RTF");

  /** What the example found, for its test. */
  public static final class Result {
    /** Who exercises community services in a Northumberland practice's area. */
    public final Chain chain;
    /** The contracts for community services there, with who holds them and for whom. */
    public final List<Contract> contracts;
    /** The report before the waiver. */
    public final Report before;
    /** The report with the waiver. */
    public final Report after;

    Result(Chain chain, List<Contract> contracts, Report before, Report after) {
      this.chain = chain;
      this.contracts = contracts;
      this.before = before;
      this.after = after;
    }
  }

  /** The first day of the 2021/22 configuration of 106 CCGs, and of the capitated contract. */
  static final LocalDate START = England.CONFIGURATION_2021;

  private AccountableCare() {
  }

  static Arrangement arrangement() {
    England england = England.load();
    LocalDate abolition = LocalDate.of(2022, 6, 30);
    return england.builder()
        .addFunctions(CommissioningFunction.of(COMMUNITY, "Community health services"))
        .addAllDuties(england.ccgDuties(COMMUNITY))
        .addOrganisations(Organisation.of(ACO, "Northumbria Integrated Care Partnership (illustrative ACO)",
            OrganisationKind.ACO))
        .addAffiliations(Affiliation.of(NORTHUMBRIA_FT, AffiliationKind.PART_OF, ACO, DateRange.startingOn(START)))
        .addContracts(
            Contract.builder().id(ContractId.of("00L-ACO-capitated")).commissioner(NORTHUMBERLAND).provider(ACO)
                .form(ContractForm.POPULATION_CONTRACT).function(COMMUNITY).footprint(england.footprintOf("00L"))
                .term(DateRange.of(START, abolition)).build(),
            Contract.builder().id(ContractId.of("ACO-RTF-sub")).commissioner(ACO).provider(NORTHUMBRIA_FT)
                .form(ContractForm.SUB_CONTRACT).prime(ContractId.of("00L-ACO-capitated")).function(COMMUNITY)
                .footprint(england.footprintOf("00L")).term(DateRange.of(START, abolition)).build())
        .build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   * @param date the date of the question and of judging the waiver, not null
   * @return what it found, not null
   */
  public static Result run(Out out, LocalDate date) {
    Arrangement arrangement = arrangement();
    String practice = England.load().practicesOf("00L").get(0);
    out.title("2. Accountable care in Northumberland");
    out.paragraph("NHS Northumberland CCG (00L) holds the duty for community health services. From 1 April 2021 it "
        + "commissions strategically: a capitated population contract to an accountable care organisation (illustrative; "
        + "it ends on 30 June 2022, when the CCG was abolished), which sub-contracts the care to Northumbria Healthcare "
        + "NHS Foundation Trust (RTF) - a trust that is part of the ACO. A contract is not a delegation: the CCG keeps "
        + "exercising the function, and the contracts say who provides.");
    LocalDate asked = date.isBefore(START) || date.isAfter(LocalDate.of(2022, 6, 30))
        ? LocalDate.of(2021, 6, 1) : date;
    Accountability accountability = Accountability.of(arrangement);
    Chain chain = accountability.chain(COMMUNITY, AreaId.of(practice), asked).orElseThrow();
    out.heading("Who exercises community services for practice " + practice + " on " + asked + "?");
    out.block("", chain.toString());
    List<Contract> contracts = accountability.contracts(COMMUNITY, AreaId.of(practice), asked);
    out.heading("Who holds the contracts there, under whose commission?");
    out.block("", contracts.stream().map(c -> arrangement.organisation(c.provider()).orElseThrow().name() + " holds "
        + c.form().label() + " " + c.id() + " from " + arrangement.organisation(c.commissioner()).orElseThrow().name()
        + c.prime().map(p -> ", under prime contract " + p).orElse("")).collect(Collectors.joining("\n")));
    RuleSet rules = RuleSet.standard().asOf(asked);
    Report before = rules.check(arrangement);
    out.heading("What the standard rules find");
    out.block("", before.toText());
    Finding conflict = before.findings().stream().filter(f -> f.ruleId().equals(ConflictRules.SELF_COMMISSIONING))
        .findFirst().orElseThrow();
    Waiver waiver = Waiver.builder().key(conflict.key())
        .justification("The ACO's board excludes the trust's directors from sub-contract awards; reviewed yearly "
            + "by the audit committee")
        .owner("Audit committee, NHS Northumberland CCG").expiry(LocalDate.of(2022, 3, 31)).build();
    Report after = rules.check(arrangement.toBuilder().addWaivers(waiver).build());
    out.heading("Accepted with a waiver until " + waiver.expiry().orElseThrow());
    out.block("", after.toText());
    return new Result(chain, contracts, before, after);
  }
}
