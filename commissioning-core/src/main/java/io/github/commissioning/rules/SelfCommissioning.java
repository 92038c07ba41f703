package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.Days;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.FunctionTree;
import io.github.commissioning.internal.Span;
import io.github.commissioning.internal.Timelines;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.value.Identifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

final class SelfCommissioning extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.SELF_COMMISSIONING,
      "Organisation commissioning what it provides", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("An organisation that commissions a service in an area and also provides it "
          + "there, or lets a sub-contract to itself or an affiliate, marks its own work. Strategic and "
          + "operational commissioning in one body needs the conflict managed. The rule's test is the project's "
          + "inference from the guidance on new care models.")
      .remedy("Separate the commissioning and the providing, or record how the conflict is managed "
          + "and by whom: a sub-contract with its mitigation recorded is reported as INFO, with the mitigation as "
          + "evidence.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("the annex on new care models"),
          Sources.KINGS_FUND_CONTRACTING.supports("the roles of commissioner, prime contractor and "
              + "sub-contractor"))
      .build();

  SelfCommissioning() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    // (a) a sub-contract let to an affiliate of the one letting it: the affiliations between its two parties,
    // found through an index of affiliations by member, in the order of the arrangement's affiliations
    List<Affiliation> affiliations = arrangement.effectiveAffiliations();
    Map<OrganisationId, List<Integer>> byMember = null;
    for (int i : Access.chainedContracts(arrangement)) {
      Contract c = arrangement.effectiveContracts().get(i);
      if (byMember == null) {
        byMember = new HashMap<>();
        for (int k = 0; k < affiliations.size(); k++) {
          byMember.computeIfAbsent(affiliations.get(k).member(), m -> new ArrayList<>(2)).add(k);
        }
      }
      TreeSet<Integer> between = new TreeSet<>();
      for (int k : byMember.getOrDefault(c.provider(), List.of())) {
        if (affiliations.get(k).parent().equals(c.commissioner())) {
          between.add(k);
        }
      }
      for (int k : byMember.getOrDefault(c.commissioner(), List.of())) {
        if (affiliations.get(k).parent().equals(c.provider())) {
          between.add(k);
        }
      }
      for (int k : between) {
        Affiliation a = affiliations.get(k);
        Optional<DateRange> overlap = a.period().intersection(c.term());
        if (overlap.isPresent()) {
          Finding.Builder finding = Finding.builder(this).addSubjects(c.id()).period(overlap.get())
              .footprint(c.footprint()).severity(c.mitigation().isPresent() ? Severity.INFO : Severity.ERROR)
              .message(analysis.name(c.commissioner()) + " lets a sub-contract for " + analysis.name(c.function())
                  + " to " + analysis.name(c.provider()) + ", " + (a.member().equals(c.provider())
                      ? Facts.relation(a.kind()) + " it" : "of which it is " + Facts.relation(a.kind()).replace("a member of", "a member"))
                  + ", " + Facts.when(overlap.get()) + "; an organisation commissioning for others should not award "
                  + "work to itself or its affiliates without the conflict managed")
              .addEvidence(Wording.describe(analysis, c), analysis.name(a.member()) + " is "
                  + Facts.relation(a.kind()) + " " + analysis.name(a.parent()) + ", " + a.period());
          c.mitigation().ifPresent(m -> finding.addEvidence("managed: " + m));
          findings.add(finding.build());
          break;
        }
      }
    }
    // (b) one organisation exercising commissioning of a function and providing it under contract in the same areas
    Map<List<Identifier<?>>, long[]> periods = new LinkedHashMap<>();
    Map<List<Identifier<?>>, AreaSet> areas = new HashMap<>();
    Map<List<Identifier<?>>, Object[]> subjects = new HashMap<>();
    // each analysed function with the contracts that bear on it: those whose function shares its timeline,
    // and those for a function above it; linear in the contracts and the functions
    Timelines timelines = Access.timelines(analysis.accountability());
    // only a provider that also holds a duty or receives a delegation can commission what it provides: only
    // its contracts are judged (in England most providers, practices and trusts, commission nothing)
    int contractCount = arrangement.effectiveContracts().size();
    int[] providerAt = Access.partyPositions(arrangement, Access.Party.PROVIDER);
    int[] holderAt = Access.partyPositions(arrangement, Access.Party.HOLDER);
    int[] delegateAt = Access.partyPositions(arrangement, Access.Party.DELEGATE);
    boolean[] contracted = new boolean[arrangement.organisations().size()];
    for (int i = 0; i < contractCount; i++) {
      contracted[providerAt[i]] = true;
    }
    boolean[] isProvider = new boolean[contracted.length];
    for (int i = 0; i < arrangement.effectiveDuties().size(); i++) {
      int at = holderAt[i];
      if (contracted[at]) {
        isProvider[at] = true;
      }
    }
    for (int i = 0; i < arrangement.effectiveDelegations().size(); i++) {
      int at = delegateAt[i];
      if (contracted[at]) {
        isProvider[at] = true;
      }
    }
    Map<FunctionId, List<Contract>> byFunction = new HashMap<>();
    Map<FunctionId, Set<Contract>> relevant = new LinkedHashMap<>();
    for (int i = 0; i < contractCount; i++) {
      if (isProvider[providerAt[i]]) {
        Contract c = arrangement.effectiveContracts().get(i);
        byFunction.computeIfAbsent(c.function(), k -> new ArrayList<>()).add(c);
        relevant.computeIfAbsent(timelines.analysedAs(c.function()), k -> new LinkedHashSet<>()).add(c);
      }
    }
    if (!byFunction.isEmpty()) {
      Map<FunctionId, FunctionId> nearest = FunctionTree.nearestAtOrAbove(arrangement, byFunction.keySet());
      for (FunctionId function : timelines.analysedFunctions()) {
        FunctionId at = nearest.get(function);
        while (at != null) {
          relevant.computeIfAbsent(function, k -> new LinkedHashSet<>()).addAll(byFunction.get(at));
          FunctionId above = arrangement.function(at).flatMap(CommissioningFunction::parent).orElse(null);
          at = above == null ? null : nearest.get(above);
        }
      }
    }
    relevant.forEach((function, contracts) -> judge(analysis, timelines, function, contracts, isProvider, periods,
        areas, subjects));
    periods.forEach((key, p) -> {
      Object[] subject = Objects.requireNonNull(subjects.get(key));
      AreaSet where = Objects.requireNonNull(areas.get(key));
      OrganisationId organisation = (OrganisationId) subject[0];
      FunctionId function = (FunctionId) subject[1];
      DateRange period = Facts.period(p[0], p[1]);
      findings.add(Finding.builder(this).addSubjects(organisation, function).period(period)
          .areas(Access.index(arrangement.geography()).areasOf(where))
          .message(analysis.name(organisation) + " commissions " + analysis.name(function) + " "
              + analysis.describe(where) + " and also provides it there under contract " + subject[2] + " "
              + Facts.when(period) + "; separate the commissioning from the provision")
          .build());
    });
    return findings;
  }

  /**
   * For one analysed function: each span's commissioning areas of the organisations that provide under some
   * contract, computed once, then each contract's provider judged against them over the contract's term.
   */
  private static void judge(Analysis analysis, Timelines timelines, FunctionId function, Set<Contract> contracts,
      boolean[] isProvider, Map<List<Identifier<?>>, long[]> periods,
      Map<List<Identifier<?>>, AreaSet> areas, Map<List<Identifier<?>>, Object[]> subjects) {
    Arrangement arrangement = analysis.arrangement();
    // the holders and delegates by position, from the arrangement's columns: a duty or delegation is not read
    int[] holders = Access.partyPositions(arrangement, Access.Party.HOLDER);
    int[] delegates = Access.partyPositions(arrangement, Access.Party.DELEGATE);
    List<Organisation> organisations = arrangement.organisations();
    for (Span span : timelines.timeline(function)) {
      Map<OrganisationId, AreaSet> commissions = new HashMap<>();
      for (int i = 0; i < span.duties().size(); i++) {
        int at = holders[span.dutyPosition(i)];
        if (isProvider[at]) {
          commissions.merge(organisations.get(at).id(), span.dutyAreas(i), AreaSet::union);
        }
      }
      for (DelegationState state : span.delegations()) {
        int at = delegates[state.position()];
        if (isProvider[at]) {
          commissions.merge(organisations.get(at).id(), state.effective(), AreaSet::union);
        }
      }
      if (commissions.isEmpty()) {
        continue;
      }
      for (Contract c : contracts) {
        AreaSet commissioned = commissions.get(c.provider());
        if (commissioned == null) {
          continue;
        }
        DateRange clipped = Facts.clip(span.period(), Days.start(c.term()), Days.endExclusive(c.term()));
        if (clipped == null) {
          continue;
        }
        AreaSet both = Access.areas(arrangement.geography(), c.footprint()).intersection(commissioned);
        if (!both.isEmpty()) {
          List<Identifier<?>> key = List.of(c.provider(), function);
          periods.merge(key, new long[] {Days.start(clipped), Days.endExclusive(clipped)},
              (p, q) -> new long[] {Math.min(p[0], q[0]), Math.max(p[1], q[1])});
          areas.merge(key, both, AreaSet::union);
          subjects.putIfAbsent(key, new Object[] {c.provider(), function, c.id()});
        }
      }
    }
  }
}
