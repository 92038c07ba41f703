package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class Institutional extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.INSTITUTIONAL,
      "Organisation on a joint body deciding its own contract", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("An organisation that sits on a joint committee is conflicted when the committee "
          + "decides its own contract, as a person would be. No source states this for organisations; the rule "
          + "extends the procurement rules on conflicts.")
      .remedy("Have the member organisation withdraw from the decision, or have a body it does not "
          + "sit on take it.")
      .sources(Sources.PROVIDER_SELECTION_REGIME.supports("conflicts of interest in provider selection are identified "
              + "and managed"))
      .build();

  Institutional() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    // only a procurement decision, as the arrangement lists them, can award a contract
    for (int i : Access.procurementDecisions(arrangement)) {
      Decision decision = arrangement.decisions().get(i);
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
      Optional<Affiliation> seat = arrangement.effectiveAffiliations().stream()
          .filter(a -> a.member().equals(provider) && a.parent().equals(joint.id()) && a.period().contains(decision.date()))
          .findFirst();
      if (seat.isPresent()) {
        findings.add(Finding.builder(this).addSubjects(decision.id(), provider)
            .period(DateRange.of(decision.date(), decision.date()))
            .message(Wording.capitalised(Wording.decisionName(analysis, decision)) + " awarded a contract to " + analysis.name(provider)
                + ", itself " + Facts.relation(seat.get().kind()) + " " + analysis.name(joint.id())
                + "; the member should withdraw and the award be decided without it")
            .addEvidence(analysis.name(provider) + " is " + Facts.relation(seat.get().kind()) + " "
                + analysis.name(joint.id()) + ", " + seat.get().period())
            .build());
      }
    }
    return findings;
  }
}
