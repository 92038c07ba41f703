package io.github.commissioning.testing;

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
import io.github.commissioning.model.CommissioningStage;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractForm;
import io.github.commissioning.model.ContractId;
import io.github.commissioning.model.CoverageExpectation;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.DutyId;
import io.github.commissioning.model.FindingKey;
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
import io.github.commissioning.model.ProcurementRoute;
import io.github.commissioning.model.Role;
import io.github.commissioning.model.Succession;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.model.TransferId;
import io.github.commissioning.model.TransferKind;
import io.github.commissioning.rules.AccountabilityRules;
import io.github.commissioning.rules.ConflictRules;
import io.github.commissioning.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The decoder behind {@link Scenarios}: reads choices, builds slots (one per CCG), plants defects, assembles. */
final class ScenarioBuilder {

  static final LocalDate APRIL_2013 = LocalDate.of(2013, 4, 1);
  static final LocalDate APRIL_2015 = LocalDate.of(2015, 4, 1);
  static final LocalDate APRIL_2016 = LocalDate.of(2016, 4, 1);
  static final LocalDate APRIL_2017 = LocalDate.of(2017, 4, 1);
  static final LocalDate JULY_2019 = LocalDate.of(2019, 7, 1);
  static final LocalDate MARCH_2020 = LocalDate.of(2020, 3, 31);
  static final LocalDate JUNE_2021 = LocalDate.of(2021, 6, 1);
  static final LocalDate JULY_2022 = LocalDate.of(2022, 7, 1);
  /** The day every planted decision is taken. */
  static final DateRange DEFECT_DAY = DateRange.of(JUNE_2021.plusDays(1), JUNE_2021.plusDays(1));

  static final OrganisationId NHSE = OrganisationId.of("X24");
  static final FunctionId PMS = FunctionId.of("pms");
  static final FunctionId PERFORMERS = FunctionId.of("pms.performers");
  static final FunctionId CONTRACTS = FunctionId.of("pms.contracts");
  static final FunctionId COMMUNITY = FunctionId.of("community");
  static final FootprintId ENGLAND = FootprintId.of("F-ENG");

  private static final String[] REGIONS = {"North East and Yorkshire", "Midlands", "London", "South West",
      "East of England", "North West", "South East"};
  private static final String[] PLACES = {"Tees Valley", "County Durham", "Sunderland", "Gateshead", "Leeds",
      "Bradford", "Wakefield", "Doncaster", "Sheffield", "Rotherham", "Barnsley", "Hull", "York", "Harrogate",
      "Scarborough", "Whitby"};
  private static final String[] GIVEN = {"Amara", "Ben", "Chloe", "Dev", "Ellen", "Farid", "Grace", "Dr Hamid",
      "Isla", "Jon"};
  private static final String[] FAMILY = {"Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fisher", "Green", "Hughes",
      "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nash", "Owen", "Patel"};

  /** The choice reader: each choice modulo the number of options, 0 when the list runs out. */
  private final List<Integer> choices;
  private int next;

  private final List<Footprint> footprints = new ArrayList<>();
  private final List<Organisation> organisations = new ArrayList<>();
  private final List<Affiliation> affiliations = new ArrayList<>();
  private final List<Slot> slots = new ArrayList<>();
  private final List<Defect> defects = new ArrayList<>();

  private boolean plantDefects = true;

  ScenarioBuilder(List<Integer> choices) {
    this.choices = List.copyOf(choices);
  }

  ScenarioBuilder withoutDefects() {
    plantDefects = false;
    return this;
  }

  private int choose(int options) {
    int value = next < choices.size() ? choices.get(next) : 0;
    next++;
    return Math.floorMod(value, options);
  }

  /** One CCG and everything that hangs from it. */
  private static final class Slot {
    final int index;
    final OrganisationId ccg;
    final FootprintId footprint;
    final String place;
    final AreaId firstPractice;
    final List<AreaId> areas;
    final OrganisationId trust;
    int mode;
    int community;
    int decisions;
    boolean dutyRemoved;
    boolean closed;
    boolean reservedNotKeptBack;
    boolean liability;
    boolean nurseRemoved;
    boolean layRemoved;
    boolean guardianRemoved;
    boolean pcccChairGp;
    final List<Organisation> organisations = new ArrayList<>();
    final List<Affiliation> affiliations = new ArrayList<>();
    final List<Duty> duties = new ArrayList<>();
    final List<Delegation> delegations = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    final List<DecisionBody> bodies = new ArrayList<>();
    final List<Membership> memberships = new ArrayList<>();
    final List<Interest> interests = new ArrayList<>();
    final List<Decision> plantedDecisions = new ArrayList<>();
    final List<Contract> contracts = new ArrayList<>();
    final List<Transfer> transfers = new ArrayList<>();
    final List<ExpectedFinding> expected = new ArrayList<>();

    Slot(int index, String place, AreaId firstPractice, List<AreaId> areas) {
      this.index = index;
      this.areas = List.copyOf(areas);
      this.ccg = OrganisationId.of("C" + index);
      this.footprint = FootprintId.of("F-C" + index);
      this.place = place;
      this.firstPractice = firstPractice;
      this.trust = OrganisationId.of("T" + index);
    }

    PersonId person(int n) {
      return PersonId.of(ccg + "-P" + n);
    }

    OrganisationId practice() {
      return OrganisationId.of(firstPractice.code());
    }

    BodyId gb() {
      return BodyId.of(ccg + "-GB");
    }

    BodyId pccc() {
      return BodyId.of(ccg + "-PCCC");
    }

    DecisionId defectDecision() {
      return DecisionId.of(ccg + "-DX");
    }

    void expect(String ruleId, String subjectKey, Severity severity, DateRange period) {
      expect(ruleId, subjectKey, severity, period, List.of());
    }

    void expect(String ruleId, String subjectKey, Severity severity, DateRange period, List<AreaId> where) {
      expected.add(ExpectedFinding.of(FindingKey.parse(ruleId + "|" + subjectKey), severity, period, where));
    }
  }

  /** The choices of one CCG: present, new system, new region, PCNs, practices, mode, community, decisions, defect. */
  static final int BLOCK = 9;
  /** The most CCGs a scenario holds. */
  static final int MAX_CCGS = 12;

