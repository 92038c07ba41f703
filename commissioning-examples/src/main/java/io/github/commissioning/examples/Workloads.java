package io.github.commissioning.examples;

import io.github.commissioning.geography.Area;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
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
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.DutyId;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestId;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Person;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import io.github.commissioning.model.Succession;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.model.TransferId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arrangements the benchmarks measure.
 * <ul>
 *   <li>E1: the real January 2022 geography of England with realistic synthetic volumes, carried through the
 *   transfers of 1 July 2022 (106 CCGs to 42 ICBs) and 1 April 2026 (the ICB mergers): 6,527 practice areas,
 *   about 8,000 organisations, 32 functions, about 4,000 duties, 212 delegations, 19,581 contracts, 10,000
 *   people, 20,000 interests and 20,000 decisions, seven regional joint committees of ICBs with NHS England
 *   for specialised services from April 2024, 117 transfers, and a few planted defects.</li>
 *   <li>E10: ten times every volume, on a synthetic geography of ten disjoint copies of England.</li>
 *   <li>CHAIN: one delegation chain of 100,000 links.</li>
 * </ul>
 */
public final class Workloads {

  private static final LocalDate START = England.CONFIGURATION_2021;
  private static final LocalDate MIDYEAR = LocalDate.of(2021, 10, 1);

  private Workloads() {
  }

  /**
   * Returns E1, on the real geography of England.
   *
   * @return the arrangement, not null
   */
  public static Arrangement e1() {
    return copies(1);
  }

  /**
   * Returns E10: ten disjoint copies of E1, each with its own ids.
   *
   * @return the arrangement, not null
   */
  public static Arrangement e10() {
    return copies(10);
  }

  /**
   * Returns a given number of disjoint copies of E1 in one arrangement.
   *
   * @param count the number of copies, at least 1
   * @return the arrangement, not null
   */
  public static Arrangement copies(int count) {
    Arrangement.Builder builder = Arrangement.builder();
    for (int k = 0; k < count; k++) {
      new Copy(count == 1 ? "" : "K" + k + "-", builder).build();
    }
    return builder.build();
  }

  /**
   * Returns a single chain of delegations: NHS England holds primary care for one area and passes it down
   * {@code links} joint committees, each permitted to delegate onward.
   *
   * @param links the number of delegations, at least 1
   * @return the arrangement, not null
   */
  public static Arrangement chain(int links) {
    FootprintId england = ONE_AREA;
    FunctionId pms = PMS;
    Arrangement.Builder builder = oneArea();
    OrganisationId previous = England.NHS_ENGLAND;
    for (int i = 0; i < links; i++) {
      OrganisationId next = OrganisationId.of("JC" + i);
      builder.addOrganisations(Organisation.of(next, "Committee " + i, OrganisationKind.JOINT_COMMITTEE));
      builder.addDelegations(Delegation.builder().id(DelegationId.of("L" + i)).delegator(previous).delegate(next)
          .function(pms).footprint(england).mechanism(Mechanism.JOINT_COMMITTEE)
          .period(DateRange.startingOn(LocalDate.of(2015, 4, 1))).onwardDelegationPermitted(true).build());
      previous = next;
    }
    return builder.build();
  }

  /**
   * A function tree {@code depth} functions deep: NHS England holds the root, a CCG holds a delegation of the
   * deepest part, and every other function is named by nothing, so each shares the analysis of its
   * nearest named ancestor. A shape from the hostile-input issue.
   *
   * @param depth how many functions, each the parent of the next
   * @return the arrangement, not null
   */
  public static Arrangement deepFunctionTree(int depth) {
    FootprintId england = FootprintId.of("ENG");
    Arrangement.Builder builder = Arrangement.builder()
        .addFootprints(Footprint.of(england, "England", FootprintLevel.NATIONAL, List.of(AreaId.of("A81001"))))
        .addOrganisations(Organisation.of(England.NHS_ENGLAND, "NHS England", OrganisationKind.NHS_ENGLAND, england),
            Organisation.of(OrganisationId.of("16C"), "NHS Tees Valley CCG", OrganisationKind.CCG, england));
    FunctionId parent = FunctionId.of("f0");
    builder.addFunctions(CommissioningFunction.of(parent, "Function 0"));
    for (int i = 1; i < depth; i++) {
      FunctionId next = FunctionId.of("f" + i);
      builder.addFunctions(CommissioningFunction.builder().id(next).name("Function " + i).parent(parent).build());
      parent = next;
    }
    return builder.addDuties(Duty.of(England.NHS_ENGLAND, FunctionId.of("f0"), england,
            DateRange.startingOn(LocalDate.of(2013, 4, 1))))
        .addDelegations(Delegation.builder().delegator(England.NHS_ENGLAND).delegate(OrganisationId.of("16C"))
            .function(parent).footprint(england).mechanism(Mechanism.DELEGATION)
            .period(DateRange.startingOn(LocalDate.of(2015, 4, 1))).build())
        .build();
  }

