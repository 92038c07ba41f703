package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.Capability;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

final class UltraVires extends PerDecision {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.ULTRA_VIRES,
      "Decision outside the body's remit", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("A decision body may decide only what its remit gives it, while it exists, for "
          + "functions its organisation holds or exercises on that date. A decision outside the remit, outside "
          + "the body's dates or on a function the organisation neither holds nor exercises has no authority. "
          + "Committees in common act for their member bodies, so for them the test is that each member body on "
          + "the date holds or exercises the function. "
          + "Schemes of reservation and delegation are statutory guidance for ICBs; applying the test to every "
          + "body is the project's inference.")
      .remedy("Refer the decision to a body whose remit and organisation cover the function on that "
          + "date, or correct the body's remit.")
      .sources(Sources.DELEGATION_GUIDANCE.supports("each ICB's scheme of reservation and delegation sets what "
              + "each body may decide"))
      .build();

  UltraVires() {
    super(INFO);
  }

  @Override
  void judge(Analysis analysis, int position, DecisionBody body, Organisation organisation, Facts.Deciders deciders,
      List<Finding> findings) {
    Arrangement arrangement = analysis.arrangement();
    // the decision's function and date from the arrangement's columns: the decision is read for a finding only
    FunctionId function = Access.decisionFunctions(arrangement)[position];
    LocalDate date = Access.decisionDates(arrangement)[position];
    boolean inRemit = deciders.inRemit(body, function);
    // the usual case, decided in a few tests: within the remit, in the body's life, and its organisation (not a
    // committees in common) holds or exercises the function
    if (inRemit && body.period().contains(date) && body.kind() != BodyKind.COMMITTEES_IN_COMMON
        && (organisation.kind().has(Capability.SUPPORT_ONLY)
            || deciders.holdsOrExercises(organisation.id(), function, date))) {
      return;
    }
    judge(analysis, decision(analysis, position), body, organisation, deciders, findings, function, date, inRemit);
  }

  private void judge(Analysis analysis, Decision decision, DecisionBody body, Organisation organisation,
      Facts.Deciders deciders, List<Finding> findings, FunctionId function, LocalDate date, boolean inRemit) {
    @Nullable List<String> reasons = null;   // made for the few decisions outside what the body may decide
    if (!inRemit) {
      List<String> remit = new ArrayList<>();
      body.remit().forEach(r -> remit.add(analysis.name(r)));
      reasons = add(reasons, analysis.name(function) + " is outside its remit (" + String.join(", ", remit) + ")");
    }
    if (!body.period().contains(date)) {
      reasons = add(reasons, "the body did not exist on " + date + " (it existed " + body.period() + ")");
    }
    SortedSet<OrganisationId> members = body.kind() == BodyKind.COMMITTEES_IN_COMMON
        ? Facts.membersOn(analysis, organisation.id(), date) : Collections.emptySortedSet();
    if (!members.isEmpty()) {
      List<String> without = new ArrayList<>();
      for (OrganisationId member : members) {
        if (!Facts.holdsOrExercises(analysis, member, function, date)) {
          without.add(analysis.name(member));
        }
      }
      if (!without.isEmpty()) {
        reasons = add(reasons, "its member" + (without.size() == 1 ? " " : "s ") + Facts.joinAnd(without)
            + (without.size() == 1 ? " neither holds nor exercises " : " neither hold nor exercise ")
            + analysis.name(function) + " on " + date);
      }
    } else if (!organisation.kind().has(Capability.SUPPORT_ONLY)
        && !deciders.holdsOrExercises(organisation.id(), function, date)) {
      reasons = add(reasons, analysis.name(organisation.id()) + " neither holds nor exercises "
          + analysis.name(function) + " on " + date);
    }
    if (reasons != null) {
      findings.add(Finding.builder(this).addSubjects(decision.id(), body.id())
          .period(DateRange.of(decision.date(), decision.date()))
          .message("Decision '" + decision.title() + "' (" + decision.id() + ") by " + analysis.name(body.id())
              + " on " + decision.date() + " is outside what the body may decide: " + String.join("; ", reasons)
              + "; refer it to a body whose remit and organisation cover " + analysis.name(decision.function()))
          .addEvidence(reasons).build());
    }
  }

  private static List<String> add(@Nullable List<String> reasons, String reason) {
    List<String> list = reasons == null ? new ArrayList<>(2) : reasons;
    list.add(reason);
    return list;
  }
}