  /**
   * Reads the choices in fixed blocks, one per CCG, so that zeroing a block's first choice removes that CCG
   * and leaves every other block's meaning alone: a shrinker that zeroes choices removes whole CCGs.
   */
  Scenario build() {
    List<int[]> blocks = new ArrayList<>();
    for (int start = 0; start < choices.size() && blocks.size() < MAX_CCGS; start += BLOCK) {
      next = start;
      if (choose(2) == 1) {
        int[] block = new int[BLOCK];
        block[0] = 1;
        block[1] = choose(2);
        block[2] = choose(2);
        block[3] = choose(2);
        block[4] = choose(3);
        block[5] = choose(3);
        block[6] = choose(4);
        block[7] = choose(3);
        block[8] = choose(DefectKind.values().length + 1);
        blocks.add(block);
      }
    }
    if (blocks.isEmpty()) {
      blocks.add(new int[BLOCK]);
    }
    int practiceCount = 0;
    int pcnCount = 0;
    List<FootprintId> regionIds = new ArrayList<>();
    List<FootprintId> systemIds = new ArrayList<>();
    List<FootprintId> ccgIds = new ArrayList<>();
    List<int[]> planned = new ArrayList<>();
    for (int[] block : blocks) {
      boolean first = slots.isEmpty();
      if (!first && (block[1] == 1 || block[2] == 1)) {
        closeSystem(systemIds, ccgIds);
        if (block[2] == 1 && regionIds.size() < REGIONS.length - 1) {
          closeRegion(regionIds, systemIds);
        }
      }
      int index = slots.size() + 1;
      List<FootprintId> pcnIds = new ArrayList<>();
      AreaId firstPractice = null;
      List<AreaId> slotAreas = new ArrayList<>();
      for (int p = 0; p <= block[3]; p++) {
        pcnCount++;
        List<AreaId> areas = new ArrayList<>();
        OrganisationId pcn = OrganisationId.of("N" + pcnCount);
        for (int k = 0; k <= block[4]; k++) {
          practiceCount++;
          AreaId practice = AreaId.of("G" + practiceCount);
          areas.add(practice);
          slotAreas.add(practice);
          if (firstPractice == null) {
            firstPractice = practice;
          }
          OrganisationId practiceOrg = OrganisationId.of(practice.code());
          organisations.add(Organisation.of(practiceOrg, FAMILY[practiceCount % FAMILY.length] + " Surgery",
              OrganisationKind.GP_PRACTICE));
          affiliations.add(Affiliation.of(practiceOrg, AffiliationKind.MEMBER_OF, pcn, DateRange.startingOn(JULY_2019)));
        }
        FootprintId pcnFootprint = FootprintId.of("F-N" + pcnCount);
        footprints.add(Footprint.of(pcnFootprint, "PCN " + pcnCount, FootprintLevel.NEIGHBOURHOOD, areas));
        organisations.add(Organisation.of(pcn, "Primary care network " + pcnCount, OrganisationKind.PCN,
            pcnFootprint));
        pcnIds.add(pcnFootprint);
      }
      Slot slot = new Slot(index, PLACES[(index - 1) % PLACES.length], Objects.requireNonNull(firstPractice), slotAreas);
      slot.mode = block[5];
      slot.community = block[6];
      slot.decisions = block[7];
      slots.add(slot);
      footprints.add(Footprint.union(slot.footprint, slot.place, FootprintLevel.PLACE, pcnIds));
      ccgIds.add(slot.footprint);
      planned.add(block);
    }
    closeSystem(systemIds, ccgIds);
    closeRegion(regionIds, systemIds);
    footprints.add(Footprint.union(ENGLAND, "England", FootprintLevel.NATIONAL, regionIds));
    organisations.add(Organisation.of(NHSE, "NHS England", OrganisationKind.NHS_ENGLAND, ENGLAND));

    if (plantDefects) {
      for (int i = 0; i < slots.size(); i++) {
        int defect = planned.get(i)[8];
        if (defect > 0) {
          @SuppressWarnings("EnumOrdinal") // the generator's choices name defect kinds by their order, 1 upwards
          DefectKind kind = DefectKind.values()[defect - 1];
          Slot slot = slots.get(i);
          plant(kind, slot);
        }
      }
    }
    return assemble();
  }

  private void closeSystem(List<FootprintId> systemIds, List<FootprintId> ccgIds) {
    if (ccgIds.isEmpty()) {
      return;
    }
    int number = systemIds.size() + 1 + systemsClosed;
    FootprintId system = FootprintId.of("F-S" + number);
    footprints.add(Footprint.union(system, "System " + number, FootprintLevel.SYSTEM, List.copyOf(ccgIds)));
    organisations.add(Organisation.of(OrganisationId.of("S" + number), "System " + number + " partnership",
        OrganisationKind.STP, system));
    systemIds.add(system);
    ccgIds.clear();
  }

  private int systemsClosed;

  private void closeRegion(List<FootprintId> regionIds, List<FootprintId> systemIds) {
    if (systemIds.isEmpty()) {
      return;
    }
    int r = regionIds.size() + 1;
    FootprintId region = FootprintId.of("F-R" + r);
    footprints.add(Footprint.union(region, REGIONS[r - 1], FootprintLevel.REGION, List.copyOf(systemIds)));
    organisations.add(Organisation.of(OrganisationId.of("R" + r), "NHS England " + REGIONS[r - 1],
        OrganisationKind.REGIONAL_TEAM, region));
    regionIds.add(region);
    systemsClosed += systemIds.size();
    systemIds.clear();
  }

  // -------------------------------------------------------------------------------- defects

  private Organisation jointCommittee(Slot s, String suffix) {
    return Organisation.of(OrganisationId.of(suffix + s.index), s.place + " joint committee " + suffix,
        OrganisationKind.JOINT_COMMITTEE);
  }

  private static Delegation.Builder delegation(String id, OrganisationId from, OrganisationId to, FunctionId function,
      FootprintId where, Mechanism mechanism, LocalDate start) {
    Delegation.Builder builder = Delegation.builder().id(DelegationId.of(id)).delegator(from).delegate(to)
        .function(function).footprint(where).mechanism(mechanism).period(DateRange.startingOn(start));
    if (function.equals(PMS)) {
      builder.addKeptBack(PERFORMERS);
    }
    return builder;
  }

  private Decision.Builder defectDecision(Slot s, BodyId body, FunctionId function) {
    return Decision.builder().id(s.defectDecision()).title("Item planted at " + s.place).body(body)
        .date(DEFECT_DAY.start()).function(function);
  }