  /**
   * One area delegated by NHS England to {@code delegates} different CCGs at once: a crowd that the rules
   * must summarise in one finding, not one per pair. A shape from the hostile-input issue.
   *
   * @param delegates how many CCGs receive the same area
   * @return the arrangement, not null
   */
  public static Arrangement crowd(int delegates) {
    FootprintId england = ONE_AREA;
    FunctionId pms = PMS;
    Arrangement.Builder builder = oneArea();
    for (int i = 0; i < delegates; i++) {
      OrganisationId ccg = OrganisationId.of("C" + i);
      builder.addOrganisations(Organisation.of(ccg, "CCG " + i, OrganisationKind.CCG, england));
      builder.addDelegations(Delegation.builder().id(DelegationId.of("X24-C" + i)).delegator(England.NHS_ENGLAND)
          .delegate(ccg).function(pms).footprint(england).mechanism(Mechanism.DELEGATION)
          .period(DateRange.startingOn(LocalDate.of(2015, 4, 1))).build());
    }
    return builder.build();
  }

  private static final FootprintId ONE_AREA = FootprintId.of("ENG");
  private static final FunctionId PMS = FunctionId.of("pms");

  /** England as one area, NHS England holding primary medical services there: the base of the shapes. */
  private static Arrangement.Builder oneArea() {
    return Arrangement.builder()
        .addFootprints(Footprint.of(ONE_AREA, "England", FootprintLevel.NATIONAL, List.of(AreaId.of("A81001"))))
        .addOrganisations(Organisation.of(England.NHS_ENGLAND, "NHS England", OrganisationKind.NHS_ENGLAND, ONE_AREA))
        .addFunctions(CommissioningFunction.of(PMS, "Primary medical services"))
        .addDuties(Duty.of(England.NHS_ENGLAND, PMS, ONE_AREA, DateRange.startingOn(LocalDate.of(2013, 4, 1))));
  }

  /** One copy of England and its synthetic commissioning, every id prefixed. */
  private static final class Copy {
    private final String prefix;
    private final Arrangement.Builder builder;
    private final England england = England.load();

    Copy(String prefix, Arrangement.Builder builder) {
      this.prefix = prefix;
      this.builder = builder;
    }

    private OrganisationId o(String code) {
      return OrganisationId.of(prefix + code);
    }

    private FootprintId fp(FootprintId id) {
      return FootprintId.of(prefix + id.code());
    }

    private FootprintId fp(String code) {
      return fp(england.footprintOf(code));
    }

    private FunctionId f(String code) {
      return FunctionId.of(prefix + code);
    }

    private PersonId p(String code) {
      return PersonId.of(prefix + code);
    }

