package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.Days;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Span;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractForm;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.value.Identifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

final class SelfCommissioning extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.SELF_COMMISSIONING,
      "Organisation commissioning what it provides", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("An organisation that commissions a service in an area and also provides it "
          + "there, or lets a sub-contract to itself or an affiliate, marks its own work. Strategic and "
          + "operational commissioning in one body needs the conflict managed. The rule's test is the project's "
          + "inference from the guidance on new care models.")
      .remedy("Separate the commissioning and the providing, or record how the conflict is managed "
          + "and by whom.")
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
    // (a) a sub-contract let to an affiliate of the one letting it
    for (Contract c : arrangement.effectiveContracts()) {
      if (c.prime().isEmpty() && c.form() != ContractForm.SUB_CONTRACT) {
        continue;
      }
      for (Affiliation a : arrangement.effectiveAffiliations()) {
        boolean linked = (a.member().equals(c.provider()) && a.parent().equals(c.commissioner()))
            || (a.member().equals(c.commissioner()) && a.parent().equals(c.provider()));
        Optional<DateRange> overlap = a.period().intersection(c.term());
        if (linked && overlap.isPresent()) {
          findings.add(Finding.builder(this).addSubjects(c.id()).period(overlap.get()).footprint(c.footprint())
              .message(analysis.name(c.commissioner()) + " lets a sub-contract for " + analysis.name(c.function())
                  + " to " + analysis.name(c.provider()) + ", " + (a.member().equals(c.provider())
                      ? Facts.relation(a.kind()) + " it" : "of which it is " + Facts.relation(a.kind()).replace("a member of", "a member"))
                  + ", " + Facts.when(overlap.get()) + "; an organisation commissioning for others should not award "
                  + "work to itself or its affiliates without the conflict managed")
              .addEvidence(Wording.describe(analysis, c), analysis.name(a.member()) + " is "
                  + Facts.relation(a.kind()) + " " + analysis.name(a.parent()) + ", " + a.period())
              .build());
          break;
        }
      }
    }
    // (b) one organisation exercising commissioning of a function and providing it under contract in the same areas
    Map<List<Identifier<?>>, long[]> periods = new LinkedHashMap<>();
    Map<List<Identifier<?>>, AreaSet> areas = new HashMap<>();
    Map<List<Identifier<?>>, Object[]> subjects = new HashMap<>();
    List<FunctionId> analysed = analysis.accountability().analysedFunctions();
    for (Contract c : arrangement.effectiveContracts()) {
      AreaSet contracted = Access.areas(arrangement.geography(), c.footprint());
      for (FunctionId part : analysed) {
        if (!arrangement.isWithin(part, c.function()) && !arrangement.isWithin(c.function(), part)) {
          continue;
        }
        judge(analysis, c, part, contracted, periods, areas, subjects);
      }
    }
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

  private static void judge(Analysis analysis, Contract c, FunctionId function, AreaSet contracted,
      Map<List<Identifier<?>>, long[]> periods, Map<List<Identifier<?>>, AreaSet> areas,
      Map<List<Identifier<?>>, Object[]> subjects) {
    for (Span span : Access.timelines(analysis.accountability()).timeline(function)) {
      DateRange clipped = Facts.clip(span.period(), Days.start(c.term()), Days.endExclusive(c.term()));
      if (clipped == null) {
        continue;
      }
      AreaSet commissions = AreaSet.empty();
      for (int i = 0; i < span.duties().size(); i++) {
        if (span.duties().get(i).holder().equals(c.provider())) {
          commissions = commissions.union(span.dutyAreas(i));
        }
      }
      for (DelegationState state : span.delegations()) {
        if (state.delegation().delegate().equals(c.provider())) {
          commissions = commissions.union(state.effective());
        }
      }
      AreaSet both = contracted.intersection(commissions);
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
