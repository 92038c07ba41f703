package io.github.commissioning.rules;

import io.github.commissioning.accountability.DelegationState;
import io.github.commissioning.accountability.Span;
import io.github.commissioning.geography.AreaSet;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.EscalationKind;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Period;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The standard conflict-of-interest rules: DOMAIN section 7, rules 20–38, as far as the model expresses
 * them, and self-commissioning.
 * <p>
 * Severity follows the guidance: a financial interest (or one of kind indirect) gives the rule's
 * severity, a non-financial one the next lower, and an interest held through a close associate one
 * lower again. Rules with an unverified policy (the PCCC's composition) are obtained configured from a
 * factory here.
 */
public final class ConflictRules {

  /** A conflicted decision-maker who did not declare the interest at the meeting (DOMAIN 20). */
  public static final String UNDECLARED = "COI-UNDECLARED";
  /** An undeclared interest held through a close associate (DOMAIN 33). */
  public static final String INDIRECT = "COI-INDIRECT";
  /** An interest registered more than 28 days after it arose, or not at all (DOMAIN 21). */
  public static final String LATE_DECLARATION = "COI-LATE-DECLARATION";
  /** A conflicted member voted (DOMAIN 22). */
  public static final String CONFLICTED_VOTE = "COI-CONFLICTED-VOTE";
  /** A conflicted member took part in the discussion (DOMAIN 23). */
  public static final String CONFLICTED_PARTICIPATION = "COI-CONFLICTED-PARTICIPATION";
  /** Inquorate once conflicted members are excluded, with no escalation (DOMAIN 24). */
  public static final String INQUORATE = "COI-INQUORATE";
  /** More than half the members conflicted and nothing recorded of how it was handled (DOMAIN 25). */
  public static final String ESCALATION_MISSING = "COI-ESCALATION-MISSING";
  /** A conflicted chair chaired the item (DOMAIN 26). */
  public static final String CONFLICTED_CHAIR = "COI-CONFLICTED-CHAIR";
  /** A PCCC without a lay chair or a lay and executive majority, or with a GP majority (DOMAIN 27). */
  public static final String PCCC_COMPOSITION = "COI-PCCC-COMPOSITION";
  /** No conflicts guardian, or a guardian who is not independent (DOMAIN 28). */
  public static final String GUARDIAN = "COI-GUARDIAN";
  /** A CCG governing body with fewer than 3 lay members (DOMAIN 29). */
  public static final String LAY_SHORTFALL = "COI-LAY-SHORTFALL";
  /** A procurement decision missing from the register of procurement decisions (DOMAIN 30). */
  public static final String PROCUREMENT_REGISTER = "COI-PROCUREMENT-REGISTER";
  /** A contract awarded to a provider in which a decision-maker has a financial interest (DOMAIN 31). */
  public static final String CONFLICTED_AWARD = "COI-CONFLICTED-AWARD";
  /** One person on the commissioner's decision body and a contracted provider's board (DOMAIN 32). */
  public static final String DUAL_ROLE = "COI-DUAL-ROLE";
  /** An organisation on a joint body deciding its own contract (DOMAIN 34). */
  public static final String INSTITUTIONAL = "COI-INSTITUTIONAL";
  /** An ICB board member with a financial interest in a private provider (DOMAIN 37). */
  public static final String INELIGIBLE_BOARD_MEMBER = "COI-INELIGIBLE-BOARD-MEMBER";
  /** An organisation commissioning what it provides, or sub-contracting to an affiliate. */
  public static final String SELF_COMMISSIONING = "COI-SELF-COMMISSIONING";

  /** The days within which an interest must be registered (s14O; the 2017 guidance). */
  public static final int DECLARATION_DAYS = 28;

  private ConflictRules() {
  }

  /**
   * Returns every standard conflict-of-interest rule, with default policies.
   *
   * @return the rules, in id order
   */
  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(List.of(new Undeclared(false), new Undeclared(true), new LateDeclaration(),
        new ConflictedVote(), new ConflictedParticipation(), new Inquorate(), new EscalationMissing(),
        new ConflictedChair(), pcccComposition(PcccPolicy.standard()), new Guardian(), new LayShortfall(),
        new ProcurementRegister(), new ConflictedAward(), new DualRole(), new Institutional(),
        new IneligibleBoardMember(), new SelfCommissioning()));
    rules.sort(java.util.Comparator.comparing(Rule::id));
    return List.copyOf(rules);
  }

  /**
   * Returns the PCCC composition rule with a policy.
   *
   * @param policy the policy, not null
   * @return the rule, with id {@value #PCCC_COMPOSITION}
   */
  public static Rule pcccComposition(PcccPolicy policy) {
    return new PcccComposition(Objects.requireNonNull(policy, "policy"));
  }

  // ---------------------------------------------------------------------------------------------

  static String decisionName(Analysis analysis, Decision decision) {
    return "decision '" + decision.title() + "' (" + decision.id() + ") of " + analysis.name(decision.body()) + " on "
        + decision.date();
  }

  /** "decision 'X' (D1) of …" at the start of a sentence. */
  static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static Severity strongest(List<Conflict> conflicts, Severity financial) {
    Severity best = Severity.INFO;
    for (Conflict c : conflicts) {
      if (c.severity(financial).compareTo(best) < 0) {
        best = c.severity(financial);
      }
    }
    return best;
  }

  private static List<String> evidence(Analysis analysis, List<Conflict> conflicts) {
    List<String> lines = new ArrayList<>();
    conflicts.forEach(c -> lines.add(c.describe(analysis)));
    return lines;
  }

  /** The first conflict, in short: "a financial interest in Stockton GP Federation (FED1)". */
  private static String summary(Analysis analysis, List<Conflict> conflicts) {
    Interest i = conflicts.get(0).interest();
    String text = (i.kind() == InterestKind.INDIRECT ? "an indirect" : "a " + Facts.words(i.kind())) + " interest in "
        + analysis.name(i.organisation()) + i.through().map(p -> " held through " + analysis.name(p)).orElse("");
    return conflicts.size() == 1 ? text : text + " and " + (conflicts.size() - 1) + " more";
  }

  /** A rule judging each person taking part in each decision against their conflicts. */
  private abstract static class PerPersonPerDecision extends BaseRule {
    PerPersonPerDecision(String id, String title, String rationale, Severity severity) {
      super(id, title, rationale, severity);
    }

    abstract SortedSet<PersonId> candidates(Decision decision);

    abstract List<Conflict> relevant(Decision decision, PersonId person, List<Conflict> conflicts);

    abstract String message(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts);

    Severity base() {
      return Severity.ERROR;
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      DecisionFacts facts = DecisionFacts.of(analysis);
      List<Finding> findings = new ArrayList<>();
      List<Decision> decisions = analysis.arrangement().decisions();
      for (int i = 0; i < decisions.size(); i++) {
        DecisionFacts.Entry entry = facts.at(i);
        if (entry.conflicts.isEmpty()) {
          continue;
        }
        Decision decision = decisions.get(i);
        for (PersonId person : candidates(decision)) {
          List<Conflict> conflicts = relevant(decision, person, entry.conflictsOf(person));
          if (!conflicts.isEmpty()) {
            findings.add(Finding.builder(this).subjects(decision.id(), person)
                .severity(strongest(conflicts, base()))
                .period(Period.of(decision.date(), decision.date()))
                .message(message(analysis, decision, person, conflicts))
                .evidence(evidence(analysis, conflicts)).build());
          }
        }
      }
      return findings;
    }
  }

  private static final class Undeclared extends PerPersonPerDecision {
    private final boolean indirect;

    Undeclared(boolean indirect) {
      super(indirect ? INDIRECT : UNDECLARED,
          indirect ? "Undeclared interest of a close associate" : "Conflict not declared at the meeting",
          indirect
              ? "An interest held by a relative, close friend or business partner of a decision-maker is an indirect "
                  + "interest and must be declared too; it weighs one level less [S4, S5]"
              : "Interests are declared at the start of the meeting, so that the chair can manage them; an "
                  + "undeclared conflict affects, or appears to affect, the integrity of the decision [S6, S7]",
          indirect ? Severity.WARNING : Severity.ERROR);
      this.indirect = indirect;
    }

    @Override
    SortedSet<PersonId> candidates(Decision decision) {
      SortedSet<PersonId> people = Facts.takingPart(decision);
      people.removeAll(decision.declarations());
      return people;
    }

    @Override
    List<Conflict> relevant(Decision decision, PersonId person, List<Conflict> conflicts) {
      return conflicts.stream().filter(c -> c.isIndirect() == indirect).toList();
    }

    @Override
    String message(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts) {
      return analysis.name(person) + " took part in " + decisionName(analysis, decision) + " without declaring "
          + summary(analysis, conflicts) + ", which the decision reaches; declare interests at the start of the item "
          + "and record how they were managed";
    }
  }

  private static final class LateDeclaration extends BaseRule {
    LateDeclaration() {
      super(LATE_DECLARATION, "Interest registered late or not at all",
          "A CCG makes sure interests are declared and recorded within " + DECLARATION_DAYS + " days (NHS Act 2006 "
              + "s14O) [S6]",
          Severity.WARNING);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      List<Finding> findings = new ArrayList<>();
      for (Interest interest : analysis.arrangement().interests()) {
        LocalDate arose = interest.period().start();
        if (arose.equals(LocalDate.MIN)) {
          continue;
        }
        LocalDate due = arose.plusDays(DECLARATION_DAYS);
        Optional<LocalDate> declared = interest.declared();
        String problem = null;
        if (declared.isPresent() && declared.get().isAfter(due)) {
          problem = "was registered on " + declared.get() + ", "
              + java.time.temporal.ChronoUnit.DAYS.between(arose, declared.get()) + " days after it arose on " + arose;
        } else if (declared.isEmpty() && analysis.asOf().isAfter(due)) {
          problem = "arose on " + arose + " and was still not registered on " + analysis.asOf();
        }
        if (problem != null) {
          findings.add(Finding.builder(this).subjects(interest.id(), interest.person())
              .period(Period.of(due.plusDays(1), declared.orElse(analysis.asOf())))
              .message(analysis.name(interest.person()) + "'s " + Facts.words(interest.kind()) + " interest in "
                  + analysis.name(interest.organisation()) + " " + problem + "; interests are registered within "
                  + DECLARATION_DAYS + " days")
              .build());
        }
      }
      return findings;
    }
  }

  private static final class ConflictedVote extends PerPersonPerDecision {
    ConflictedVote() {
      super(CONFLICTED_VOTE, "Conflicted member voted",
          "A member with a material interest is excluded from the item or joins the discussion without voting; "
              + "they never vote [S9]",
          Severity.ERROR);
    }

    @Override
    SortedSet<PersonId> candidates(Decision decision) {
      return new TreeSet<>(decision.voters());
    }

    @Override
    List<Conflict> relevant(Decision decision, PersonId person, List<Conflict> conflicts) {
      return conflicts;
    }

    @Override
    String message(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts) {
      return analysis.name(person) + " voted on " + decisionName(analysis, decision) + " while conflicted by "
          + summary(analysis, conflicts) + "; a conflicted member does not vote: take the vote again without them";
    }
  }

  private static final class ConflictedParticipation extends PerPersonPerDecision {
    ConflictedParticipation() {
      super(CONFLICTED_PARTICIPATION, "Conflicted member took part in the discussion",
          "The 2016 and 2017 guidance strengthened the 2014 text: a member with a financial conflict is excluded "
              + "from the discussion as well as the vote [S2, S9]",
          Severity.ERROR);
    }

    @Override
    SortedSet<PersonId> candidates(Decision decision) {
      TreeSet<PersonId> people = new TreeSet<>(decision.participants());
      people.removeAll(decision.voters());
      people.removeAll(decision.withdrew());
      return people;
    }

    @Override
    List<Conflict> relevant(Decision decision, PersonId person, List<Conflict> conflicts) {
      return conflicts;
    }

    @Override
    String message(Analysis analysis, Decision decision, PersonId person, List<Conflict> conflicts) {
      return analysis.name(person) + " took part in the discussion of " + decisionName(analysis, decision)
          + " while conflicted by " + summary(analysis, conflicts) + "; the chair should have excluded them from "
          + "the item";
    }
  }

  private static final class ConflictedAward extends BaseRule {
    ConflictedAward() {
      super(CONFLICTED_AWARD, "Contract awarded to a provider a decision-maker has a financial interest in",
          "An award must not be made where conflicts affect, or appear to affect, its integrity (procurement "
              + "regulations 2013, reg. 6; the Provider Selection Regime 2023) [S37]; a 2015 investigation found "
              + "£2.4bn of contracts awarded to organisations in which board members had interests [S12]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      InterestIndex index = InterestIndex.of(analysis);
      List<Finding> findings = new ArrayList<>();
      for (Decision decision : analysis.arrangement().decisions()) {
        if (decision.awardedTo().isEmpty()) {
          continue;
        }
        OrganisationId provider = decision.awardedTo().get();
        for (PersonId person : Facts.takingPart(decision)) {
          List<Conflict> conflicts = index.conflictsWith(person, decision, provider).stream()
              .filter(c -> c.interest().kind() == InterestKind.FINANCIAL || c.interest().kind() == InterestKind.INDIRECT)
              .toList();
          if (!conflicts.isEmpty()) {
            findings.add(Finding.builder(this).subjects(decision.id(), person)
                .severity(strongest(conflicts, Severity.ERROR)).period(Period.of(decision.date(), decision.date()))
                .message(analysis.name(person) + " took part in " + decisionName(analysis, decision)
                    + ", which awarded a contract to " + analysis.name(provider) + ", while holding "
                    + summary(analysis, conflicts) + "; make the award again without conflicted decision-makers")
                .evidence(evidence(analysis, conflicts)).build());
          }
        }
      }
      return findings;
    }
  }

  private static final class Inquorate extends BaseRule {
    Inquorate() {
      super(INQUORATE, "Inquorate once conflicted members are excluded",
          "A decision needs a quorum of unconflicted voting members; when conflicts leave too few, the item is "
              + "deferred, referred to a body that can be quorate, or permitted members are co-opted (the "
              + "escalation path is from the guidance as recalled, unverified)",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      List<Finding> findings = new ArrayList<>();
      DecisionFacts facts = DecisionFacts.of(analysis);
      List<Decision> decisions = analysis.arrangement().decisions();
      for (int i = 0; i < decisions.size(); i++) {
        DecisionFacts.Entry attendance = facts.at(i);
        if (attendance.conflicted.isEmpty()) {
          continue;
        }
        Decision decision = decisions.get(i);
        if (decision.escalation().map(e -> e == EscalationKind.DEFERRED || e == EscalationKind.REFERRED).orElse(false)) {
          continue;
        }
        DecisionBody body = analysis.arrangement().body(decision.body()).orElseThrow();
        if (attendance.remaining.size() >= body.quorum()) {
          continue;
        }
        List<String> conflicted = new ArrayList<>();
        attendance.conflicted.forEach(p -> conflicted.add(analysis.name(p)));
        findings.add(Finding.builder(this).subjects(decision.id())
            .period(Period.of(decision.date(), decision.date()))
            .message(capitalised(decisionName(analysis, decision)) + " stands with " + attendance.remaining.size()
                + " unconflicted voting member" + (attendance.remaining.size() == 1 ? "" : "s") + ", below its quorum of "
                + body.quorum() + ", once " + Facts.joinAnd(conflicted) + (conflicted.size() == 1 ? " is" : " are")
                + " excluded, and no deferral, referral or "
                + "co-option is recorded; defer it, refer it to a body that can be quorate, or co-opt permitted members")
            .evidence("voting members present: " + attendance.present, "conflicted: " + attendance.conflicted,
                "unconflicted and co-opted: " + attendance.remaining, "quorum of " + body.id() + ": " + body.quorum())
            .build());
      }
      return findings;
    }
  }

  private static final class EscalationMissing extends BaseRule {
    EscalationMissing() {
      super(ESCALATION_MISSING, "Most members conflicted and no record of how it was handled",
          "When more than half the members must withdraw, the chair decides whether the item proceeds, with the "
              + "conflicts guardian; the record says what was decided (guidance as recalled, unverified)",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      List<Finding> findings = new ArrayList<>();
      DecisionFacts facts = DecisionFacts.of(analysis);
      List<Decision> decisions = analysis.arrangement().decisions();
      for (int i = 0; i < decisions.size(); i++) {
        DecisionFacts.Entry attendance = facts.at(i);
        Decision decision = decisions.get(i);
        if (decision.escalation().isPresent()) {
          continue;
        }
        if (!attendance.conflicted.isEmpty() && attendance.conflicted.size() * 2 > attendance.present.size()) {
          findings.add(Finding.builder(this).subjects(decision.id())
              .period(Period.of(decision.date(), decision.date()))
              .message(attendance.conflicted.size() + " of the " + attendance.present.size() + " voting members present "
                  + "at " + decisionName(analysis, decision) + " were conflicted, more than half, and no chair's "
                  + "decision, deferral, referral or co-option is recorded; record how the item was handled")
              .evidence("voting members present: " + attendance.present, "conflicted: " + attendance.conflicted)
              .build());
        }
      }
      return findings;
    }
  }

  private static final class ConflictedChair extends BaseRule {
    ConflictedChair() {
      super(CONFLICTED_CHAIR, "Conflicted chair chaired the item",
          "The chair decides how conflicts are managed; a conflicted chair hands the item to an unconflicted "
              + "vice-chair or member [S9]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      DecisionFacts facts = DecisionFacts.of(analysis);
      List<Finding> findings = new ArrayList<>();
      List<Decision> decisions = analysis.arrangement().decisions();
      for (int i = 0; i < decisions.size(); i++) {
        DecisionFacts.Entry entry = facts.at(i);
        if (entry.conflicts.isEmpty()) {
          continue;
        }
        Decision decision = decisions.get(i);
        Optional<PersonId> chair = entry.chair;
        if (chair.isEmpty() || decision.withdrew().contains(chair.get())) {
          continue;
        }
        List<Conflict> conflicts = entry.conflictsOf(chair.get());
        if (!conflicts.isEmpty()) {
          findings.add(Finding.builder(this).subjects(decision.id(), chair.get())
              .severity(strongest(conflicts, Severity.ERROR)).period(Period.of(decision.date(), decision.date()))
              .message(analysis.name(chair.get()) + " chaired " + decisionName(analysis, decision)
                  + " while conflicted by " + summary(analysis, conflicts) + "; an unconflicted vice-chair or member "
                  + "should chair the item")
              .evidence(evidence(analysis, conflicts)).build());
        }
      }
      return findings;
    }
  }

  /** Whether a person sits as a lay member: a lay role or a lay post, on this or another body of the organisation. */
  private static boolean isLay(Analysis analysis, PersonId person, OrganisationId organisation, LocalDate date) {
    for (Membership m : Facts.of(analysis).membershipsByPerson.getOrDefault(person, List.of())) {
      if (m.period().contains(date)
          && (m.role() == Role.LAY || m.designations().contains(Designation.LAY_AUDIT)
              || m.designations().contains(Designation.LAY_PATIENT_AND_PUBLIC))
          && analysis.arrangement().body(m.body()).map(b -> b.organisation().equals(organisation)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static final class PcccComposition extends BaseRule {
    private final PcccPolicy policy;

    PcccComposition(PcccPolicy policy) {
      super(PCCC_COMPOSITION, "PCCC without a lay chair or a lay and executive majority",
          "A primary care commissioning committee has a lay chair and a lay and executive majority, so that GPs "
              + "do not decide their own contracts (guidance as recalled, unverified; a configurable policy: "
              + policy + ")",
          Severity.ERROR);
      this.policy = policy;
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      for (DecisionBody body : arrangement.bodies()) {
        if (body.kind() != BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE) {
          continue;
        }
        Organisation organisation = arrangement.organisation(body.organisation()).orElseThrow();
        Optional<Period> window = body.period().intersection(organisation.existence());
        if (window.isEmpty()) {
          continue;
        }
        List<Membership> members = Facts.of(analysis).membershipsByBody.getOrDefault(body.id(), List.of());
        for (Map.Entry<Period, String> piece : Facts.overMemberships(window.get(), members,
            active -> breach(analysis, organisation.id(), active))) {
          Period period = piece.getKey();
          findings.add(Finding.builder(this).subjects(body.id()).discriminator(Facts.startKey(period)).period(period)
              .message(analysis.name(body.id()) + " of " + analysis.name(organisation.id()) + " " + piece.getValue() + " "
                  + Facts.when(period) + "; appoint a lay chair and enough lay and executive members")
              .evidence("policy: " + policy).build());
        }
      }
      return findings;
    }

    private String breach(Analysis analysis, OrganisationId organisation, List<Membership> active) {
      if (active.isEmpty()) {
        return null;
      }
      LocalDate date = active.stream().map(m -> m.period().start()).max(LocalDate::compareTo).orElseThrow();
      List<String> breaches = new ArrayList<>();
      List<Membership> voting = active.stream().filter(Membership::isVoting).toList();
      Optional<Membership> chair = active.stream().filter(m -> m.role() == Role.CHAIR).findFirst();
      if (policy.requiresLayChair()
          && (chair.isEmpty() || !isLay(analysis, chair.get().person(), organisation, date))) {
        breaches.add(chair.isEmpty() ? "has no chair" : "is chaired by " + analysis.name(chair.get().person())
            + ", who is not a lay member");
      }
      long layOrExecutive = voting.stream().filter(m -> m.role() == Role.LAY || m.role() == Role.EXECUTIVE
          || (m.role() == Role.CHAIR && isLay(analysis, m.person(), organisation, date))).count();
      if (policy.requiresLayAndExecutiveMajority() && layOrExecutive * 2 <= voting.size()) {
        breaches.add("has " + layOrExecutive + " lay and executive members of " + voting.size() + " voting, not a majority");
      }
      long clinical = voting.stream().filter(m -> m.role() == Role.CLINICAL || m.designations().contains(Designation.GP))
          .count();
      if (policy.forbidsGpMajority() && clinical * 2 > voting.size()) {
        breaches.add("gives GPs and clinical members " + clinical + " of " + voting.size() + " votes, a majority");
      }
      return breaches.isEmpty() ? null : String.join(", ", breaches);
    }
  }

  private static final class Guardian extends BaseRule {
    Guardian() {
      super(GUARDIAN, "No independent conflicts of interest guardian",
          "Each CCG designates a conflicts of interest guardian, normally the audit chair [S2, S11]; the guardian "
              + "should not chair the PCCC (unverified), and an ICB's audit chair is not its deputy chair [S34]",
          Severity.WARNING);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      Map<OrganisationId, List<DecisionBody>> bodiesByOrganisation = new TreeMap<>();
      arrangement.bodies().forEach(b -> bodiesByOrganisation.computeIfAbsent(b.organisation(), k -> new ArrayList<>()).add(b));
      List<Finding> findings = new ArrayList<>();
      bodiesByOrganisation.forEach((id, bodies) -> {
        Organisation organisation = arrangement.organisation(id).orElseThrow();
        if (organisation.kind() != OrganisationKind.CCG && organisation.kind() != OrganisationKind.ICB) {
          return;
        }
        List<Membership> members = new ArrayList<>();
        bodies.forEach(b -> members.addAll(Facts.of(analysis).membershipsByBody.getOrDefault(b.id(), List.of())));
        for (Map.Entry<Period, String> piece : Facts.overMemberships(organisation.existence(), members,
            active -> problem(analysis, active))) {
          Period period = piece.getKey();
          findings.add(Finding.builder(this).subjects(id).discriminator(Facts.startKey(period)).period(period)
              .message(analysis.name(id) + " " + piece.getValue() + " " + Facts.when(period)
                  + "; designate an independent conflicts of interest guardian, normally the audit chair")
              .build());
        }
      });
      return findings;
    }

    private static String problem(Analysis analysis, List<Membership> active) {
      Set<PersonId> guardians = new TreeSet<>();
      active.stream().filter(m -> m.designations().contains(Designation.CONFLICTS_GUARDIAN)).forEach(m -> guardians.add(m.person()));
      if (guardians.isEmpty()) {
        return "has no conflicts of interest guardian";
      }
      List<String> problems = new ArrayList<>();
      for (Membership m : active) {
        DecisionBody body = analysis.arrangement().body(m.body()).orElseThrow();
        if (m.role() == Role.CHAIR && guardians.contains(m.person())
            && body.kind() == BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE) {
          problems.add("has its conflicts guardian " + analysis.name(m.person()) + " chairing " + analysis.name(body.id()));
        }
        if (m.designations().contains(Designation.LAY_AUDIT) && m.designations().contains(Designation.VICE_CHAIR)
            && body.kind() == BodyKind.BOARD) {
          problems.add("has its audit chair " + analysis.name(m.person()) + " as deputy chair of " + analysis.name(body.id()));
        }
      }
      return problems.isEmpty() ? null : String.join(", ", problems);
    }
  }

  private static final class LayShortfall extends BaseRule {
    LayShortfall() {
      super(LAY_SHORTFALL, "Too few lay members on the governing body",
          "The guidance recommends at least 3 lay members on a CCG governing body, all attending the PCCC [S2, S3]; "
              + "the regulations require 2 (SI 2012/1631 reg. 11) [S36]",
          Severity.INFO);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      for (DecisionBody body : arrangement.bodies()) {
        Organisation organisation = arrangement.organisation(body.organisation()).orElseThrow();
        Optional<Period> window = body.period().intersection(organisation.existence());
        if (body.kind() != BodyKind.GOVERNING_BODY || organisation.kind() != OrganisationKind.CCG || window.isEmpty()) {
          continue;
        }
        List<Membership> members = Facts.of(analysis).membershipsByBody.getOrDefault(body.id(), List.of());
        for (Map.Entry<Period, Long> piece : Facts.overMemberships(window.get(), members, active -> {
          long lay = active.stream().filter(m -> m.role() == Role.LAY || m.designations().contains(Designation.LAY_AUDIT)
              || m.designations().contains(Designation.LAY_PATIENT_AND_PUBLIC)).count();
          return lay < 3 ? lay : null;
        })) {
          Period period = piece.getKey();
          long lay = piece.getValue();
          findings.add(Finding.builder(this).subjects(body.id()).discriminator(Facts.startKey(period)).period(period)
              .severity(lay < 2 ? Severity.ERROR : defaultSeverity())
              .message(analysis.name(body.id()) + " of " + analysis.name(organisation.id()) + " has " + lay + " lay member"
                  + (lay == 1 ? "" : "s") + " " + Facts.when(period) + ", fewer than "
                  + (lay < 2 ? "the 2 the regulations require" : "the 3 the guidance recommends")
                  + "; appoint lay members")
              .build());
        }
      }
      return findings;
    }
  }

  private static final class ProcurementRegister extends BaseRule {
    ProcurementRegister() {
      super(PROCUREMENT_REGISTER, "Procurement decision missing from the register",
          "Each procurement decision is entered in the register of procurement decisions with who took part and "
              + "how conflicts were handled [S8]",
          Severity.WARNING);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      List<Finding> findings = new ArrayList<>();
      for (Decision decision : analysis.arrangement().decisions()) {
        if ((decision.isProcurement() || decision.awardedTo().isPresent()) && !decision.isInProcurementRegister()) {
          findings.add(Finding.builder(this).subjects(decision.id()).period(Period.of(decision.date(), decision.date()))
              .message(capitalised(decisionName(analysis, decision)) + " is a procurement decision"
                  + decision.awardedTo().map(o -> " awarding a contract to " + analysis.name(o)).orElse("")
                  + " but is not in the register of procurement decisions; enter it, with who took part and how "
                  + "conflicts were handled")
              .build());
        }
      }
      return findings;
    }
  }

  private static final class DualRole extends BaseRule {
    DualRole() {
      super(DUAL_ROLE, "One person on both sides of a contract",
          "A person on a commissioner's decision body who also sits on the board of a provider, ACO or prime "
              + "contractor the commissioner contracts cannot be impartial [S1 Annex K, S12]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      // contracts: commissioner → provider, with when
      // contracts: commissioner → provider → the contracts between them
      Map<OrganisationId, Map<OrganisationId, List<Delegation>>> contractsBy = new HashMap<>();
      for (Delegation d : arrangement.delegations()) {
        if (d.mechanism() == Mechanism.PRIME_CONTRACT || d.mechanism() == Mechanism.SUB_CONTRACT) {
          contractsBy.computeIfAbsent(d.delegator(), k -> new HashMap<>())
              .computeIfAbsent(d.delegate(), k -> new ArrayList<>()).add(d);
        }
      }
      Map<PersonId, List<Membership>> byPerson = new TreeMap<>();
      arrangement.memberships().forEach(m -> byPerson.computeIfAbsent(m.person(), k -> new ArrayList<>()).add(m));
      List<Finding> findings = new ArrayList<>();
      Set<String> seen = new TreeSet<>();
      byPerson.forEach((person, memberships) -> {
        if (memberships.size() < 2) {
          return;
        }
        for (Membership commissioning : memberships) {
          DecisionBody commissionerBody = arrangement.body(commissioning.body()).orElseThrow();
          Map<OrganisationId, List<Delegation>> providers = contractsBy.getOrDefault(commissionerBody.organisation(),
              Map.of());
          if (providers.isEmpty()) {
            continue;
          }
          for (Membership providing : memberships) {
            DecisionBody providerBody = arrangement.body(providing.body()).orElseThrow();
            for (Delegation contract : providers.getOrDefault(providerBody.organisation(), List.of())) {
              Optional<Period> overlap = commissioning.period().intersection(providing.period())
                  .flatMap(p -> p.intersection(contract.period()));
              String key = person + "|" + commissionerBody.id() + "|" + providerBody.id();
              if (overlap.isEmpty() || !seen.add(key)) {
                continue;
              }
              findings.add(Finding.builder(this).subjects(person, commissionerBody.id(), providerBody.id())
                  .period(overlap.get())
                  .message(analysis.name(person) + " sits on " + analysis.name(commissionerBody.id()) + " of "
                      + analysis.name(commissionerBody.organisation()) + " and on " + analysis.name(providerBody.id())
                      + " of " + analysis.name(contract.delegate()) + ", which it contracts, "
                      + Facts.when(overlap.get()) + "; one person should not sit on both sides of a contract")
                  .evidence(AccountabilityRules.describe(analysis, contract)).build());
            }
          }
        }
      });
      return findings;
    }
  }

  private static final class Institutional extends BaseRule {
    Institutional() {
      super(INSTITUTIONAL, "Organisation on a joint body deciding its own contract",
          "An organisation that sits on a joint committee is conflicted when the committee decides its own "
              + "contract, as a person would be [S37]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      for (Decision decision : arrangement.decisions()) {
        if (decision.awardedTo().isEmpty()) {
          continue;
        }
        DecisionBody body = arrangement.body(decision.body()).orElseThrow();
        Organisation joint = arrangement.organisation(body.organisation()).orElseThrow();
        if (body.kind() != BodyKind.JOINT_COMMITTEE && body.kind() != BodyKind.COMMITTEES_IN_COMMON
            && joint.kind() != OrganisationKind.JOINT_COMMITTEE) {
          continue;
        }
        OrganisationId provider = decision.awardedTo().get();
        Optional<Affiliation> seat = arrangement.affiliations().stream()
            .filter(a -> a.member().equals(provider) && a.parent().equals(joint.id()) && a.period().contains(decision.date()))
            .findFirst();
        if (seat.isPresent()) {
          findings.add(Finding.builder(this).subjects(decision.id(), provider)
              .period(Period.of(decision.date(), decision.date()))
              .message(capitalised(decisionName(analysis, decision)) + " awarded a contract to " + analysis.name(provider)
                  + ", itself " + Facts.relation(seat.get().kind()) + " " + analysis.name(joint.id())
                  + "; the member should withdraw and the award be decided without it")
              .evidence(analysis.name(provider) + " is " + Facts.relation(seat.get().kind()) + " "
                  + analysis.name(joint.id()) + ", " + seat.get().period())
              .build());
        }
      }
      return findings;
    }
  }

  private static final class IneligibleBoardMember extends BaseRule {
    private static final Set<OrganisationKind> PRIVATE = EnumSet.of(OrganisationKind.OTHER, OrganisationKind.ACO,
        OrganisationKind.LEAD_PROVIDER);

    IneligibleBoardMember() {
      super(INELIGIBLE_BOARD_MEMBER, "ICB board member with a private healthcare interest",
          "No one may sit on an ICB board whose private-sector involvement would undermine its independence [S34]; "
              + "a financial interest in a non-NHS provider is taken as such involvement (an inference)",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      InterestIndex index = InterestIndex.of(analysis);
      List<Finding> findings = new ArrayList<>();
      for (Membership m : arrangement.memberships()) {
        DecisionBody body = arrangement.body(m.body()).orElseThrow();
        Organisation organisation = arrangement.organisation(body.organisation()).orElseThrow();
        if (body.kind() != BodyKind.BOARD || organisation.kind() != OrganisationKind.ICB) {
          continue;
        }
        for (Interest interest : index.interestsOf(m.person())) {
          Organisation provider = arrangement.organisation(interest.organisation()).orElseThrow();
          Optional<Period> overlap = interest.period().intersection(m.period());
          if (interest.kind() == InterestKind.FINANCIAL && !interest.isIndirect() && PRIVATE.contains(provider.kind())
              && overlap.isPresent()) {
            findings.add(Finding.builder(this).subjects(m.person(), body.id(), interest.id()).period(overlap.get())
                .message(analysis.name(m.person()) + " sits on " + analysis.name(body.id()) + " of "
                    + analysis.name(organisation.id()) + " while holding a financial interest in "
                    + analysis.name(provider.id()) + ", a private provider, " + Facts.when(overlap.get())
                    + "; the interest undermines the board's independence: end one or the other")
                .build());
          }
        }
      }
      return findings;
    }
  }

  private static final class SelfCommissioning extends BaseRule {
    SelfCommissioning() {
      super(SELF_COMMISSIONING, "Organisation commissioning what it provides",
          "An organisation that commissions a service in an area and also provides it there, or lets a "
              + "sub-contract to itself or an affiliate, marks its own work; strategic and operational commissioning "
              + "in one body needs the conflict managed [S1 Annex K, S30]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      // (a) a sub-contract let to an affiliate of its delegator
      for (Delegation d : arrangement.delegations()) {
        if (d.mechanism() != Mechanism.SUB_CONTRACT) {
          continue;
        }
        for (Affiliation a : arrangement.affiliations()) {
          boolean linked = (a.member().equals(d.delegate()) && a.parent().equals(d.delegator()))
              || (a.member().equals(d.delegator()) && a.parent().equals(d.delegate()));
          Optional<Period> overlap = a.period().intersection(d.period());
          if (linked && overlap.isPresent()) {
            findings.add(Finding.builder(this).subjects(d.id()).period(overlap.get()).footprint(d.footprint())
                .message(analysis.name(d.delegator()) + " lets a sub-contract for " + analysis.name(d.function())
                    + " to " + analysis.name(d.delegate()) + ", " + (a.member().equals(d.delegate())
                        ? Facts.relation(a.kind()) + " it" : "of which it is " + Facts.relation(a.kind()).replace("a member of", "a member"))
                    + ", " + Facts.when(overlap.get()) + "; an organisation commissioning for others should not award "
                    + "work to itself or its affiliates without the conflict managed")
                .evidence(AccountabilityRules.describe(analysis, d), analysis.name(a.member()) + " is "
                    + Facts.relation(a.kind()) + " " + analysis.name(a.parent()) + ", " + a.period())
                .build());
            break;
          }
        }
      }
      // (b) one organisation exercising commissioning of a function and providing it in the same areas
      Map<String, long[]> periods = new TreeMap<>();
      Map<String, AreaSet> areas = new HashMap<>();
      Map<String, Object[]> subjects = new HashMap<>();
      for (FunctionId function : analysis.accountability().analysedFunctions()) {
        for (Span span : analysis.accountability().timeline(function)) {
          boolean subContracted = false;
          for (DelegationState x : span.delegations()) {
            if (x.delegation().mechanism() == Mechanism.SUB_CONTRACT && !x.effective().isEmpty()) {
              subContracted = true;
              break;
            }
          }
          if (!subContracted) {
            continue;
          }
          Map<OrganisationId, AreaSet> commissions = new HashMap<>();
          Map<OrganisationId, AreaSet> provides = new TreeMap<>();
          for (int i = 0; i < span.duties().size(); i++) {
            commissions.merge(span.duties().get(i).holder(), span.dutyAreas(i), AreaSet::union);
          }
          for (DelegationState state : span.delegations()) {
            Delegation d = state.delegation();
            (d.mechanism() == Mechanism.SUB_CONTRACT ? provides : commissions).merge(d.delegate(), state.effective(),
                AreaSet::union);
          }
          provides.forEach((organisation, provided) -> {
            AreaSet both = provided.intersection(commissions.getOrDefault(organisation, AreaSet.empty()));
            if (!both.isEmpty()) {
              String key = organisation + "|" + function;
              periods.merge(key, new long[] {span.period().startEpochDay(), span.period().endExclusiveEpochDay()},
                  (p, q) -> new long[] {Math.min(p[0], q[0]), Math.max(p[1], q[1])});
              areas.merge(key, both, AreaSet::union);
              subjects.putIfAbsent(key, new Object[] {organisation, function});
            }
          });
        }
      }
      periods.forEach((key, p) -> {
        OrganisationId organisation = (OrganisationId) subjects.get(key)[0];
        FunctionId function = (FunctionId) subjects.get(key)[1];
        Period period = Facts.period(p[0], p[1]);
        findings.add(Finding.builder(this).subjects(organisation, function).period(period)
            .areas(arrangement.geography().index().areasOf(areas.get(key)))
            .message(analysis.name(organisation) + " commissions " + analysis.name(function) + " "
                + analysis.describe(areas.get(key)) + " and also provides it there under a sub-contract "
                + Facts.when(period) + "; separate the commissioning from the provision")
            .build());
      });
      return findings;
    }
  }

}