    void build() {
      geography();
      List<FunctionId> national = functions();
      Map<String, List<String>> practices = new LinkedHashMap<>();
      england.ccgCodes().forEach(ccg -> practices.put(ccg, england.practicesOf(ccg)));

      // duties: NHS England holds the national families; each CCG holds its 20 functions, in two periods, the
      // second open-ended so that the transfers carry it to the ICBs in 2022 and 2026
      for (String family : List.of("pms", "dental", "spec")) {
        builder.addDuties(Duty.builder().id(DutyId.of(prefix + "X24-" + family)).holder(o("X24")).function(f(family))
            .footprint(fp(England.ENGLAND)).period(DateRange.startingOn(LocalDate.of(2013, 4, 1))).build());
      }
      int ccgIndex = 0;
      for (Map.Entry<String, List<String>> entry : practices.entrySet()) {
        String ccg = entry.getKey();
        ccgIndex++;
        for (FunctionId function : ccgFunctions()) {
          // planted gap: the twentieth CCG's continuing care duty lapses in the second half-year
          boolean gap = ccgIndex == 20 && function.code().endsWith("chc");
          builder.addDuties(duty(ccg, function, DateRange.of(START, MIDYEAR.minusDays(1)), "a"));
          if (!gap) {
            builder.addDuties(duty(ccg, function, DateRange.startingOn(MIDYEAR), "b"));
          }
        }
        // delegations: the national families to the CCG, reserved parts kept back
        for (String family : List.of("pms", "dental")) {
          Delegation.Builder delegation = Delegation.builder().id(DelegationId.of(prefix + "X24-" + ccg + "-" + family))
              .delegator(o("X24")).delegate(o(ccg)).function(f(family)).footprint(fp(ccg))
              .mechanism(Mechanism.DELEGATION).period(DateRange.startingOn(START))
              .addKeptBack(f(family + ".performers"));
          builder.addDelegations(delegation.build());
        }
        // a contract with every practice for three CCG services
        for (String practice : entry.getValue()) {
          for (String service : List.of("les.diabetes", "les.phlebotomy", "community.nursing")) {
            builder.addContracts(Contract.builder().id(ContractId.of(prefix + ccg + "-" + practice + "-" + service))
                .commissioner(o(ccg)).provider(o(practice)).function(f(service))
                .footprint(FootprintId.of(prefix + "P-" + practice)).form(ContractForm.NHS_STANDARD_CONTRACT)
                .term(DateRange.startingOn(START)).build());
          }
        }
        governance(ccg, entry.getValue(), ccgIndex);
      }
      jointCommittees();
      // the transfers of 1 July 2022 and 1 April 2026
      england.transfers2022().forEach(t -> builder.addTransfers(transfer(t)));
      england.transfers2026().forEach(t -> builder.addTransfers(transfer(t)));
      assert national.size() == 12;
    }

    /** Specialised services: each region's ICBs and NHS England in a joint committee from April 2024. */
    private void jointCommittees() {
      DateRange from = DateRange.startingOn(LocalDate.of(2024, 4, 1));
      Map<String, List<String>> icbsByRegion = new LinkedHashMap<>();
      for (String ccg : england.ccgCodes()) {
        List<String> icbs = icbsByRegion.computeIfAbsent(england.regionOf(ccg).orElseThrow(), k -> new ArrayList<>());
        String icb = england.icbOf(ccg).orElseThrow();
        if (!icbs.contains(icb)) {
          icbs.add(icb);
        }
      }
      icbsByRegion.forEach((region, icbs) -> {
        OrganisationId committee = o(region + "-SPEC-JC");
        builder.addOrganisations(Organisation.of(committee, region + " specialised services joint committee",
            OrganisationKind.JOINT_COMMITTEE, fp(region)));
        builder.addAffiliations(Affiliation.of(o("X24"), AffiliationKind.MEMBER_OF, committee, from));
        icbs.forEach(icb -> builder.addAffiliations(Affiliation.of(o(icb), AffiliationKind.MEMBER_OF, committee, from)));
        builder.addDelegations(Delegation.builder().id(DelegationId.of(prefix + "X24-" + region + "-spec"))
            .delegator(o("X24")).delegate(committee).function(f("spec")).footprint(fp(region))
            .mechanism(Mechanism.JOINT_COMMITTEE).period(from).addKeptBack(f("spec.highly")).build());
      });
    }

    /** A transfer of the loader's, with every id prefixed. */
    private Transfer transfer(Transfer t) {
      Transfer.Builder copy = Transfer.builder().id(TransferId.of(prefix + t.id().code())).predecessor(o(t.predecessor()
          .code())).date(t.date()).kind(t.kind());
      t.instrument().ifPresent(copy::instrument);
      for (Succession s : t.successions()) {
        copy.addSuccessions(new Succession(o(s.successor().code()), fp(s.footprint()), s.function().map(
            x -> f(x.code()))));
      }
      return copy.build();
    }

