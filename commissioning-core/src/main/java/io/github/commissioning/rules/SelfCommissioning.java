package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.Days;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.internal.Span;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.Arrangement;
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
    // (a) a sub-contract let to an affiliate of its delegator
    for (Delegation d : arrangement.effectiveDelegations()) {
      if (d.mechanism() != Mechanism.SUB_CONTRACT) {
        continue;
      }
      for (Affiliation a : arrangement.affiliations()) {
        boolean linked = (a.member().equals(d.delegate()) && a.parent().equals(d.delegator()))
            || (a.member().equals(d.delegator()) && a.parent().equals(d.delegate()));
        Optional<DateRange> overlap = a.period().intersection(d.period());
        if (linked && overlap.isPresent()) {
          findings.add(Finding.builder(this).addSubjects(d.id()).period(overlap.get()).footprint(d.footprint())
              .message(analysis.name(d.delegator()) + " lets a sub-contract for " + analysis.name(d.function())
                  + " to " + analysis.name(d.delegate()) + ", " + (a.member().equals(d.delegate())
                      ? Facts.relation(a.kind()) + " it" : "of which it is " + Facts.relation(a.kind()).replace("a member of", "a member"))
                  + ", " + Facts.when(overlap.get()) + "; an organisation commissioning for others should not award "
                  + "work to itself or its affiliates without the conflict managed")
              .addEvidence(Wording.describe(analysis, d), analysis.name(a.member()) + " is "
                  + Facts.relation(a.kind()) + " " + analysis.name(a.parent()) + ", " + a.period())
              .build());
          break;
        }
      }
    }
    // (b) one organisation exercising commissioning of a function and providing it in the same areas
    Map<List<Identifier<?>>, long[]> periods = new LinkedHashMap<>();
    Map<List<Identifier<?>>, AreaSet> areas = new HashMap<>();
    Map<List<Identifier<?>>, Object[]> subjects = new HashMap<>();
    for (FunctionId function : analysis.accountability().analysedFunctions()) {
      for (Span span : Access.timelines(analysis.accountability()).timeline(function)) {
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
            List<Identifier<?>> key = List.of(organisation, function);
            periods.merge(key, new long[] {Days.start(span.period()), Days.endExclusive(span.period())},
                (p, q) -> new long[] {Math.min(p[0], q[0]), Math.max(p[1], q[1])});
            areas.merge(key, both, AreaSet::union);
            subjects.putIfAbsent(key, new Object[] {organisation, function});
          }
        });
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
              + analysis.describe(where) + " and also provides it there under a sub-contract "
              + Facts.when(period) + "; separate the commissioning from the provision")
          .build());
    });
    return findings;
  }
}
