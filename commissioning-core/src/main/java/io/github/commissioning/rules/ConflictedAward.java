package io.github.commissioning.rules;

import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.PersonId;
import java.util.ArrayList;
import java.util.List;

final class ConflictedAward extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.CONFLICTED_AWARD,
      "Contract awarded to a provider a decision-maker has a "
          + "financial interest in", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("A contract must not be awarded where conflicts affect, or appear to affect, the "
          + "integrity of the award. The rule reports a decision that awards a contract while a member taking "
          + "part holds a financial or indirect interest that reaches the provider, and names the procurement law "
          + "of the award's date: the 2013 regulations, or the Provider Selection Regime from 1 January 2024. The regulation's exact "
          + "wording has not been checked by the project, so the rule is provisional.")
      .remedy("Make the award again without the conflicted decision-makers, recording the conflict "
          + "and how it was managed.")
      .sources(Sources.PROCUREMENT_REGULATIONS.supports("regulation 6: no award where conflicts affect its integrity"),
          Sources.PROVIDER_SELECTION_REGIME.supports("from 1 January 2024, conflicts are identified and managed"),
          Sources.BMJ_2015.supports("contracts worth £2.4bn awarded to organisations in which "
              + "board members had interests"))
      .build();

  /** The roles of {@link DecisionFacts#flags()} of someone taking part. */
  private static final int TAKING_PART = takingPart();

  private static int takingPart() {
    int mask = 0;
    for (int roles = 0; roles < 16; roles++) {
      mask |= DecisionFacts.Entry.isTakingPart(roles) ? 1 << roles : 0;
    }
    return mask;
  }

  ConflictedAward() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    InterestIndex index = InterestIndex.of(analysis);
    DecisionFacts facts = DecisionFacts.of(analysis);
    List<Finding> findings = new ArrayList<>();
    List<Decision> decisions = analysis.arrangement().decisions();
    int[] conflicted = facts.conflicted();
    int[] flags = facts.flags();
    for (int at = 0; at < conflicted.length; at++) {
      // an interest reaching the provider conflicts its holder on the decision, which names the provider:
      // only those the decision's facts found conflicted can be, and of those only a procurement where someone
      // conflicted took part (bits of the flags), whose decision is read
      if ((flags[at] & DecisionFacts.Entry.PROCUREMENT) == 0 || (flags[at] & TAKING_PART) == 0) {
        continue;
      }
      int i = conflicted[at];
      Decision decision = decisions.get(i);
      DecisionFacts.Entry entry = facts.at(i);
      if (decision.awardedTo().isEmpty()) {
        continue;
      }
      OrganisationId provider = decision.awardedTo().get();
      PersonId[] people = entry.withConflicts();
      for (int k = 0; k < people.length; k++) {
        if (!DecisionFacts.Entry.isTakingPart(entry.roles(k))) {
          continue;
        }
        PersonId person = people[k];
        List<Conflict> conflicts = index.conflictsWith(person, decision, provider).stream()
            .filter(c -> c.interest().kind() == InterestKind.FINANCIAL || c.interest().kind() == InterestKind.INDIRECT)
            .toList();
        if (!conflicts.isEmpty()) {
          findings.add(Finding.builder(this).addSubjects(decision.id(), person)
              .severity(Wording.strongest(conflicts, Severity.ERROR)).period(DateRange.of(decision.date(), decision.date()))
              .message(analysis.name(person) + " took part in " + Wording.decisionName(analysis, decision)
                  + ", which awarded a contract to " + analysis.name(provider) + ", while holding "
                  + Wording.summary(analysis, conflicts) + ", under " + Wording.procurementRegimeOn(decision.date())
                  + "; make the award again without conflicted decision-makers")
              .addEvidence(Wording.evidence(analysis, conflicts)).build());
        }
      }
    }
    return findings;
  }
}
