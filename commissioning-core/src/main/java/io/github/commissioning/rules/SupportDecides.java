package io.github.commissioning.rules;

import io.github.commissioning.model.Capability;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Organisation;
import java.util.List;

final class SupportDecides extends PerDecision {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.SUPPORT_DECIDES,
      "Support organisation recorded as deciding", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("Commissioning support carries no decision rights: a commissioning support unit, "
          + "or any organisation that only supports the commissioner of a function, cannot take the commissioning "
          + "decision. The commissioner stays legally accountable and must take it."
          + " The project has not checked the wording of NHS England's page, so the rule is provisional.")
      .remedy("Have the commissioner's own decision body take the decision, with the support "
          + "organisation advising.")
      .sources(Sources.COMMISSIONING_SUPPORT.supports("CCGs could not hand commissioning responsibility to support "
              + "units; they stayed accountable"))
      .build();

  SupportDecides() {
    super(INFO);
  }

  @Override
  boolean concerns(DecisionBody body, Organisation organisation, Facts.Deciders deciders) {
    return organisation.kind().has(Capability.SUPPORT_ONLY) || deciders.receivesAnySupport(organisation.id());
  }

  @Override
  void judge(Analysis analysis, int position, DecisionBody body, Organisation organisation, Facts.Deciders deciders,
      List<Finding> findings) {
    boolean supportOnly = organisation.kind().has(Capability.SUPPORT_ONLY);
    // only for the decisions of the bodies that concern() accepts: of support organisations, or of those that
    // receive support
    Decision decision = decision(analysis, position);
    boolean onlySupporting = !supportOnly
        && deciders.receivesSupportFor(organisation.id(), decision)
        && !deciders.holdsOrExercises(organisation.id(), decision.function(), decision.date());
    if (supportOnly || onlySupporting) {
      findings.add(Finding.builder(this).addSubjects(decision.id(), organisation.id())
          .period(DateRange.of(decision.date(), decision.date()))
          .message(analysis.name(body.id()) + " of " + analysis.name(organisation.id()) + " took decision '"
              + decision.title() + "' (" + decision.id() + ") on " + analysis.name(decision.function()) + " on "
              + decision.date() + ", but " + analysis.name(organisation.id())
              + (supportOnly ? " is a support organisation" : " only supports the commissioner of it")
              + " and has no decision rights; the commissioner must take the decision")
          .addEvidence("body " + body.id() + " (" + Facts.words(body.kind()) + ") of " + analysis.name(organisation.id())
              + ", a " + Facts.words(organisation.kind()))
          .build());
    }
  }
}