  /** The governing body's members as present at a decision, without those removed by a defect. */
  private List<PersonId> governingBody(Slot s) {
    List<PersonId> members = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      if (!(n == 3 && s.nurseRemoved) && !(n == 7 && s.layRemoved)) {
        members.add(s.person(n));
      }
    }
    return members;
  }

  private List<PersonId> without(List<PersonId> people, PersonId... removed) {
    List<PersonId> copy = new ArrayList<>(people);
    copy.removeAll(List.of(removed));
    return copy;
  }

  private boolean plant(DefectKind kind, Slot s) {
    String ccg = s.ccg.code();
    String sub = s.ccg + "-DX";
    return switch (kind) {
      case UNOWNED -> {
        if (slots.stream().filter(o -> !o.dutyRemoved).count() < 2) {
          yield false;
        }
        s.dutyRemoved = true;
        s.community = 0;
        if (s.mode != 1) {
          s.decisions = 0;
        }
        s.expect(AccountabilityRules.UNOWNED, COMMUNITY + "|" + APRIL_2013, Severity.ERROR,
            DateRange.startingOn(APRIL_2013), s.areas);
        yield record(kind, s, "removed the duty of " + ccg + " for community services");
      }
      case OVERLAP -> {
        s.duties.add(Duty.builder().id(DutyId.of("D-X24-community-" + ccg)).holder(NHSE).function(COMMUNITY)
            .footprint(s.footprint).period(DateRange.startingOn(APRIL_2016)).build());
        s.expect(AccountabilityRules.OVERLAP, COMMUNITY + "|" + ccg + "|" + NHSE, Severity.WARNING,
            DateRange.startingOn(APRIL_2016), s.areas);
        yield record(kind, s, "gave NHS England a second duty for community services in " + s.place);
      }
      case NOT_HELD -> {
        s.mode = 0;
        s.organisations.add(jointCommittee(s, "JC"));
        s.delegations.add(delegation(ccg + "-JC" + s.index + "-pms", s.ccg, OrganisationId.of("JC" + s.index), PMS,
            s.footprint, Mechanism.DELEGATION, APRIL_2016).build());
        s.expect(AccountabilityRules.NOT_HELD, ccg + "-JC" + s.index + "-pms|" + APRIL_2016, Severity.ERROR,
            DateRange.startingOn(APRIL_2016), s.areas);
        yield record(kind, s, ccg + " delegates primary care, which it does not hold, to a joint committee");
      }
      case ONWARD_UNPERMITTED -> {
        s.mode = 1;
        s.organisations.add(jointCommittee(s, "JC"));
        s.delegations.add(delegation(ccg + "-JC" + s.index + "-pms", s.ccg, OrganisationId.of("JC" + s.index), PMS,
            s.footprint, Mechanism.DELEGATION, APRIL_2016).build());
        s.expect(AccountabilityRules.ONWARD_UNPERMITTED, ccg + "-JC" + s.index + "-pms|" + APRIL_2016, Severity.ERROR,
            DateRange.startingOn(APRIL_2016), s.areas);
        yield record(kind, s, ccg + " passes delegated primary care on without permission");
      }
      case RESERVED_DELEGATED -> {
        s.mode = 1;
        s.reservedNotKeptBack = true;
        s.expect(AccountabilityRules.RESERVED_DELEGATED, "X24-" + ccg + "-pms|" + PERFORMERS, Severity.ERROR,
            DateRange.startingOn(APRIL_2015));
        yield record(kind, s, "delegated primary care to " + ccg + " without keeping the performers list back");
      }
      case INELIGIBLE_DELEGATE -> {
        s.community = 0;
        s.organisations.add(Organisation.of(OrganisationId.of("CSU" + s.index), s.place + " support unit",
            OrganisationKind.CSU));
        s.delegations.add(delegation(ccg + "-CSU" + s.index + "-community", s.ccg, OrganisationId.of("CSU" + s.index),
            COMMUNITY, s.footprint, Mechanism.DELEGATION, APRIL_2016).build());
        s.expect(AccountabilityRules.INELIGIBLE_DELEGATE, ccg + "-CSU" + s.index + "-community", Severity.ERROR,
            DateRange.startingOn(APRIL_2016));
        yield record(kind, s, ccg + " delegates community services to a support unit");
      }
      case CYCLE -> {
        s.organisations.add(jointCommittee(s, "JA"));
        s.organisations.add(jointCommittee(s, "JB"));
        s.delegations.add(delegation("JA" + s.index + "-JB" + s.index + "-community", OrganisationId.of("JA" + s.index),
            OrganisationId.of("JB" + s.index), COMMUNITY, s.footprint, Mechanism.DELEGATION, APRIL_2016)
            .onwardDelegationPermitted(true).build());
        s.delegations.add(delegation("JB" + s.index + "-JA" + s.index + "-community", OrganisationId.of("JB" + s.index),
            OrganisationId.of("JA" + s.index), COMMUNITY, s.footprint, Mechanism.DELEGATION, APRIL_2016)
            .onwardDelegationPermitted(true).build());
        s.expect(AccountabilityRules.CYCLE, "JA" + s.index + "-JB" + s.index + "-community", Severity.ERROR,
            DateRange.startingOn(APRIL_2016));
        yield record(kind, s, "two joint committees in " + s.place + " delegate community services to each other");
      }
      case DISSOLVED -> {
        s.closed = true;
        yield record(kind, s, ccg + " closed on " + MARCH_2020 + " with its duty and delegations left open");
      }
      case SUPPORT_DECIDES -> {
        OrganisationId csu = OrganisationId.of("CSU" + s.index);
        BodyId board = BodyId.of("CSU" + s.index + "-B");
        s.organisations.add(Organisation.of(csu, s.place + " support unit", OrganisationKind.CSU));
        s.bodies.add(DecisionBody.builder().id(board).name("Support unit board").organisation(csu).kind(BodyKind.BOARD)
            .build());
        s.plantedDecisions.add(defectDecision(s, board, COMMUNITY).addAffects(s.trust).build());
        s.expect(AccountabilityRules.SUPPORT_DECIDES, sub + "|" + csu, Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, "a support unit's board decided on community services in " + s.place);
      }
      case ULTRA_VIRES -> {
        s.mode = 0;
        s.plantedDecisions.add(defectDecision(s, s.gb(), PMS).addAffects(s.trust).participants(governingBody(s))
            .voters(governingBody(s)).build());
        s.expect(AccountabilityRules.ULTRA_VIRES, sub + "|" + s.gb(), Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, "the governing body of " + ccg + " decided on primary care it does not hold");
      }
      case WRONG_LEVEL -> {
        s.mode = 1;
        s.plantedDecisions.add(defectDecision(s, s.gb(), CONTRACTS).addAffects(s.trust).participants(governingBody(s))
            .voters(governingBody(s)).build());
        s.expect(AccountabilityRules.WRONG_LEVEL, sub + "|" + s.gb(), Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, "the governing body of " + ccg + " decided delegated primary care");
      }
      case BROKEN_CONTRACT_CHAIN -> {
        s.contracts.add(Contract.builder().id(ContractId.of(ccg + "-T" + s.index + "-sub")).commissioner(s.ccg)
            .provider(s.trust).form(ContractForm.SUB_CONTRACT).function(COMMUNITY).footprint(s.footprint)
            .term(DateRange.startingOn(APRIL_2016)).build());
        s.expect(AccountabilityRules.BROKEN_CONTRACT_CHAIN, ccg + "-T" + s.index + "-sub|no-prime", Severity.ERROR,
            DateRange.startingOn(APRIL_2016));
        yield record(kind, s, ccg + " lets a sub-contract with no prime contract");
      }
      case COMPOSITION -> {
        s.nurseRemoved = true;
        s.expect(AccountabilityRules.COMPOSITION, s.gb().toString(), Severity.ERROR,
            DateRange.startingOn(APRIL_2013));
        yield record(kind, s, "removed the registered nurse from the governing body of " + ccg);
      }
      case FOOTPRINT_MISMATCH -> {
        if (slots.size() < 2) {
          yield false;
        }
        s.community = 0;
        OrganisationId council = OrganisationId.of("LAX" + s.index);
        s.organisations.add(Organisation.of(council, "National council " + s.index, OrganisationKind.LOCAL_AUTHORITY,
            ENGLAND));
        s.delegations.add(delegation(ccg + "-LAX" + s.index + "-s75", s.ccg, council, COMMUNITY, s.footprint,
            Mechanism.LEAD_COMMISSIONING, APRIL_2016).build());
        s.expect(AccountabilityRules.FOOTPRINT_MISMATCH, ccg + "-LAX" + s.index + "-s75", Severity.WARNING,
            DateRange.startingOn(APRIL_2016),
            slots.stream().filter(o -> o != s).flatMap(o -> o.areas.stream()).toList());
        yield record(kind, s, ccg + " has community services led by a council serving all of England");
      }
      case LIABILITY_MOVED -> {
        s.mode = 1;
        s.liability = true;
        s.expect(AccountabilityRules.LIABILITY_MOVED, "X24-" + ccg + "-pms", Severity.ERROR,
            DateRange.startingOn(APRIL_2015));
        yield record(kind, s, "recorded the delegation to " + ccg + " as moving liability");
      }
      case UNRATIFIED -> {
        BodyId cic = BodyId.of(ccg + "-CIC");
        s.bodies.add(DecisionBody.builder().id(cic).name("Committees in common").organisation(s.ccg)
            .kind(BodyKind.COMMITTEES_IN_COMMON).build());
        s.plantedDecisions.add(defectDecision(s, cic, COMMUNITY).addAffects(s.trust).build());
        s.expect(AccountabilityRules.UNRATIFIED, sub, Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, "committees in common of " + ccg + " decided without ratification");
      }
      case CONFLICTING_DELEGATION -> {
        s.community = 0;
        s.organisations.add(jointCommittee(s, "JA"));
        s.organisations.add(jointCommittee(s, "JB"));
        s.delegations.add(delegation(ccg + "-JA" + s.index + "-community", s.ccg, OrganisationId.of("JA" + s.index),
            COMMUNITY, s.footprint, Mechanism.DELEGATION, APRIL_2016).build());
        s.delegations.add(delegation(ccg + "-JB" + s.index + "-community", s.ccg, OrganisationId.of("JB" + s.index),
            COMMUNITY, s.footprint, Mechanism.DELEGATION, APRIL_2016).build());
        s.expect(AccountabilityRules.CONFLICTING_DELEGATION,
            ccg + "-JA" + s.index + "-community|" + ccg + "-JB" + s.index + "-community", Severity.WARNING,
            DateRange.startingOn(APRIL_2016), s.areas);
        yield record(kind, s, ccg + " delegates community services twice for the same footprint");
      }
      case CHAIN_DEPTH -> {
        s.community = 0;
        OrganisationId previous = s.ccg;
        for (int k = 1; k <= 4; k++) {
          Organisation committee = jointCommittee(s, "K" + k + "-");
          s.organisations.add(committee);
          s.delegations.add(delegation(ccg + "-K" + k, previous, committee.id(), COMMUNITY, s.footprint,
              Mechanism.DELEGATION, APRIL_2016).onwardDelegationPermitted(true).build());
          previous = committee.id();
        }
        s.expect(AccountabilityRules.CHAIN_DEPTH, ccg + "-K4|" + APRIL_2016, Severity.WARNING,
            DateRange.startingOn(APRIL_2016), s.areas);
        yield record(kind, s, ccg + " delegates community services down a chain of four committees");
      }
      case DECISION_RECORD -> {
        PersonId visitor = PersonId.of(ccg + "-VIS");
        s.people.add(Person.of(visitor, "Vic " + FAMILY[(s.index + 1) % FAMILY.length]));
        List<PersonId> voters = new ArrayList<>(governingBody(s));
        voters.add(visitor);
        s.plantedDecisions.add(defectDecision(s, s.gb(), COMMUNITY).addAffects(s.trust).participants(governingBody(s))
            .voters(voters).build());
        s.expect(AccountabilityRules.DECISION_RECORD, sub + "|" + visitor, Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, "a visitor to the governing body of " + ccg + " is recorded as voting");
      }
      case UNDECLARED -> {
        s.plantedDecisions.add(defectDecision(s, s.gb(), COMMUNITY).addAffects(s.practice()).participants(governingBody(s))
            .voters(without(governingBody(s), s.person(8))).build());
        s.expect(ConflictRules.UNDECLARED, sub + "|" + s.person(8), Severity.ERROR,
            DEFECT_DAY);
        s.expect(ConflictRules.CONFLICTED_PARTICIPATION, sub + "|" + s.person(8), Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, "the GP of " + ccg + " took part in a decision on his practice without declaring");
      }
      case INDIRECT -> {
        PersonId relative = PersonId.of(ccg + "-REL");
        s.people.add(Person.of(relative, "Kit " + FAMILY[s.index % FAMILY.length]));
        s.interests.add(Interest.builder().id(InterestId.of("I-" + ccg + "-indirect")).person(s.person(7))
            .kind(InterestKind.INDIRECT).organisation(s.practice()).through(relative).period(DateRange.startingOn(APRIL_2013))
            .declared(APRIL_2013).build());
        s.plantedDecisions.add(defectDecision(s, s.gb(), COMMUNITY).addAffects(s.practice())
            .participants(without(governingBody(s), s.person(8)))
            .voters(without(governingBody(s), s.person(8), s.person(7))).addDeclarations(s.person(8))
            .addWithdrew(s.person(8)).build());
        s.expect(ConflictRules.INDIRECT, sub + "|" + s.person(7), Severity.WARNING,
            DEFECT_DAY);
        s.expect(ConflictRules.CONFLICTED_PARTICIPATION, sub + "|" + s.person(7), Severity.WARNING,
            DEFECT_DAY);
        yield record(kind, s, "a lay member of " + ccg + " took part while her relative's interest was undeclared");
      }
      case LATE_DECLARATION -> {
        OrganisationId company = OrganisationId.of("Q" + s.index);
        s.organisations.add(Organisation.of(company, s.place + " Health Ltd", OrganisationKind.OTHER));
        s.interests.add(Interest.builder().id(InterestId.of("I-" + ccg + "-late")).person(s.person(1))
            .kind(InterestKind.FINANCIAL).organisation(company).period(DateRange.startingOn(LocalDate.of(2018, 1, 1)))
            .declared(LocalDate.of(2018, 3, 1)).build());
        s.expect(ConflictRules.LATE_DECLARATION, "I-" + ccg + "-late|" + s.person(1), Severity.WARNING,
            DateRange.of(LocalDate.of(2018, 1, 30), LocalDate.of(2018, 3, 1)));
        yield record(kind, s, "the accountable officer of " + ccg + " registered an interest 59 days late");
      }
      case CONFLICTED_VOTE -> {
        s.plantedDecisions.add(defectDecision(s, s.gb(), COMMUNITY).addAffects(s.practice()).participants(governingBody(s))
            .voters(governingBody(s)).addDeclarations(s.person(8)).build());
        s.expect(ConflictRules.CONFLICTED_VOTE, sub + "|" + s.person(8), Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, "the GP of " + ccg + " declared and voted on his practice");
      }
      case CONFLICTED_PARTICIPATION -> {
        s.plantedDecisions.add(defectDecision(s, s.gb(), COMMUNITY).addAffects(s.practice()).participants(governingBody(s))
            .voters(without(governingBody(s), s.person(8))).addDeclarations(s.person(8)).build());
        s.expect(ConflictRules.CONFLICTED_PARTICIPATION, sub + "|" + s.person(8), Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, "the GP of " + ccg + " declared and stayed for the discussion");
      }
      case INQUORATE -> {
        List<PersonId> three = List.of(s.person(1), s.person(2), s.person(5));
        s.plantedDecisions.add(defectDecision(s, s.gb(), COMMUNITY).addAffects(s.practice()).participants(three)
            .voters(three).addDeclarations(s.person(8)).addWithdrew(s.person(8)).build());
        s.expect(ConflictRules.INQUORATE, sub, Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, "the governing body of " + ccg + " decided with three members once the GP withdrew");
      }
      case ESCALATION_MISSING -> {
        BodyId committee = BodyId.of(ccg + "-SUB");
        s.bodies.add(DecisionBody.builder().id(committee).name("Primary care working group").organisation(s.ccg)
            .kind(BodyKind.SUB_COMMITTEE).build());
        s.memberships.add(Membership.of(s.person(8), committee, Role.CLINICAL, Designation.GP));
        s.memberships.add(Membership.of(s.person(4), committee, Role.CLINICAL));
        s.memberships.add(Membership.of(s.person(1), committee, Role.EXECUTIVE));
        s.interests.add(Interest.builder().id(InterestId.of("I-" + ccg + "-P4")).person(s.person(4))
            .kind(InterestKind.FINANCIAL).organisation(s.practice()).period(DateRange.startingOn(APRIL_2013)).declared(APRIL_2013)
            .build());
        s.plantedDecisions.add(defectDecision(s, committee, COMMUNITY).addAffects(s.practice())
            .participants(List.of(s.person(1))).voters(List.of(s.person(1))).addDeclarations(s.person(8), s.person(4))
            .addWithdrew(s.person(8), s.person(4)).build());
        s.expect(ConflictRules.ESCALATION_MISSING, sub, Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, "two of three members of a working group of " + ccg + " were conflicted");
      }
      case CONFLICTED_CHAIR -> {
        s.interests.add(Interest.builder().id(InterestId.of("I-" + ccg + "-P5")).person(s.person(5))
            .kind(InterestKind.PROFESSIONAL).organisation(s.practice()).period(DateRange.startingOn(APRIL_2013))
            .declared(APRIL_2013).build());
        List<PersonId> others = without(governingBody(s), s.person(5), s.person(8));
        s.plantedDecisions.add(defectDecision(s, s.gb(), COMMUNITY).addAffects(s.practice()).participants(others)
            .voters(others).addDeclarations(s.person(8), s.person(5)).addWithdrew(s.person(8)).build());
        s.expect(ConflictRules.CONFLICTED_CHAIR, sub + "|" + s.person(5), Severity.WARNING,
            DEFECT_DAY);
        yield record(kind, s, "the conflicted chair of " + ccg + "'s governing body chaired the item");
      }
      case PCCC_COMPOSITION -> {
        s.mode = 1;
        s.pcccChairGp = true;
        s.expect(ConflictRules.PCCC_COMPOSITION, s.pccc().toString(), Severity.ERROR,
            DateRange.startingOn(APRIL_2013));
        yield record(kind, s, "the PCCC of " + ccg + " is chaired by its GP");
      }
      case GUARDIAN -> {
        s.guardianRemoved = true;
        s.expect(ConflictRules.GUARDIAN, ccg.toString(), Severity.WARNING,
            DateRange.startingOn(APRIL_2013));
        yield record(kind, s, ccg + " has no conflicts of interest guardian");
      }
      case LAY_SHORTFALL -> {
        s.layRemoved = true;
        s.expect(ConflictRules.LAY_SHORTFALL, s.gb().toString(), Severity.INFO,
            DateRange.startingOn(APRIL_2013));
        yield record(kind, s, "removed a lay member from the governing body of " + ccg);
      }
      case PROCUREMENT_REGISTER -> {
        s.plantedDecisions.add(defectDecision(s, s.gb(), COMMUNITY).addAffects(s.trust).participants(governingBody(s))
            .voters(governingBody(s)).procurement(true).build());
        s.expect(ConflictRules.PROCUREMENT_REGISTER, sub, Severity.WARNING,
            DEFECT_DAY);
        yield record(kind, s, "a procurement decision of " + ccg + " is not in the register");
      }
      case CONFLICTED_AWARD -> {
        s.plantedDecisions.add(defectDecision(s, s.gb(), COMMUNITY).awardedTo(s.practice()).inProcurementRegister(true)
            .participants(governingBody(s)).voters(without(governingBody(s), s.person(8)))
            .addDeclarations(s.person(8)).build());
        s.expect(ConflictRules.CONFLICTED_AWARD, sub + "|" + s.person(8), Severity.ERROR,
            DEFECT_DAY);
        s.expect(ConflictRules.CONFLICTED_PARTICIPATION, sub + "|" + s.person(8), Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, ccg + " awarded a contract to its GP's practice with the GP in the room");
      }
      case DUAL_ROLE -> {
        s.community = 1;
        BodyId board = BodyId.of("A" + s.index + "-B");
        s.bodies.add(DecisionBody.builder().id(board).name("ACO board").organisation(OrganisationId.of("A" + s.index))
            .kind(BodyKind.BOARD).build());
        s.memberships.add(Membership.of(s.person(4), board, Role.CLINICAL));
        s.expect(ConflictRules.DUAL_ROLE, s.person(4) + "|" + s.gb() + "|" + board, Severity.ERROR,
            DateRange.startingOn(APRIL_2017));
        yield record(kind, s, "the specialist on " + ccg + "'s governing body sits on the ACO's board");
      }
      case INSTITUTIONAL -> {
        s.community = 0;
        OrganisationId committee = OrganisationId.of("JC" + s.index);
        BodyId body = BodyId.of("JC" + s.index + "-B");
        s.organisations.add(jointCommittee(s, "JC"));
        s.affiliations.add(Affiliation.of(s.trust, AffiliationKind.MEMBER_OF, committee, DateRange.startingOn(APRIL_2016)));
        s.delegations.add(delegation(ccg + "-JC" + s.index + "-community", s.ccg, committee, COMMUNITY, s.footprint,
            Mechanism.JOINT_COMMITTEE, APRIL_2016).build());
        s.bodies.add(DecisionBody.builder().id(body).name("Joint committee").organisation(committee)
            .kind(BodyKind.JOINT_COMMITTEE).build());
        s.plantedDecisions.add(defectDecision(s, body, COMMUNITY).awardedTo(s.trust).inProcurementRegister(true).build());
        s.expect(ConflictRules.INSTITUTIONAL, sub + "|" + s.trust, Severity.ERROR,
            DEFECT_DAY);
        yield record(kind, s, "a joint committee awarded a contract to its member trust in " + s.place);
      }
      case INELIGIBLE_BOARD_MEMBER -> {
        OrganisationId icb = OrganisationId.of("I" + s.index);
        OrganisationId company = OrganisationId.of("PRIV" + s.index);
        BodyId board = BodyId.of("I" + s.index + "-B");
        s.organisations.add(Organisation.builder().id(icb).name("NHS " + s.place + " ICB").kind(OrganisationKind.ICB)
            .footprint(s.footprint).existence(DateRange.startingOn(JULY_2022)).build());
        s.organisations.add(Organisation.of(company, s.place + " Private Clinics Ltd", OrganisationKind.OTHER));
        s.bodies.add(DecisionBody.builder().id(board).name("ICB board").organisation(icb).kind(BodyKind.BOARD).build());
        PersonId partnerOne = PersonId.of(ccg + "-Q1");
        PersonId partnerTwo = PersonId.of(ccg + "-Q2");
        PersonId nonExecutive = PersonId.of(ccg + "-Q3");
        s.people.add(Person.of(partnerOne, "Lee " + FAMILY[(s.index + 3) % FAMILY.length]));
        s.people.add(Person.of(partnerTwo, "Max " + FAMILY[(s.index + 5) % FAMILY.length]));
        s.people.add(Person.of(nonExecutive, "Noor " + FAMILY[(s.index + 7) % FAMILY.length]));
        s.memberships.add(Membership.of(s.person(5), board, Role.CHAIR));
        s.memberships.add(Membership.of(s.person(1), board, Role.EXECUTIVE, Designation.ACCOUNTABLE_OFFICER));
        s.memberships.add(Membership.of(s.person(2), board, Role.EXECUTIVE, Designation.CHIEF_FINANCE_OFFICER));
        s.memberships.add(Membership.of(s.person(4), board, Role.EXECUTIVE, Designation.MEDICAL_DIRECTOR));
        s.memberships.add(Membership.of(s.person(3), board, Role.EXECUTIVE, Designation.REGISTERED_NURSE));
        s.memberships.add(Membership.of(s.person(6), board, Role.LAY, Designation.CONFLICTS_GUARDIAN));
        s.memberships.add(Membership.of(s.person(7), board, Role.LAY));
        s.memberships.add(Membership.of(nonExecutive, board, Role.LAY));
        s.memberships.add(Membership.of(s.person(8), board, Role.PARTNER,
            Designation.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES));
        s.memberships.add(Membership.of(partnerOne, board, Role.PARTNER, Designation.PARTNER_MEMBER_LOCAL_AUTHORITIES));
        s.memberships.add(Membership.of(partnerTwo, board, Role.PARTNER, Designation.PARTNER_MEMBER_TRUSTS));
        s.interests.add(Interest.builder().id(InterestId.of("I-" + ccg + "-priv")).person(nonExecutive)
            .kind(InterestKind.FINANCIAL).organisation(company).period(DateRange.startingOn(LocalDate.of(2022, 1, 1)))
            .declared(LocalDate.of(2022, 1, 5)).build());
        s.expect(ConflictRules.INELIGIBLE_BOARD_MEMBER, nonExecutive + "|" + board + "|I-" + ccg + "-priv", Severity.ERROR,
            DateRange.startingOn(JULY_2022));
        yield record(kind, s, "a non-executive member of the ICB board in " + s.place + " owns a private clinic");
      }
      case SELF_COMMISSIONING -> {
        s.community = 1;
        s.affiliations.add(Affiliation.of(s.trust, AffiliationKind.PART_OF, OrganisationId.of("A" + s.index),
            DateRange.startingOn(APRIL_2017)));
        s.expect(ConflictRules.SELF_COMMISSIONING, "A" + s.index + "-T" + s.index + "-sub", Severity.ERROR,
            DateRange.startingOn(APRIL_2017));
        yield record(kind, s, "the ACO of " + s.place + " sub-contracts to a trust that is part of it");
      }
      case SUCCESSION_GAP -> {
        mergedAway(s, false);
        s.expect(AccountabilityRules.SUCCESSION_GAP, "TR-O" + s.index + "|K-O" + s.index + "|commissioner",
            Severity.ERROR, DateRange.startingOn(MARCH_2020.plusDays(1)), s.areas);
        yield record(kind, s, "O" + s.index + " merged into " + ccg + " on " + MARCH_2020.plusDays(1)
            + " with a successor for primary care only, leaving its community contract with nobody");
      }
      case TRANSFER_INELIGIBLE -> {
        mergedAway(s, true);
        s.expect(AccountabilityRules.TRANSFER_INELIGIBLE, "TR-O" + s.index + "|" + s.trust, Severity.ERROR,
            DateRange.startingOn(MARCH_2020.plusDays(1)));
        yield record(kind, s, "O" + s.index + " merged into the trust " + s.trust + " on " + MARCH_2020.plusDays(1));
      }
    };
  }

  /**
   * A CCG merged away on 1 April 2020 into the slot's CCG or, when {@code ineligible}, into the slot's trust: it
   * held a community services contract with the trust, and its transfer names a successor for primary care only
   * (or, into the trust, for everything). Contracts feed no analysis, so the defect causes no other finding.
   */
  private static void mergedAway(Slot s, boolean ineligible) {
    merged(s, "O", "NHS Old " + s.place + " CCG", ineligible ? Succession.of(s.trust, s.footprint)
        : Succession.of(s.ccg, s.footprint, PMS), null);
  }

  /**
   * An older CCG, with its code's prefix, closed on 31 March 2020 and merged on 1 April 2020 with one successor:
   * it held a community services contract with the slot's trust from April 2016.
   */
  private static void merged(Slot s, String prefix, String name, Succession succession, @Nullable String instrument) {
    OrganisationId old = OrganisationId.of(prefix + s.index);
    s.organisations.add(Organisation.builder().id(old).name(name).kind(OrganisationKind.CCG)
        .footprint(s.footprint).existence(DateRange.of(APRIL_2013, MARCH_2020)).build());
    s.contracts.add(Contract.builder().id(ContractId.of("K-" + old)).commissioner(old).provider(s.trust)
        .form(ContractForm.NHS_STANDARD_CONTRACT).function(COMMUNITY).footprint(s.footprint)
        .term(DateRange.startingOn(APRIL_2016)).route(ProcurementRoute.REGULATIONS_2013).build());
    Transfer.Builder transfer = Transfer.builder().id(TransferId.of("TR-" + old)).predecessor(old)
        .date(MARCH_2020.plusDays(1)).kind(TransferKind.MERGER).addSuccessions(succession);
    if (instrument != null) {
      transfer.instrument(instrument);
    }
    s.transfers.add(transfer.build());
  }

  private boolean record(DefectKind kind, Slot s, String description) {
    defects.add(new Defect(kind, s.ccg, description, List.of()));
    return true;
  }

  // -------------------------------------------------------------------------------- assembly

  private Scenario assemble() {
    Arrangement.Builder builder = Arrangement.builder().addAllFootprints(footprints);
    List<Organisation> allOrganisations = new ArrayList<>(organisations);
    List<Affiliation> allAffiliations = new ArrayList<>(affiliations);
    builder.addFunctions(CommissioningFunction.of(PMS, "Primary medical services"),
        CommissioningFunction.builder().id(PERFORMERS).name("Performers list").parent(PMS).reserved(true).build(),
        CommissioningFunction.builder().id(CONTRACTS).name("Contract management").parent(PMS)
            .stage(CommissioningStage.CONTRACT_MANAGEMENT).build(),
        CommissioningFunction.of(COMMUNITY, "Community services"));
    // community services are held in every area of England
    builder.addExpectations(CoverageExpectation.everywhere(COMMUNITY, ENGLAND, DateRange.startingOn(APRIL_2013)));
    builder.addDuties(Duty.builder().id(DutyId.of("D-X24-pms")).holder(NHSE).function(PMS).footprint(ENGLAND)
        .period(DateRange.startingOn(APRIL_2013)).build());
    for (Slot s : slots) {
      assemble(s, builder, allOrganisations, allAffiliations);
    }
    builder.addAllOrganisations(allOrganisations).addAllAffiliations(allAffiliations);
    // expected findings are final only now (a closed CCG's findings depend on everything it holds)
    List<Defect> finalDefects = new ArrayList<>();
    for (Defect defect : defects) {
      Slot s = slots.stream().filter(x -> x.ccg.equals(defect.at())).findFirst().orElseThrow();
      finalDefects.add(new Defect(defect.kind(), defect.at(), defect.description(), s.expected));
    }
    return new Scenario(builder.build(), finalDefects, choices);
  }

  private void assemble(Slot s, Arrangement.Builder builder, List<Organisation> allOrganisations,
      List<Affiliation> allAffiliations) {
    String ccg = s.ccg.code();
    Organisation.Builder organisation = Organisation.builder().id(s.ccg).name("NHS " + s.place + " CCG")
        .kind(OrganisationKind.CCG).footprint(s.footprint);
    organisation.existence(s.closed ? DateRange.of(APRIL_2013, MARCH_2020) : DateRange.startingOn(APRIL_2013));
    allOrganisations.add(organisation.build());
    allOrganisations.add(Organisation.of(s.trust, s.place + " Community NHS Trust", OrganisationKind.NHS_TRUST));
    if (s.community == 3 && !s.closed) {
      // the CCG took over a community contract from an older CCG merged into it on 1 April 2020, by transfer
      merged(s, "M", "NHS Former " + s.place + " CCG", Succession.of(s.ccg, s.footprint),
          "CCG merger approved by NHS England (illustrative)");
    }
    allOrganisations.addAll(s.organisations);
    allAffiliations.addAll(s.affiliations);
    List<Duty> duties = new ArrayList<>(s.duties);
    List<Delegation> delegations = new ArrayList<>(s.delegations);
    List<Contract> contracts = new ArrayList<>(s.contracts);
    if (!s.dutyRemoved) {
      duties.add(Duty.builder().id(DutyId.of("D-" + ccg + "-community")).holder(s.ccg).function(COMMUNITY)
          .footprint(s.footprint).period(DateRange.startingOn(APRIL_2013)).build());
    }
    if (s.mode == 1) {
      Delegation.Builder delegated = delegation("X24-" + ccg + "-pms", NHSE, s.ccg, PMS, s.footprint,
          Mechanism.DELEGATION, APRIL_2015).liabilityTransferRecorded(s.liability);
      if (s.reservedNotKeptBack) {
        delegated.keptBack(List.of());
      }
      delegations.add(delegated.build());
    } else if (s.mode == 2) {
      OrganisationId committee = OrganisationId.of("J" + s.index);
      allOrganisations.add(Organisation.of(committee, "NHS England and " + s.place + " CCG joint committee",
          OrganisationKind.JOINT_COMMITTEE));
      allAffiliations.add(Affiliation.of(s.ccg, AffiliationKind.MEMBER_OF, committee, DateRange.startingOn(APRIL_2015)));
      delegations.add(delegation("X24-J" + s.index + "-pms", NHSE, committee, PMS, s.footprint,
          Mechanism.JOINT_COMMITTEE, APRIL_2015).build());
    }
    if (s.community == 1) {
      OrganisationId aco = OrganisationId.of("A" + s.index);
      allOrganisations.add(Organisation.of(aco, s.place + " Care Partnership", OrganisationKind.ACO));
      ContractId prime = ContractId.of(ccg + "-A" + s.index + "-prime");
      contracts.add(Contract.builder().id(prime).commissioner(s.ccg).provider(aco)
              .form(ContractForm.POPULATION_CONTRACT).function(COMMUNITY).footprint(s.footprint)
              .term(DateRange.startingOn(APRIL_2017)).route(ProcurementRoute.REGULATIONS_2013).build());
      contracts.add(Contract.builder().id(ContractId.of("A" + s.index + "-T" + s.index + "-sub")).commissioner(aco)
              .provider(s.trust).form(ContractForm.SUB_CONTRACT).function(COMMUNITY).footprint(s.footprint)
              .term(DateRange.startingOn(APRIL_2017)).prime(prime).build());
    } else if (s.community == 2) {
      OrganisationId council = OrganisationId.of("LA" + s.index);
      allOrganisations.add(Organisation.of(council, s.place + " Council", OrganisationKind.LOCAL_AUTHORITY,
          s.footprint));
      delegations.add(delegation(ccg + "-LA" + s.index + "-s75", s.ccg, council, COMMUNITY, s.footprint,
          Mechanism.LEAD_COMMISSIONING, APRIL_2016).build());
    }
    if (s.closed) {
      for (Duty d : duties) {
        if (d.holder().equals(s.ccg)) {
          s.expect(AccountabilityRules.DISSOLVED, ccg + "|" + d.id() + "|after", Severity.ERROR,
            DateRange.startingOn(MARCH_2020.plusDays(1)));
        }
      }
      for (Delegation d : delegations) {
        if (d.delegator().equals(s.ccg) || d.delegate().equals(s.ccg)) {
          s.expect(AccountabilityRules.DISSOLVED, ccg + "|" + d.id() + "|after", Severity.ERROR,
            DateRange.startingOn(MARCH_2020.plusDays(1)));
        }
      }
      for (Contract c : contracts) {
        if (c.commissioner().equals(s.ccg) || c.provider().equals(s.ccg)) {
          s.expect(AccountabilityRules.DISSOLVED, ccg + "|" + c.id() + "|after", Severity.ERROR,
            DateRange.startingOn(MARCH_2020.plusDays(1)));
        }
      }
    }
    builder.addAllDuties(duties).addAllDelegations(delegations).addAllContracts(contracts)
        .addAllTransfers(s.transfers);

    // people, bodies, memberships
    for (int n = 1; n <= 8; n++) {
      String given = GIVEN[(n - 1 + s.index) % GIVEN.length];
      builder.addPeople(Person.of(s.person(n), (n == 8 ? "Dr " : "") + given.replace("Dr ", "") + " "
          + FAMILY[(s.index * 3 + n) % FAMILY.length]));
    }
    builder.addAllPeople(s.people);
    builder.addBodies(DecisionBody.builder().id(s.gb()).name("Governing body of " + s.place + " CCG")
        .organisation(s.ccg).kind(BodyKind.GOVERNING_BODY).quorum(4).build());
    builder.addMemberships(Membership.of(s.person(1), s.gb(), Role.EXECUTIVE, Designation.ACCOUNTABLE_OFFICER),
        Membership.of(s.person(2), s.gb(), Role.EXECUTIVE, Designation.CHIEF_FINANCE_OFFICER),
        Membership.of(s.person(4), s.gb(), Role.CLINICAL, Designation.SECONDARY_CARE_SPECIALIST),
        s.guardianRemoved ? Membership.of(s.person(5), s.gb(), Role.CHAIR, Designation.LAY_AUDIT)
            : Membership.of(s.person(5), s.gb(), Role.CHAIR, Designation.LAY_AUDIT, Designation.CONFLICTS_GUARDIAN),
        Membership.of(s.person(6), s.gb(), Role.LAY, Designation.LAY_PATIENT_AND_PUBLIC),
        Membership.of(s.person(8), s.gb(), Role.CLINICAL, Designation.GP));
    if (!s.nurseRemoved) {
      builder.addMemberships(Membership.of(s.person(3), s.gb(), Role.CLINICAL, Designation.REGISTERED_NURSE));
    }
    if (!s.layRemoved) {
      builder.addMemberships(Membership.of(s.person(7), s.gb(), Role.LAY));
    }
    List<PersonId> pccc = new ArrayList<>();
    if (s.mode == 1) {
      builder.addBodies(DecisionBody.builder().id(s.pccc()).name("Primary care commissioning committee of " + s.place)
          .organisation(s.ccg).kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(2).addRemit(PMS).build());
      if (s.pcccChairGp) {
        builder.addMemberships(Membership.of(s.person(8), s.pccc(), Role.CHAIR, Designation.GP));
      } else {
        builder.addMemberships(Membership.of(s.person(6), s.pccc(), Role.CHAIR),
            Membership.of(s.person(8), s.pccc(), Role.CLINICAL, Designation.GP));
        pccc.add(s.person(6));
      }
      builder.addMemberships(Membership.of(s.person(1), s.pccc(), Role.EXECUTIVE, Designation.ACCOUNTABLE_OFFICER),
          Membership.of(s.person(2), s.pccc(), Role.EXECUTIVE));
      pccc.add(s.person(1));
      pccc.add(s.person(2));
    }
    builder.addAllBodies(s.bodies).addAllMemberships(s.memberships);

    // interests: the GP is a partner of the CCG's first practice, registered the day it arose
    builder.addInterests(Interest.builder().id(InterestId.of("I-" + ccg + "-P8")).person(s.person(8))
        .kind(InterestKind.FINANCIAL).organisation(s.practice()).period(DateRange.startingOn(APRIL_2013)).declared(APRIL_2013)
        .build());
    builder.addAllInterests(s.interests);

    // the day-to-day decisions: the conflicted GP declares and withdraws
    for (int j = 1; j <= s.decisions; j++) {
      Decision.Builder decision = Decision.builder().id(DecisionId.of(ccg + "-D" + j)).date(JUNE_2021.plusDays(7L * j));
      if (s.mode == 1) {
        decision.title("Practice merger " + j + " in " + s.place).body(s.pccc()).function(CONTRACTS)
            .addAffects(s.practice()).participants(pccc).voters(pccc).addDeclarations(s.person(8))
            .addWithdrew(s.person(8));
      } else {
        List<PersonId> members = governingBody(s);
        decision.title("Community services plan " + j + " for " + s.place).body(s.gb()).function(COMMUNITY)
            .addAffects(s.trust).participants(members).voters(members);
      }
      builder.addDecisions(decision.build());
    }
    builder.addAllDecisions(s.plantedDecisions);
  }
}