    private Duty duty(String ccg, FunctionId function, DateRange period, String half) {
      return Duty.builder().id(DutyId.of(prefix + ccg + "-" + function.code().substring(prefix.length()) + "-" + half))
          .holder(o(ccg)).function(function).footprint(fp(ccg)).period(period).build();
    }

    private void geography() {
      for (Area area : england.areas()) {
        builder.addAreas(Area.of(AreaId.of(prefix + area.id().code()), area.name()));
        builder.addFootprints(Footprint.of(FootprintId.of(prefix + "P-" + area.id().code()), area.name(),
            FootprintLevel.PRACTICE, List.of(AreaId.of(prefix + area.id().code()))));
      }
      for (Footprint footprint : england.footprints()) {
        List<AreaId> areas = new ArrayList<>();
        footprint.areas().forEach(a -> areas.add(AreaId.of(prefix + a.code())));
        List<FootprintId> parts = new ArrayList<>();
        footprint.parts().forEach(part -> parts.add(fp(part)));
        builder.addFootprints(Footprint.builder().from(footprint).id(fp(footprint.id())).areas(areas).parts(parts)
            .build());
      }
      for (Organisation organisation : england.organisations()) {
        builder.addOrganisations(Organisation.builder().from(organisation).id(o(organisation.id().code()))
            .footprint(organisation.footprint().map(this::fp))
            .successor(organisation.successor().map(s -> o(s.code()))).build());
      }
      for (Affiliation affiliation : england.affiliations()) {
        builder.addAffiliations(Affiliation.of(o(affiliation.member().code()), affiliation.kind(),
            o(affiliation.parent().code()), affiliation.period()));
      }
    }

    /** 12 national functions (2 families of 5, the performers list reserved, and specialised) and 20 CCG functions. */
    private List<FunctionId> functions() {
      List<FunctionId> national = new ArrayList<>();
      builder.addFunctions(CommissioningFunction.of(f("spec"), "specialised services"),
          CommissioningFunction.builder().id(f("spec.highly")).name("highly specialised services").parent(f("spec"))
              .build());
      national.add(f("spec"));
      national.add(f("spec.highly"));
      for (String family : List.of("pms", "dental")) {
        builder.addFunctions(CommissioningFunction.of(f(family), family + " services"));
        national.add(f(family));
        for (String part : List.of("performers", "contracts", "enhanced", "premises")) {
          builder.addFunctions(CommissioningFunction.builder().id(f(family + "." + part)).name(family + " " + part)
              .parent(f(family)).reserved(part.equals("performers")).build());
          national.add(f(family + "." + part));
        }
      }
      for (FunctionId function : ccgFunctions()) {
        String code = function.code().substring(prefix.length());
        int dot = code.indexOf('.');
        CommissioningFunction.Builder fn = CommissioningFunction.builder().id(function).name(code);
        if (dot > 0) {
          fn.parent(f(code.substring(0, dot)));
        }
        builder.addFunctions(fn.build());
      }
      return national;
    }

    private List<FunctionId> ccgFunctions() {
      List<FunctionId> functions = new ArrayList<>();
      for (String family : List.of("community", "les", "mental", "acute")) {
        functions.add(f(family));
        for (String part : partsOf(family)) {
          functions.add(f(family + "." + part));
        }
      }
      return functions;
    }

    private static List<String> partsOf(String family) {
      return switch (family) {
        case "community" -> List.of("nursing", "therapies", "chc", "hospice");
        case "les" -> List.of("diabetes", "phlebotomy", "anticoagulation", "wound");
        case "mental" -> List.of("iapt", "crisis", "dementia", "eating");
        default -> List.of("elective", "urgent", "maternity", "cancer");
      };
    }

