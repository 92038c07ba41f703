package io.github.commissioning.rules;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.Capability;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

final class Unratified extends PerDecision {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.UNRATIFIED,
      "Decision without legal authority", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("Committees in common, and STP and ICS partnerships before 1 July 2022, were not "
          + "legal bodies: a decision of theirs binds only when each member body ratifies it. The rule reports "
          + "such a decision that a member in the partnership on its date did not ratify."
          + " That such decisions bind only on ratification is the project's reading of commentary and of the law that gives these partnerships no legal personality, so the rule is provisional.")
      .remedy("Record each member body's ratification of the decision, or have a body with legal "
          + "authority take it.")
      .sources(Sources.COMMITTEES_IN_COMMON.supports("committees in common had no binding authority: each CCG "
              + "ratified separately"),
          Sources.HEALTH_COMMITTEE_2018.supports("STPs and ICSs were not statutory bodies; their authority "
              + "came from their members"))
      .build();

  Unratified() {
    super(INFO);
  }

  @Override
  boolean concerns(DecisionBody body, Organisation organisation, Facts.Deciders deciders) {
    return body.kind() == BodyKind.COMMITTEES_IN_COMMON || organisation.kind().has(Capability.PARTNERSHIP);
  }

  @Override
  void judge(Analysis analysis, int position, DecisionBody body, Organisation organisation, Facts.Deciders deciders,
      List<Finding> findings) {
    Decision decision = decision(analysis, position);
    Arrangement arrangement = analysis.arrangement();
    // only for the decisions of the bodies that concern() accepts: committees in common, or of a partnership
    boolean inCommon = body.kind() == BodyKind.COMMITTEES_IN_COMMON;
    SortedSet<OrganisationId> members = Facts.membersOn(analysis, organisation.id(), decision.date());
    List<String> missing = new ArrayList<>();
    members.stream().filter(m -> !decision.ratifiedBy().contains(m)).forEach(m -> missing.add(analysis.name(m)));
    if (members.isEmpty() && decision.ratifiedBy().isEmpty()) {
      missing.add("any member body (none is recorded)");
    }
    if (!missing.isEmpty()) {
      findings.add(Finding.builder(this).addSubjects(decision.id())
          .period(DateRange.of(decision.date(), decision.date()))
          .message("Decision '" + decision.title() + "' (" + decision.id() + ") by " + analysis.name(body.id())
              + (inCommon ? ", committees in common," : ", of a partnership that is not a legal entity,")
              + " binds only when each member body ratifies it, and it was not ratified by "
              + Facts.joinAnd(missing) + "; record each member's ratification")
          .addEvidence("members on " + decision.date() + ": " + members + "; ratified by " + decision.ratifiedBy())
          .build());
    }
  }
}
