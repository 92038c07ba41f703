package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.DelegationState;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationKind;
import java.util.List;
import java.util.Optional;

final class WrongLevel extends PerDecision {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.WRONG_LEVEL,
      "Delegated primary care decided below the PCCC", Severity.ERROR)
      .status(RuleStatus.STABLE)
      .explanation("When NHS England delegated primary medical services to a CCG, sub-groups could "
          + "prepare business cases, but the final decision was the primary care commissioning committee's. A "
          + "decision on a function the CCG exercises under that delegation, taken by any other body of the CCG, "
          + "breaks that rule.")
      .remedy("Take the decision to the CCG's primary care commissioning committee.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("final decisions on delegated primary medical services are "
              + "taken by the primary care commissioning committee"))
      .build();

  WrongLevel() {
    super(INFO);
  }

  @Override
  boolean concerns(DecisionBody body, Organisation organisation, Facts.Deciders deciders) {
    return body.kind() != BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE && organisation.kind() == OrganisationKind.CCG;
  }

  @Override
  void judge(Analysis analysis, int position, DecisionBody body, Organisation organisation, Facts.Deciders deciders,
      List<Finding> findings) {
    Decision decision = decision(analysis, position);
    // only for the decisions of the bodies that concern() accepts: a CCG's bodies other than its PCCC
    Arrangement arrangement = analysis.arrangement();
    Optional<DelegationState> delegated = Access.timelines(analysis.accountability()).spanAt(decision.function(), decision.date())
        .stream().flatMap(s -> s.effectiveInto(organisation.id()).stream())
        .filter(s -> s.delegation().mechanism() == Mechanism.DELEGATION
            && arrangement.organisation(s.delegation().delegator()).orElseThrow().kind() == OrganisationKind.NHS_ENGLAND)
        .findFirst();
    if (delegated.isPresent()) {
      Delegation d = delegated.get().delegation();
      findings.add(Finding.builder(this).addSubjects(decision.id(), body.id())
          .period(DateRange.of(decision.date(), decision.date()))
          .message("Decision '" + decision.title() + "' (" + decision.id() + ") on " + analysis.name(decision.function())
              + ", which " + analysis.name(organisation.id()) + " exercises under delegation from "
              + analysis.name(d.delegator()) + ", was taken by " + analysis.name(body.id())
              + " rather than the primary care commissioning committee; take it to the PCCC")
          .addEvidence(Wording.describe(analysis, d), "body " + body.id() + " is a " + Facts.words(body.kind()))
          .build());
    }
  }
}
