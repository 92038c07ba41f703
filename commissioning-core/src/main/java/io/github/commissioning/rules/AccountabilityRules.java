package io.github.commissioning.rules;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.DelegationState;
import io.github.commissioning.accountability.Span;
import io.github.commissioning.geography.AreaSet;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.Capability;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.LegalRegime;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Period;
import io.github.commissioning.model.Role;
import io.github.commissioning.value.Identifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The standard accountability rules: DOMAIN section 7, rules 1–19, as far as the model expresses them,
 * and the ambiguities the analysis finds (two delegations of the same area, chains too long to follow).
 * <p>
 * Each rule has a stable id. Rules with a policy (the longest chain, the composition of a governing
 * body) are obtained configured from a factory here, and replace the standard one with
 * {@link RuleSet#with(Rule)}.
 */
public final class AccountabilityRules {

  /** A function with no duty holder for some areas and dates (DOMAIN 1 and 10). */
  public static final String UNOWNED = "ACC-UNOWNED";
  /** Two organisations accountable for the same function, area and dates (DOMAIN 9). */
  public static final String OVERLAP = "ACC-OVERLAP";
  /** Delegating a function, area or dates the delegator does not hold (DOMAIN 3). */
  public static final String NOT_HELD = "ACC-NOT-HELD";
  /** Onward delegation without permission (DOMAIN 3). */
  public static final String ONWARD_UNPERMITTED = "ACC-ONWARD-UNPERMITTED";
  /** A reserved function delegated (DOMAIN 7). */
  public static final String RESERVED_DELEGATED = "ACC-RESERVED-DELEGATED";
  /** A delegate not eligible for the mechanism under the law of the day (DOMAIN 4 and 8). */
  public static final String INELIGIBLE_DELEGATE = "ACC-INELIGIBLE-DELEGATE";
  /** A cycle of delegations (DOMAIN 3). */
  public static final String CYCLE = "ACC-CYCLE";
  /** A dissolved organisation still holding a duty or a delegation (DOMAIN 12). */
  public static final String DISSOLVED = "ACC-DISSOLVED";
  /** A support organisation recorded as deciding (DOMAIN 6). */
  public static final String SUPPORT_DECIDES = "ACC-SUPPORT-DECIDES";
  /** A decision outside its body's remit or powers (DOMAIN 17). */
  public static final String ULTRA_VIRES = "ACC-ULTRA-VIRES";
  /** Delegated primary medical services decided by anything but the PCCC (DOMAIN 18). */
  public static final String WRONG_LEVEL = "ACC-WRONG-LEVEL";
  /** A sub-contract with no prime contract above it (DOMAIN 15). */
  public static final String BROKEN_CONTRACT_CHAIN = "ACC-BROKEN-CONTRACT-CHAIN";
  /** A governing body or ICB board without its legal minimum (DOMAIN 19). */
  public static final String COMPOSITION = "ACC-COMPOSITION";
  /** A delegate's footprint outside its delegator's (DOMAIN 11). */
  public static final String FOOTPRINT_MISMATCH = "ACC-FOOTPRINT-MISMATCH";
  /** A delegation recorded as moving liability (DOMAIN 2). */
  public static final String LIABILITY_MOVED = "ACC-LIABILITY-MOVED";
  /** A decision of committees in common or a partnership not ratified by each member (DOMAIN 5). */
  public static final String UNRATIFIED = "ACC-UNRATIFIED";
  /** One delegator passing the same area on twice. */
  public static final String CONFLICTING_DELEGATION = "ACC-CONFLICTING-DELEGATION";
  /** A chain of delegations longer than the policy allows. */
  public static final String CHAIN_DEPTH = "ACC-CHAIN-DEPTH";

  /** The longest chain the standard rule set accepts without a finding. */
  public static final int DEFAULT_MAX_CHAIN_LINKS = 3;

  private AccountabilityRules() {
  }

  /**
   * Returns every standard accountability rule, with default policies.
   *
   * @return the rules, in id order
   */
  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(List.of(new Unowned(), new Overlap(), new NotHeld(), new OnwardUnpermitted(),
        new ReservedDelegated(), new IneligibleDelegate(), new Cycle(), new Dissolved(), new SupportDecides(),
        new UltraVires(), new WrongLevel(), new BrokenContractChain(),
        composition(CompositionPolicy.ccgGoverningBody(), CompositionPolicy.icbBoard()), new FootprintMismatch(),
        new LiabilityMoved(), new Unratified(), new ConflictingDelegation(), chainDepth(DEFAULT_MAX_CHAIN_LINKS)));
    rules.sort(java.util.Comparator.comparing(Rule::id));
    return List.copyOf(rules);
  }

  /**
   * Returns the chain-depth rule with a policy: a finding where a delegate is more than
   * {@code maxLinks} delegations away from the accountable body.
   *
   * @param maxLinks the longest chain accepted, at least 1
   * @return the rule, with id {@value #CHAIN_DEPTH}
   * @throws IllegalArgumentException if {@code maxLinks} is less than 1
   */
  public static Rule chainDepth(int maxLinks) {
    if (maxLinks < 1) {
      throw new IllegalArgumentException("Invalid chain depth policy: " + maxLinks
          + " links; the longest chain accepted must be at least 1");
    }
    return new ChainDepth(maxLinks);
  }

  /**
   * Returns the composition rule with policies for CCG governing bodies and ICB boards.
   *
   * @param ccgGoverningBody the policy for a governing body of a CCG, not null
   * @param icbBoard the policy for a board of an ICB, not null
   * @return the rule, with id {@value #COMPOSITION}
   */
  public static Rule composition(CompositionPolicy ccgGoverningBody, CompositionPolicy icbBoard) {
    return new Composition(Objects.requireNonNull(ccgGoverningBody), Objects.requireNonNull(icbBoard));
  }

  // ---------------------------------------------------------------------------------------------

  private static final class Unowned extends BaseRule {
    Unowned() {
      super(UNOWNED, "Function with no duty holder",
          "Every statutory function needs an accountable organisation for every area of the footprints it is "
              + "commissioned in (the root footprints, such as England, holding its duties), on every date: the ICB "
              + "functions map shows clear responsibility for each function, and NHS England wanted no "
              + "'donuts' in footprints [S27, S43]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      Accountability accountability = analysis.accountability();
      Map<FunctionId, List<Duty>> duties = Facts.of(analysis).dutiesByFunction;
      List<Finding> findings = new ArrayList<>();
      for (CommissioningFunction function : arrangement.functions()) {
        List<Duty> own = duties.get(function.id());
        if (own == null || hasAncestorWithDuties(arrangement, function, duties)) {
          continue;
        }
        // the scope: every root footprint (one that is no other's part) holding any of the duties' areas
        List<AreaSet> ownAreas = new ArrayList<>(own.size());
        for (Duty duty : own) {
          ownAreas.add(arrangement.geography().areasOf(duty.footprint()));
        }
        AreaSet dutyAreas = AreaSet.unionOf(ownAreas);
        AreaSet scope = AreaSet.empty();
        for (AreaSet root : Facts.of(analysis).roots) {
          if (root.intersects(dutyAreas)) {
            scope = scope.union(root);
          }
        }
        long scopeStart = own.stream().mapToLong(d -> d.period().startEpochDay()).min().orElseThrow();
        long scopeEnd = own.stream().mapToLong(d -> d.period().endExclusiveEpochDay()).max().orElseThrow();
        Pieces pieces = new Pieces();
        for (Span span : accountability.timeline(function.id())) {
          Period clipped = Facts.clip(span.period(), scopeStart, scopeEnd);
          if (clipped != null) {
            pieces.add(clipped, scope.difference(span.covered()));
          }
        }
        for (Pieces.Piece piece : pieces.pieces()) {
          Period period = piece.period();
          Span at = accountability.spanAt(function.id(), period.start()).orElseThrow();
          List<String> evidence = new ArrayList<>();
          if (at.duties().isEmpty()) {
            evidence.add("no duty for " + analysis.name(function.id()) + " is in force on " + period.start());
          }
          for (Duty duty : at.duties()) {
            evidence.add("duty " + duty.id() + ": " + analysis.name(duty.holder()) + " for "
                + analysis.name(duty.footprint()) + ", " + duty.period());
          }
          findings.add(Finding.builder(this).subjects(function.id()).discriminator(Facts.startKey(period))
              .period(period).areas(arrangement.geography().index().areasOf(piece.areas))
              .message(analysis.name(function.id()) + " has no duty holder " + analysis.describe(piece.areas)
                  + " " + Facts.when(period) + "; give an organisation the duty for it there")
              .evidence(evidence).build());
        }
      }
      return findings;
    }

    private static boolean hasAncestorWithDuties(Arrangement arrangement, CommissioningFunction function,
        Map<FunctionId, List<Duty>> duties) {
      Set<FunctionId> seen = new java.util.HashSet<>();
      for (Optional<FunctionId> at = function.parent(); at.isPresent() && seen.add(at.get());
          at = arrangement.function(at.get()).flatMap(CommissioningFunction::parent)) {
        if (duties.containsKey(at.get())) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class Overlap extends BaseRule {
    Overlap() {
      super(OVERLAP, "Overlapping accountability",
          "Two organisations accountable for the same function in the same place blur accountability: "
              + "nobody knows who to hold to account [S42]",
          Severity.WARNING);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      Map<String, long[]> periods = new TreeMap<>();
      Map<String, AreaSet> areas = new HashMap<>();
      Map<String, List<Identifier<?>>> subjects = new HashMap<>();
      Map<String, Set<String>> duties = new HashMap<>();
      for (FunctionId function : analysis.accountability().analysedFunctions()) {
        for (Span span : analysis.accountability().timeline(function)) {
          if (span.heldTwice().isEmpty()) {
            continue;
          }
          List<Integer> involved = new ArrayList<>();
          for (int i = 0; i < span.duties().size(); i++) {
            if (span.dutyAreas(i).intersects(span.heldTwice())) {
              involved.add(i);
            }
          }
          for (int a = 0; a < involved.size(); a++) {
            for (int b = a + 1; b < involved.size(); b++) {
              Duty first = span.duties().get(involved.get(a));
              Duty second = span.duties().get(involved.get(b));
              if (first.holder().equals(second.holder())) {
                continue;
              }
              AreaSet both = span.dutyAreas(involved.get(a)).intersection(span.dutyAreas(involved.get(b)));
              if (both.isEmpty()) {
                continue;
              }
              FunctionId specific = arrangement.isWithin(first.function(), second.function()) ? first.function()
                  : second.function();
              OrganisationId x = first.holder().compareTo(second.holder()) < 0 ? first.holder() : second.holder();
              OrganisationId y = x.equals(first.holder()) ? second.holder() : first.holder();
              String key = specific + "|" + x + "|" + y;
              periods.merge(key, new long[] {span.period().startEpochDay(), span.period().endExclusiveEpochDay()},
                  (p, q) -> new long[] {Math.min(p[0], q[0]), Math.max(p[1], q[1])});
              areas.merge(key, both, AreaSet::union);
              subjects.putIfAbsent(key, List.of(specific, x, y));
              duties.computeIfAbsent(key, k -> new TreeSet<>()).addAll(List.of(
                  "duty " + first.id() + ": " + analysis.name(first.holder()) + " for " + analysis.name(first.footprint())
                      + ", " + first.period(),
                  "duty " + second.id() + ": " + analysis.name(second.holder()) + " for "
                      + analysis.name(second.footprint()) + ", " + second.period()));
            }
          }
        }
      }
      List<Finding> findings = new ArrayList<>();
      periods.forEach((key, p) -> {
        List<Identifier<?>> s = subjects.get(key);
        Period period = Facts.period(p[0], p[1]);
        AreaSet where = areas.get(key);
        findings.add(Finding.builder(this).subjects(s.toArray(new Identifier<?>[0])).period(period)
            .areas(arrangement.geography().index().areasOf(where))
            .message(analysis.name((OrganisationId) s.get(1)) + " and " + analysis.name((OrganisationId) s.get(2))
                + " are both accountable for " + analysis.name((FunctionId) s.get(0)) + " " + analysis.describe(where)
                + " " + Facts.when(period) + "; agree which one holds the duty there")
            .evidence(new ArrayList<>(duties.get(key))).build());
      });
      return findings;
    }
  }

  /** A rule over each delegation's own states, merged into pieces of one area set. */
  private abstract static class PerDelegationPieces extends BaseRule {
    PerDelegationPieces(String id, String title, String rationale, Severity severity) {
      super(id, title, rationale, severity);
    }

    abstract AreaSet areasOf(DelegationState state);

    abstract String message(Analysis analysis, Delegation delegation, String where, Period period);

    List<String> evidence(Analysis analysis, Delegation delegation, Period period) {
      return List.of(describe(analysis, delegation));
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      List<Finding> findings = new ArrayList<>();
      List<Delegation> delegations = analysis.arrangement().delegations();
      List<List<DelegationState>> ownStates = Facts.ownStates(analysis);
      for (int i = 0; i < delegations.size(); i++) {
        Delegation delegation = delegations.get(i);
        List<DelegationState> states = ownStates.get(i);
        boolean any = false;
        for (DelegationState state : states) {
          if (!areasOf(state).isEmpty()) {
            any = true;
            break;
          }
        }
        if (!any) {
          continue;
        }
        Pieces pieces = new Pieces();
        for (DelegationState state : states) {
          pieces.add(state.period(), areasOf(state));
        }
        for (Pieces.Piece piece : pieces.pieces()) {
          Period period = piece.period();
          findings.add(Finding.builder(this).subjects(delegation.id()).discriminator(Facts.startKey(period))
              .period(period).footprint(delegation.footprint())
              .areas(analysis.arrangement().geography().index().areasOf(piece.areas))
              .message(message(analysis, delegation, analysis.describe(piece.areas), period))
              .evidence(evidence(analysis, delegation, period)).build());
        }
      }
      return findings;
    }
  }

  static String describe(Analysis analysis, Delegation d) {
    return "delegation " + d.id() + ": " + analysis.name(d.delegator()) + " → " + analysis.name(d.delegate()) + ", "
        + analysis.name(d.function()) + " for " + analysis.name(d.footprint()) + ", " + d.mechanism().label() + ", "
        + d.period() + (d.isOnwardDelegationPermitted() ? ", onward delegation permitted" : "")
        + (d.keptBack().isEmpty() ? "" : ", keeping back " + d.keptBack());
  }

  private static final class NotHeld extends PerDelegationPieces {
    NotHeld() {
      super(NOT_HELD, "Delegating what the delegator does not hold",
          "An organisation can pass on only what it holds: a function, a footprint and dates for which it holds "
              + "the duty or a delegation; the part beyond is not exercised by anyone through this delegation",
          Severity.ERROR);
    }

    @Override
    AreaSet areasOf(DelegationState state) {
      return state.beyond();
    }

    @Override
    String message(Analysis analysis, Delegation d, String where, Period period) {
      return analysis.name(d.delegator()) + " delegates " + analysis.name(d.function()) + " to "
          + analysis.name(d.delegate()) + " " + where + " " + Facts.when(period) + " but does not hold it there then; "
          + "narrow the delegation to what " + analysis.name(d.delegator()) + " holds";
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      List<Finding> findings = new ArrayList<>(super.evaluate(analysis));
      // Parts of the function kept back from the delegator but passed on here: found in the timelines of
      // the parts analysed in their own right, never by listing every state of every delegation.
      Accountability accountability = analysis.accountability();
      Map<DelegationId, Map<FunctionId, Pieces>> parts = new TreeMap<>();
      for (FunctionId part : accountability.analysedFunctions()) {
        for (Span span : accountability.timeline(part)) {
          for (DelegationState state : span.delegations()) {
            Delegation d = state.delegation();
            if (state.beyond().isEmpty() || state.function().equals(d.function())) {
              continue;
            }
            AreaSet already = AreaSet.empty();
            for (DelegationState own : Facts.ownStates(analysis, d)) {
              if (own.period().contains(state.period().start())) {
                already = own.beyond();
                break;
              }
            }
            parts.computeIfAbsent(d.id(), k -> new TreeMap<>()).computeIfAbsent(part, k -> new Pieces())
                .add(state.period(), state.beyond().difference(already));
          }
        }
      }
      parts.forEach((id, byPart) -> {
        Delegation d = analysis.arrangement().delegation(id).orElseThrow();
        byPart.forEach((part, pieces) -> {
          for (Pieces.Piece piece : pieces.pieces()) {
            Period period = piece.period();
            findings.add(Finding.builder(this).subjects(d.id(), part).discriminator(Facts.startKey(period))
                .period(period).footprint(d.footprint())
                .areas(analysis.arrangement().geography().index().areasOf(piece.areas))
                .message(analysis.name(d.delegator()) + " delegates " + analysis.name(part) + ", a part of "
                    + analysis.name(d.function()) + ", to " + analysis.name(d.delegate()) + " "
                    + analysis.describe(piece.areas) + " " + Facts.when(period) + ", but that part was kept back "
                    + "from it; keep " + analysis.name(part) + " back in this delegation too")
                .evidence(describe(analysis, d)).build());
          }
        });
      });
      return findings;
    }
  }

  private static final class OnwardUnpermitted extends PerDelegationPieces {
    OnwardUnpermitted() {
      super(ONWARD_UNPERMITTED, "Onward delegation without permission",
          "A delegate may pass a function on only if its own delegation permits onward delegation; otherwise the "
              + "onward delegation has no effect and the function stays with the delegate",
          Severity.ERROR);
    }

    @Override
    AreaSet areasOf(DelegationState state) {
      return state.unpermitted();
    }

    @Override
    String message(Analysis analysis, Delegation d, String where, Period period) {
      return analysis.name(d.delegator()) + " passes " + analysis.name(d.function()) + " on to "
          + analysis.name(d.delegate()) + " " + where + " " + Facts.when(period) + ", but holds it there only as a delegate "
          + "not permitted to delegate onward; obtain that permission or end this delegation";
    }

    @Override
    List<String> evidence(Analysis analysis, Delegation d, Period period) {
      List<String> evidence = new ArrayList<>();
      evidence.add(describe(analysis, d));
      for (Delegation in : Facts.of(analysis).incoming().getOrDefault(d.delegator(), List.of())) {
        if (!in.isOnwardDelegationPermitted() && in.mechanism() != Mechanism.SUPPORT
            && in.period().contains(period.start()) && analysis.arrangement().isWithin(d.function(), in.function())) {
          evidence.add(describe(analysis, in));
        }
      }
      return evidence;
    }
  }

  private static final class BrokenContractChain extends PerDelegationPieces {
    BrokenContractChain() {
      super(BROKEN_CONTRACT_CHAIN, "Sub-contract with no prime contract above it",
          "A sub-contract is let by the holder of a prime contract, which answers to the commissioner; without the "
              + "prime contract nobody holds the sub-contractor to account [S29]",
          Severity.ERROR);
    }

    @Override
    AreaSet areasOf(DelegationState state) {
      return state.withoutPrime();
    }

    @Override
    String message(Analysis analysis, Delegation d, String where, Period period) {
      return analysis.name(d.delegator()) + " lets a sub-contract for " + analysis.name(d.function()) + " to "
          + analysis.name(d.delegate()) + " " + where + " " + Facts.when(period) + ", but holds no prime contract for it "
          + "there; a sub-contract needs a commissioner–prime contract above it";
    }
  }

  private static final class ChainDepth extends PerDelegationPieces {
    private final int maxLinks;

    ChainDepth(int maxLinks) {
      super(CHAIN_DEPTH, "Chain of delegations too long",
          "Each further link between the accountable body and the organisation that exercises a function blurs "
              + "accountability [S42]; the longest chain accepted is a policy, " + maxLinks + " links here",
          Severity.WARNING);
      this.maxLinks = maxLinks;
    }

    @Override
    AreaSet areasOf(DelegationState state) {
      return state.depth() == maxLinks + 1 ? state.effective() : AreaSet.empty();
    }

    @Override
    String message(Analysis analysis, Delegation d, String where, Period period) {
      return analysis.name(d.delegate()) + " exercises " + analysis.name(d.function()) + " " + where + " "
          + Facts.when(period) + " at the end of a chain of more than " + maxLinks + " delegations from the accountable "
          + "body; shorten the chain";
    }

    @Override
    List<String> evidence(Analysis analysis, Delegation d, Period period) {
      List<String> evidence = new ArrayList<>();
      evidence.add(describe(analysis, d));
      // the chain from the accountable body down to this delegation: walk up its deepest upstream links
      for (DelegationState here : Facts.ownStates(analysis, d)) {
        if (here.period().contains(period.start()) && !here.effective().isEmpty()) {
          List<String> names = new ArrayList<>();
          names.add(analysis.arrangement().organisation(d.delegate()).orElseThrow().name());
          Optional<DelegationState> at = Optional.of(here);
          while (at.isPresent()) {
            Delegation link = at.get().delegation();
            names.add(analysis.arrangement().organisation(link.delegator()).orElseThrow().name());
            at = at.get().upstream();
          }
          java.util.Collections.reverse(names);
          evidence.add("chain: " + names.get(0) + " (accountable) → " + String.join(" → ", names.subList(1, names.size())));
          break;
        }
      }
      return evidence;
    }
  }

  private static final class ReservedDelegated extends BaseRule {
    ReservedDelegated() {
      super(RESERVED_DELEGATED, "Reserved function delegated",
          "NHS England keeps the performers list, appraisal and revalidation, list management and payments, and "
              + "s7A public health services; they may never be delegated [S17, S18, S19, S21]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      Map<FunctionId, List<FunctionId>> reservedUnder = Facts.of(analysis).reservedUnder;
      for (Delegation d : arrangement.delegations()) {
        if (!d.mechanism().conveysDecisionRights()) {
          continue;
        }
        List<FunctionId> reserved = reservedUnder.getOrDefault(d.function(), List.of());
        boolean isReserved = Facts.of(analysis).reserved.contains(d.function());
        if (!isReserved && reserved.isEmpty()) {
          continue;
        }
        CommissioningFunction function = arrangement.function(d.function()).orElseThrow();
        if (isReserved) {
          findings.add(Finding.builder(this).subjects(d.id(), function.id()).period(d.period())
              .footprint(d.footprint())
              .message(analysis.name(d.delegator()) + " delegates " + analysis.name(function.id())
                  + ", a reserved function, to " + analysis.name(d.delegate())
                  + "; reserved functions are never delegated: end this delegation")
              .evidence(describe(analysis, d)).build());
          continue;
        }
        for (FunctionId part : reserved) {
          boolean keptBack = d.keptBack().stream().anyMatch(k -> arrangement.isWithin(part, k));
          if (!keptBack) {
            findings.add(Finding.builder(this).subjects(d.id(), part).period(d.period()).footprint(d.footprint())
                .message(analysis.name(d.delegator()) + " delegates " + analysis.name(d.function()) + " to "
                    + analysis.name(d.delegate()) + " without keeping back the reserved function "
                    + analysis.name(part) + "; add it to the delegation's kept-back functions")
                .evidence(describe(analysis, d)).build());
          }
        }
      }
      return findings;
    }
  }

  private static final class IneligibleDelegate extends BaseRule {
    private static final Set<OrganisationKind> NHS_BODIES = EnumSet.of(OrganisationKind.NHS_ENGLAND,
        OrganisationKind.CCG, OrganisationKind.ICB, OrganisationKind.NHS_TRUST, OrganisationKind.FOUNDATION_TRUST);

    IneligibleDelegate() {
      super(INELIGIBLE_DELEGATE, "Delegate not eligible for the mechanism",
          "Each mechanism has lawful parties, which changed over time: CSUs never take decisions, STPs and ICSs "
              + "were not legal entities, joint committees of CCGs were lawful from 1 October 2014, trusts could "
              + "receive functions from 1 July 2022, s75 joins an NHS body and a local authority [S22, S24, S26, S27, S31, S32]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      Facts facts = Facts.of(analysis);
      for (int i = 0; i < arrangement.delegations().size(); i++) {
        Delegation d = arrangement.delegations().get(i);
        if (d.mechanism() == Mechanism.SUPPORT) {
          continue;
        }
        OrganisationKind to = facts.delegates[i].kind();
        OrganisationKind from = facts.delegators[i].kind();
        LocalDate start = d.period().start();
        String reason = null;
        if (to.has(Capability.SUPPORT_ONLY)) {
          reason = "a commissioning support unit has no decision rights, and commissioners stay accountable; "
              + "record it as support";
        } else if (to.has(Capability.PARTNERSHIP)) {
          reason = "an STP or ICS partnership is not a legal entity and cannot hold functions; delegate to a "
              + "statutory body or a joint committee of its members";
        } else {
          switch (d.mechanism()) {
            case DELEGATION:
              if ((to == OrganisationKind.NHS_TRUST || to == OrganisationKind.FOUNDATION_TRUST)
                  && !LegalRegime.trustDelegationLawfulOn(start)) {
                reason = "NHS trusts and foundation trusts could receive commissioning functions only from "
                    + LegalRegime.ICBS_ESTABLISHED + " (s65Z5); start it then, or use a prime contract";
              } else if (!to.has(Capability.RECEIVES_DELEGATION) && to != OrganisationKind.NHS_TRUST
                  && to != OrganisationKind.FOUNDATION_TRUST) {
                reason = "a " + Facts.words(to) + " is not a body commissioning functions can be delegated to; "
                    + "use a prime contract for a provider";
              }
              break;
            case JOINT_COMMITTEE:
              if (from == OrganisationKind.CCG && !LegalRegime.ccgJointCommitteesLawfulOn(start)) {
                reason = "joint committees of CCGs had no legal basis before " + LegalRegime.CCG_JOINT_COMMITTEES_LAWFUL
                    + " (s14Z3(2A)); start it then, or have each CCG ratify the committees' decisions";
              } else if (!to.has(Capability.RECEIVES_DELEGATION)) {
                reason = "a " + Facts.words(to) + " cannot be a joint committee; record the joint committee itself";
              }
              break;
            case LEAD_COMMISSIONING:
              boolean lawful = (from == OrganisationKind.LOCAL_AUTHORITY && NHS_BODIES.contains(to))
                  || (to == OrganisationKind.LOCAL_AUTHORITY && NHS_BODIES.contains(from));
              if (!lawful) {
                reason = "a s75 partnership arrangement joins an NHS body and a local authority, not a "
                    + Facts.words(from) + " and a " + Facts.words(to);
              }
              break;
            default:
              if (!to.providesCare()) {
                reason = "a " + d.mechanism().label() + " is let to a provider of care, not a " + Facts.words(to);
              }
          }
        }
        if (reason != null) {
          findings.add(Finding.builder(this).subjects(d.id()).period(d.period()).footprint(d.footprint())
              .message(analysis.name(d.delegate()) + " cannot receive " + analysis.name(d.function()) + " from "
                  + analysis.name(d.delegator()) + " by " + d.mechanism().label() + " from " + start + ": " + reason)
              .evidence(describe(analysis, d)).build());
        }
      }
      return findings;
    }
  }

  private static final class Cycle extends BaseRule {
    Cycle() {
      super(CYCLE, "Cycle of delegations",
          "A function delegated round a cycle comes back to where it started: no delegation of the cycle takes "
              + "effect, and nobody can say who exercises the function",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      // delegations on a cycle, grouped by function and by connected organisations (each group is one
      // strongly connected set of organisations)
      Map<FunctionId, List<Delegation>> byFunction = new TreeMap<>();
      Map<DelegationId, long[]> when = new HashMap<>();
      List<List<DelegationState>> ownStates = Facts.ownStates(analysis);
      for (int i = 0; i < arrangement.delegations().size(); i++) {
        Delegation d = arrangement.delegations().get(i);
        for (DelegationState state : ownStates.get(i)) {
          if (state.isInCycle()) {
            long[] p = when.get(d.id());
            if (p == null) {
              byFunction.computeIfAbsent(d.function(), k -> new ArrayList<>()).add(d);
              when.put(d.id(), new long[] {state.period().startEpochDay(), state.period().endExclusiveEpochDay()});
            } else {
              p[1] = Math.max(p[1], state.period().endExclusiveEpochDay());
            }
          }
        }
      }
      List<Finding> findings = new ArrayList<>();
      byFunction.forEach((function, delegations) -> {
        Map<OrganisationId, OrganisationId> parent = new HashMap<>();
        for (Delegation d : delegations) {
          union(parent, d.delegator(), d.delegate());
        }
        Map<OrganisationId, List<Delegation>> groups = new TreeMap<>();
        for (Delegation d : delegations) {
          groups.computeIfAbsent(find(parent, d.delegator()), k -> new ArrayList<>()).add(d);
        }
        for (List<Delegation> group : groups.values()) {
          Delegation first = group.get(0);
          long start = Long.MAX_VALUE;
          long end = Long.MIN_VALUE;
          for (Delegation d : group) {
            start = Math.min(start, when.get(d.id())[0]);
            end = Math.max(end, when.get(d.id())[1]);
          }
          Period period = Facts.period(start, end);
          List<String> evidence = new ArrayList<>();
          group.stream().limit(10).forEach(d -> evidence.add(describe(analysis, d)));
          if (group.size() > 10) {
            evidence.add("… and " + (group.size() - 10) + " more delegations");
          }
          findings.add(Finding.builder(this).subjects(first.id()).period(period)
              .message(group.size() + " delegations of " + analysis.name(function) + " form a cycle ("
                  + path(analysis, group) + ") " + Facts.when(period) + "; none of them takes effect: end one of them")
              .evidence(evidence).build());
        }
      });
      return findings;
    }

    private static String path(Analysis analysis, List<Delegation> group) {
      Map<OrganisationId, OrganisationId> next = new HashMap<>();
      for (Delegation d : group) {
        next.putIfAbsent(d.delegator(), d.delegate());
      }
      OrganisationId start = group.get(0).delegator();
      StringBuilder text = new StringBuilder(analysis.name(start));
      Set<OrganisationId> seen = new java.util.HashSet<>();
      seen.add(start);
      OrganisationId at = next.get(start);
      int shown = 0;
      while (at != null && shown < 8) {
        text.append(" → ").append(analysis.name(at));
        if (!seen.add(at)) {
          return text.toString();
        }
        at = next.get(at);
        shown++;
      }
      return text.append(" → …").toString();
    }

    private static OrganisationId find(Map<OrganisationId, OrganisationId> parent, OrganisationId x) {
      OrganisationId root = x;
      while (parent.containsKey(root) && !parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      OrganisationId at = x;
      while (!at.equals(root)) {
        OrganisationId up = parent.get(at);
        parent.put(at, root);
        at = up;
      }
      return root;
    }

    private static void union(Map<OrganisationId, OrganisationId> parent, OrganisationId a, OrganisationId b) {
      parent.putIfAbsent(a, a);
      parent.putIfAbsent(b, b);
      OrganisationId ra = find(parent, a);
      OrganisationId rb = find(parent, b);
      if (!ra.equals(rb)) {
        // the smaller id becomes the root, so groups are keyed by their first organisation
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }
  }

  private static final class Dissolved extends BaseRule {
    Dissolved() {
      super(DISSOLVED, "Dissolved organisation still holding a duty or delegation",
          "When an organisation closes (CCG mergers of 2018–2021, abolition on 30 June 2022) what it held must pass "
              + "to its successor, or nobody holds it [S27, S44]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      for (Duty duty : arrangement.duties()) {
        if (arrangement.organisation(duty.holder()).orElseThrow().existence().encloses(duty.period())) {
          continue;
        }
        check(analysis, findings, duty.holder(), duty.id(), duty.period(),
            () -> "the duty for " + analysis.name(duty.function()) + " in " + analysis.name(duty.footprint()), "holds",
            () -> "duty " + duty.id() + ": " + analysis.name(duty.holder()) + " for " + analysis.name(duty.footprint())
                + ", " + duty.period());
      }
      Facts facts = Facts.of(analysis);
      for (int i = 0; i < arrangement.delegations().size(); i++) {
        Delegation d = arrangement.delegations().get(i);
        if (facts.delegators[i].existence().encloses(d.period()) && facts.delegates[i].existence().encloses(d.period())) {
          continue;
        }
        java.util.function.Supplier<String> what =
            () -> analysis.name(d.function()) + " in " + analysis.name(d.footprint()) + " (" + d.id() + ")";
        check(analysis, findings, d.delegator(), d.id(), d.period(), () -> "delegator of " + what.get(), "is",
            () -> describe(analysis, d));
        check(analysis, findings, d.delegate(), d.id(), d.period(), () -> "delegate of " + what.get(), "is",
            () -> describe(analysis, d));
      }
      return findings;
    }

    private void check(Analysis analysis, List<Finding> findings, OrganisationId id, Identifier<?> subject,
        Period held, java.util.function.Supplier<String> whatText, String verb,
        java.util.function.Supplier<String> evidenceText) {
      Organisation organisation = analysis.arrangement().organisation(id).orElseThrow();
      Period existence = organisation.existence();
      if (held.isInverted() || existence.encloses(held)) {
        return;
      }
      String what = whatText.get();
      String evidence = evidenceText.get();
      if (existence.end().isPresent() && held.endExclusiveEpochDay() > existence.endExclusiveEpochDay()) {
        Period after = Facts.period(Math.max(existence.endExclusiveEpochDay(), held.startEpochDay()),
            held.endExclusiveEpochDay());
        String fix = organisation.successor()
            .map(s -> "pass it to its successor " + analysis.name(s))
            .orElse("no successor is recorded: record one, or end it by " + existence.end().get());
        findings.add(Finding.builder(this).subjects(id, subject).discriminator("after").period(after)
            .message(analysis.name(id) + " closed on " + existence.end().get() + " but " + (verb.equals("is") ? "is still the " : "still holds ") + what + " " + Facts.when(after)
                + "; " + fix)
            .evidence(evidence, "existence of " + analysis.name(id) + ": " + existence).build());
      }
      if (held.startEpochDay() < existence.startEpochDay()) {
        Period before = Facts.period(held.startEpochDay(),
            Math.min(existence.startEpochDay(), held.endExclusiveEpochDay()));
        findings.add(Finding.builder(this).subjects(id, subject).discriminator("before").period(before)
            .message(analysis.name(id) + " did not exist until " + existence.start() + " but " + (verb.equals("is") ? "is the " : "holds ") + what + " "
                + Facts.when(before) + "; start it on or after " + existence.start())
            .evidence(evidence, "existence of " + analysis.name(id) + ": " + existence).build());
      }
    }
  }

  private static final class SupportDecides extends BaseRule {
    SupportDecides() {
      super(SUPPORT_DECIDES, "Support organisation recorded as deciding",
          "Commissioning support carries no decision rights: the commissioning decision must sit with the "
              + "commissioner, which stays legally accountable [S31]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      Facts decisionFacts = Facts.of(analysis);
      for (int i = 0; i < arrangement.decisions().size(); i++) {
        Decision decision = arrangement.decisions().get(i);
        DecisionBody body = decisionFacts.bodies[i];
        Organisation organisation = decisionFacts.bodyOrganisations[i];
        boolean supportOnly = organisation.kind().has(Capability.SUPPORT_ONLY);
        boolean onlySupporting = !supportOnly
            && Facts.receivesSupportFor(analysis, organisation.id(), decision.function(), decision.date())
            && !Facts.holdsOrExercises(analysis, organisation.id(), decision.function(), decision.date());
        if (supportOnly || onlySupporting) {
          findings.add(Finding.builder(this).subjects(decision.id(), organisation.id())
              .period(Period.of(decision.date(), decision.date()))
              .message(analysis.name(body.id()) + " of " + analysis.name(organisation.id()) + " took decision '"
                  + decision.title() + "' (" + decision.id() + ") on " + analysis.name(decision.function()) + " on "
                  + decision.date() + ", but " + analysis.name(organisation.id())
                  + (supportOnly ? " is a support organisation" : " only supports the commissioner of it")
                  + " and has no decision rights; the commissioner must take the decision")
              .evidence("body " + body.id() + " (" + Facts.words(body.kind()) + ") of " + analysis.name(organisation.id())
                  + ", a " + Facts.words(organisation.kind()))
              .build());
        }
      }
      return findings;
    }
  }

  private static final class UltraVires extends BaseRule {
    UltraVires() {
      super(ULTRA_VIRES, "Decision outside the body's remit",
          "A body may decide only what the scheme of reservation and delegation gives it, for functions its "
              + "organisation holds or exercises [S27]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      Facts decisionFacts = Facts.of(analysis);
      for (int i = 0; i < arrangement.decisions().size(); i++) {
        Decision decision = arrangement.decisions().get(i);
        DecisionBody body = decisionFacts.bodies[i];
        Organisation organisation = decisionFacts.bodyOrganisations[i];
        List<String> reasons = new ArrayList<>();
        boolean inRemit = body.remit().isEmpty();
        for (FunctionId r : body.remit()) {
          if (arrangement.isWithin(decision.function(), r)) {
            inRemit = true;
            break;
          }
        }
        if (!inRemit) {
          List<String> remit = new ArrayList<>();
          body.remit().forEach(r -> remit.add(analysis.name(r)));
          reasons.add(analysis.name(decision.function()) + " is outside its remit (" + String.join(", ", remit) + ")");
        }
        if (!body.period().contains(decision.date())) {
          reasons.add("the body did not exist on " + decision.date() + " (it existed " + body.period() + ")");
        }
        if (!organisation.kind().has(Capability.SUPPORT_ONLY)
            && !Facts.holdsOrExercises(analysis, organisation.id(), decision.function(), decision.date())) {
          reasons.add(analysis.name(organisation.id()) + " neither holds nor exercises "
              + analysis.name(decision.function()) + " on " + decision.date());
        }
        if (!reasons.isEmpty()) {
          findings.add(Finding.builder(this).subjects(decision.id(), body.id())
              .period(Period.of(decision.date(), decision.date()))
              .message("Decision '" + decision.title() + "' (" + decision.id() + ") by " + analysis.name(body.id())
                  + " on " + decision.date() + " is outside what the body may decide: " + String.join("; ", reasons)
                  + "; refer it to a body whose remit and organisation cover " + analysis.name(decision.function()))
              .evidence(reasons).build());
        }
      }
      return findings;
    }
  }

  private static final class WrongLevel extends BaseRule {
    WrongLevel() {
      super(WRONG_LEVEL, "Delegated primary care decided below the PCCC",
          "Under the delegation agreement, sub-groups may prepare business cases but the final decision on "
              + "delegated primary medical services is the primary care commissioning committee's [S3]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      Facts decisionFacts = Facts.of(analysis);
      for (int i = 0; i < arrangement.decisions().size(); i++) {
        Decision decision = arrangement.decisions().get(i);
        DecisionBody body = decisionFacts.bodies[i];
        if (body.kind() == BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE) {
          continue;
        }
        Organisation organisation = decisionFacts.bodyOrganisations[i];
        if (organisation.kind() != OrganisationKind.CCG) {
          continue;
        }
        Optional<DelegationState> delegated = analysis.accountability().spanAt(decision.function(), decision.date())
            .stream().flatMap(s -> s.effectiveInto(organisation.id()).stream())
            .filter(s -> s.delegation().mechanism() == Mechanism.DELEGATION
                && arrangement.organisation(s.delegation().delegator()).orElseThrow().kind() == OrganisationKind.NHS_ENGLAND)
            .findFirst();
        if (delegated.isPresent()) {
          Delegation d = delegated.get().delegation();
          findings.add(Finding.builder(this).subjects(decision.id(), body.id())
              .period(Period.of(decision.date(), decision.date()))
              .message("Decision '" + decision.title() + "' (" + decision.id() + ") on " + analysis.name(decision.function())
                  + ", which " + analysis.name(organisation.id()) + " exercises under delegation from "
                  + analysis.name(d.delegator()) + ", was taken by " + analysis.name(body.id())
                  + " rather than the primary care commissioning committee; take it to the PCCC")
              .evidence(describe(analysis, d), "body " + body.id() + " is a " + Facts.words(body.kind()))
              .build());
        }
      }
      return findings;
    }
  }

  private static final class Composition extends BaseRule {
    private final CompositionPolicy ccg;
    private final CompositionPolicy icb;

    Composition(CompositionPolicy ccg, CompositionPolicy icb) {
      super(COMPOSITION, "Governing body or board without its legal minimum",
          "A CCG governing body needs at least 6 members including the accountable officer, the chief finance "
              + "officer, a registered nurse, a secondary-care specialist and two lay members (SI 2012/1631 reg. 11); "
              + "an ICB board needs its mandatory members [S34, S36]",
          Severity.ERROR);
      this.ccg = ccg;
      this.icb = icb;
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      for (DecisionBody body : arrangement.bodies()) {
        Organisation organisation = arrangement.organisation(body.organisation()).orElseThrow();
        CompositionPolicy policy = body.kind() == BodyKind.GOVERNING_BODY && organisation.kind() == OrganisationKind.CCG
            ? ccg : body.kind() == BodyKind.BOARD && organisation.kind() == OrganisationKind.ICB ? icb : null;
        Optional<Period> window = body.period().intersection(organisation.existence());
        if (policy == null || window.isEmpty()) {
          continue;
        }
        List<Membership> members = Facts.of(analysis).membershipsByBody.getOrDefault(body.id(), List.of());
        for (Map.Entry<Period, String> piece : Facts.overMemberships(window.get(), members, m -> shortfall(policy, m))) {
          findings.add(finding(analysis, body, organisation, piece.getValue(), piece.getKey()));
        }
      }
      return findings;
    }

    private Finding finding(Analysis analysis, DecisionBody body, Organisation organisation, String shortfall,
        Period period) {
      return Finding.builder(this).subjects(body.id()).discriminator(Facts.startKey(period)).period(period)
          .message(analysis.name(body.id()) + " of " + analysis.name(organisation.id()) + " " + shortfall + " "
              + Facts.when(period) + "; appoint members to fill these posts")
          .evidence("policy for a " + Facts.words(body.kind()) + " of a " + Facts.words(organisation.kind()) + ": "
              + (organisation.kind() == OrganisationKind.CCG ? ccg : icb))
          .build();
    }

    private static String shortfall(CompositionPolicy policy, List<Membership> members) {
      List<String> missing = new ArrayList<>();
      long count = members.stream().filter(m -> m.role() != Role.OBSERVER).count();
      if (count < policy.minimumMembers()) {
        missing.add("has " + count + " members, fewer than " + policy.minimumMembers());
      }
      List<String> posts = new ArrayList<>();
      for (Designation post : policy.requiredPosts()) {
        if (members.stream().noneMatch(m -> m.designations().contains(post))) {
          posts.add(Facts.words(post));
        }
      }
      if (!posts.isEmpty()) {
        missing.add("has no " + Facts.joinAnd(posts));
      }
      policy.minimumByRole().forEach((role, least) -> {
        long n = members.stream().filter(m -> m.role() == role).count();
        if (n < least) {
          missing.add("has " + n + " " + Facts.words(role) + " members, fewer than " + least);
        }
      });
      return missing.isEmpty() ? null : String.join(", ", missing);
    }
  }

  private static final class FootprintMismatch extends BaseRule {
    FootprintMismatch() {
      super(FOOTPRINT_MISMATCH, "Delegate's footprint outside the delegator's",
          "An organisation exercising a function for another should serve part of that organisation's "
              + "population; compare the area conditions of s13ZA [S22]",
          Severity.WARNING);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      Facts facts = Facts.of(analysis);
      for (int i = 0; i < arrangement.delegations().size(); i++) {
        Delegation d = arrangement.delegations().get(i);
        Organisation from = facts.delegators[i];
        Organisation to = facts.delegates[i];
        if (d.mechanism() == Mechanism.SUPPORT || from.footprint().isEmpty() || to.footprint().isEmpty()) {
          continue;
        }
        AreaSet outside = arrangement.geography().areasOf(to.footprint().get())
            .difference(arrangement.geography().areasOf(from.footprint().get()));
        if (!outside.isEmpty()) {
          findings.add(Finding.builder(this).subjects(d.id()).period(d.period()).footprint(to.footprint().get())
              .areas(arrangement.geography().index().areasOf(outside))
              .message(analysis.name(to.id()) + " serves " + analysis.name(to.footprint().get()) + ", of which "
                  + outside.size() + " of " + arrangement.geography().areasOf(to.footprint().get()).size()
                  + " areas lie outside the footprint of its delegator " + analysis.name(from.id()) + ", "
                  + analysis.name(from.footprint().get()) + "; check that the right organisations are party to "
                  + "delegation " + d.id())
              .evidence(describe(analysis, d)).build());
        }
      }
      return findings;
    }
  }

  private static final class LiabilityMoved extends BaseRule {
    LiabilityMoved() {
      super(LIABILITY_MOVED, "Delegation recorded as moving accountability",
          "Arrangements under s13Z 'do not affect the liability' of NHS England (s13Z(6)); the delegator stays "
              + "accountable whatever it delegates [S16, S22, S23]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      List<Finding> findings = new ArrayList<>();
      for (Delegation d : analysis.arrangement().delegations()) {
        if (d.isLiabilityTransferRecorded()) {
          findings.add(Finding.builder(this).subjects(d.id()).period(d.period()).footprint(d.footprint())
              .message("Delegation " + d.id() + " records accountability for " + analysis.name(d.function())
                  + " as moving from " + analysis.name(d.delegator()) + " to " + analysis.name(d.delegate())
                  + "; delegation does not move liability (s13Z(6)): correct the record")
              .evidence(describe(analysis, d)).build());
        }
      }
      return findings;
    }
  }

  private static final class Unratified extends BaseRule {
    Unratified() {
      super(UNRATIFIED, "Decision without legal authority",
          "Committees in common, and STPs and ICSs before 1 July 2022, are not legal bodies: their decisions bind "
              + "only when each member body ratifies them [S25, S32]",
          Severity.ERROR);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      List<Finding> findings = new ArrayList<>();
      Facts decisionFacts = Facts.of(analysis);
      for (int i = 0; i < arrangement.decisions().size(); i++) {
        Decision decision = arrangement.decisions().get(i);
        DecisionBody body = decisionFacts.bodies[i];
        Organisation organisation = decisionFacts.bodyOrganisations[i];
        boolean inCommon = body.kind() == BodyKind.COMMITTEES_IN_COMMON;
        if (!inCommon && !organisation.kind().has(Capability.PARTNERSHIP)) {
          continue;
        }
        TreeSet<OrganisationId> members = new TreeSet<>();
        arrangement.affiliations().stream()
            .filter(a -> a.parent().equals(organisation.id()) && a.period().contains(decision.date()))
            .forEach(a -> members.add(a.member()));
        List<String> missing = new ArrayList<>();
        members.stream().filter(m -> !decision.ratifiedBy().contains(m)).forEach(m -> missing.add(analysis.name(m)));
        if (members.isEmpty() && decision.ratifiedBy().isEmpty()) {
          missing.add("any member body (none is recorded)");
        }
        if (!missing.isEmpty()) {
          findings.add(Finding.builder(this).subjects(decision.id())
              .period(Period.of(decision.date(), decision.date()))
              .message("Decision '" + decision.title() + "' (" + decision.id() + ") by " + analysis.name(body.id())
                  + (inCommon ? ", committees in common," : ", of a partnership that is not a legal entity,")
                  + " binds only when each member body ratifies it, and it was not ratified by "
                  + Facts.joinAnd(missing) + "; record each member's ratification")
              .evidence("members on " + decision.date() + ": " + members + "; ratified by " + decision.ratifiedBy())
              .build());
        }
      }
      return findings;
    }
  }

  private static final class ConflictingDelegation extends BaseRule {
    ConflictingDelegation() {
      super(CONFLICTING_DELEGATION, "Same area delegated twice",
          "When one delegator passes the same function in the same area to two organisations, nobody can say "
              + "which one exercises it",
          Severity.WARNING);
    }

    @Override
    public List<Finding> evaluate(Analysis analysis) {
      Arrangement arrangement = analysis.arrangement();
      Map<String, Delegation[]> pairs = new TreeMap<>();
      Map<String, long[]> periods = new HashMap<>();
      Map<String, AreaSet> areas = new HashMap<>();
      for (FunctionId function : analysis.accountability().analysedFunctions()) {
        for (Span span : analysis.accountability().timeline(function)) {
          if (!span.hasDelegatorWithSeveralDelegations()) {
            continue;
          }
          Map<OrganisationId, List<DelegationState>> byDelegator = span.effectiveByDelegator();
          for (List<DelegationState> states : byDelegator.values()) {
            if (states.size() < 2) {
              continue;
            }
            // sweep the effective sets in order of their first area: only sets whose runs overlap can meet
            List<DelegationState> sorted = new ArrayList<>(states);
            sorted.sort(java.util.Comparator.comparingInt((DelegationState x) -> x.effective().first())
                .thenComparing(x -> x.delegation().id()));
            for (int a = 0; a < sorted.size(); a++) {
              int lastA = sorted.get(a).effective().last();
              for (int b = a + 1; b < sorted.size() && sorted.get(b).effective().first() <= lastA; b++) {
                AreaSet both = sorted.get(a).effective().intersection(sorted.get(b).effective());
                if (both.isEmpty()) {
                  continue;
                }
                Delegation x = sorted.get(a).delegation();
                Delegation y = sorted.get(b).delegation();
                if (x.id().compareTo(y.id()) > 0) {
                  Delegation swap = x;
                  x = y;
                  y = swap;
                }
                String key = x.id() + "|" + y.id();
                pairs.putIfAbsent(key, new Delegation[] {x, y});
                periods.merge(key, new long[] {span.period().startEpochDay(), span.period().endExclusiveEpochDay()},
                    (p, q) -> new long[] {Math.min(p[0], q[0]), Math.max(p[1], q[1])});
                areas.merge(key, both, AreaSet::union);
              }
            }
          }
        }
      }
      List<Finding> findings = new ArrayList<>();
      pairs.forEach((key, pair) -> {
        Period period = Facts.period(periods.get(key)[0], periods.get(key)[1]);
        AreaSet where = areas.get(key);
        FunctionId function = arrangement.isWithin(pair[0].function(), pair[1].function()) ? pair[0].function()
            : pair[1].function();
        findings.add(Finding.builder(this).subjects(pair[0].id(), pair[1].id()).period(period)
            .areas(arrangement.geography().index().areasOf(where))
            .message(analysis.name(pair[0].delegator()) + " passes " + analysis.name(function) + " "
                + analysis.describe(where) + " " + Facts.when(period) + " to both " + analysis.name(pair[0].delegate()) + " and "
                + analysis.name(pair[1].delegate()) + "; end one delegation or narrow their footprints")
            .evidence(describe(analysis, pair[0]), describe(analysis, pair[1])).build());
      });
      return findings;
    }
  }
}