    /** A governing body, a PCCC, a GP or two per practice with their interests, and the PCCC's decisions. */
    private void governance(String ccg, List<String> practices, int ccgIndex) {
      BodyId gb = BodyId.of(prefix + ccg + "-GB");
      BodyId pccc = BodyId.of(prefix + ccg + "-PCCC");
      builder.addBodies(DecisionBody.builder().id(gb).name("Governing body").organisation(o(ccg))
              .kind(BodyKind.GOVERNING_BODY).quorum(4).build(),
          DecisionBody.builder().id(pccc).name("Primary care commissioning committee").organisation(o(ccg))
              .kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(3).addRemit(f("pms")).build());
      Designation[][] posts = {{Designation.ACCOUNTABLE_OFFICER}, {Designation.CHIEF_FINANCE_OFFICER},
          {Designation.REGISTERED_NURSE}, {Designation.SECONDARY_CARE_SPECIALIST},
          {Designation.LAY_AUDIT, Designation.CONFLICTS_GUARDIAN}, {Designation.LAY_PATIENT_AND_PUBLIC}, {}, {}};
      Role[] roles = {Role.EXECUTIVE, Role.EXECUTIVE, Role.CLINICAL, Role.CLINICAL, Role.CHAIR, Role.LAY, Role.LAY,
          Role.EXECUTIVE};
      for (int n = 0; n < posts.length; n++) {
        PersonId member = p(ccg + "-M" + n);
        builder.addPeople(Person.of(member, "Member " + n + " of " + ccg));
        builder.addMemberships(Membership.of(member, gb, roles[n], posts[n]));
      }
      // the PCCC: a lay chair, a lay member, two executives and the first practice's GP
      PersonId gp = p(practices.get(0) + "-GP0");
      builder.addMemberships(Membership.of(p(ccg + "-M5"), pccc, Role.CHAIR),
          Membership.of(p(ccg + "-M6"), pccc, Role.LAY),
          Membership.of(p(ccg + "-M0"), pccc, Role.EXECUTIVE, Designation.ACCOUNTABLE_OFFICER),
          Membership.of(p(ccg + "-M1"), pccc, Role.EXECUTIVE),
          Membership.of(gp, pccc, Role.CLINICAL, Designation.GP));
      for (int i = 0; i < practices.size(); i++) {
        String practice = practices.get(i);
        int partners = i % 2 == 0 ? 2 : 1;
        for (int g = 0; g < partners; g++) {
          PersonId partner = p(practice + "-GP" + g);
          builder.addPeople(Person.of(partner, "Dr " + g + " of " + practice));
          LocalDate declared = ccgIndex == 40 && i == 0 && g == 1 ? LocalDate.of(2018, 6, 1)   // planted: late
              : LocalDate.of(2018, 4, 10);
          builder.addInterests(Interest.builder().id(InterestId.of(prefix + practice + "-GP" + g + "-own"))
                  .person(partner).kind(InterestKind.FINANCIAL).organisation(o(practice))
                  .period(DateRange.startingOn(LocalDate.of(2018, 4, 1))).declared(declared).build(),
              Interest.builder().id(InterestId.of(prefix + practice + "-GP" + g + "-fed")).person(partner)
                  .kind(InterestKind.PROFESSIONAL).organisation(o("X24"))
                  .period(DateRange.startingOn(LocalDate.of(2018, 4, 1))).declared(LocalDate.of(2018, 4, 10)).build());
        }
      }
      int decisions = Math.max(1, 20_000 / 106 + (ccgIndex % 3 == 0 ? 1 : 0));
      List<PersonId> members = List.of(p(ccg + "-M5"), p(ccg + "-M6"), p(ccg + "-M0"), p(ccg + "-M1"));
      for (int d = 0; d < decisions; d++) {
        String practice = practices.get(d % practices.size());
        Decision.Builder decision = Decision.builder().id(DecisionId.of(prefix + ccg + "-D" + d))
            .title("Contract variation " + d).body(pccc).date(START.plusDays(d % 400)).function(f("pms.contracts"))
            .affects(o(practice)).participants(members).voters(members);
        if (d % practices.size() == 0) {
          decision.declarations(gp).withdrew(gp);                // the GP's own practice
        } else {
          decision.addParticipants(gp).addVoters(gp);
        }
        builder.addDecisions(decision.build());
      }
    }
  }
}
