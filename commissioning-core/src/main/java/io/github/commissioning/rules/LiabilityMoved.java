package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Power;
import java.util.ArrayList;
import java.util.List;

final class LiabilityMoved extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.LIABILITY_MOVED,
      "Delegation recorded as moving accountability", Severity.ERROR)
      .status(RuleStatus.STABLE)
      .explanation("Arrangements for another body to exercise NHS England's functions do not affect "
          + "NHS England's liability for them (section 13Z(6)), and delegation under section 65Z5 likewise leaves "
          + "the delegator accountable. A delegation recorded as transferring liability misstates the law; the "
          + "finding cites the section the arrangement's law gives the delegation on its first day.")
      .remedy("Correct the record: the delegator stays accountable, and the delegate exercises the "
          + "function.")
      .sources(Sources.NHS_ACT_13Z.supports("subsection (6): arrangements do not affect NHS England's "
              + "liability"),
          Sources.PRIMARY_CARE_FAQ.supports("NHS England keeps statutory liability under delegated "
              + "commissioning"),
          Sources.DELEGATION_GUIDANCE.supports("delegation does not move accountability"))
      .build();

  LiabilityMoved() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    List<Finding> findings = new ArrayList<>();
    // only the delegations recording liability as moving, as the arrangement lists them: most record none
    for (int i : Access.liabilityRecorded(analysis.arrangement())) {
      Delegation d = analysis.arrangement().effectiveDelegations().get(i);
      if (d.isLiabilityTransferRecorded()) {
        findings.add(Finding.builder(this).addSubjects(d.id()).period(d.period()).footprint(d.footprint())
            .message("Delegation " + d.id() + " records accountability for " + analysis.name(d.function())
                + " as moving from " + analysis.name(d.delegator()) + " to " + analysis.name(d.delegate())
                + "; delegation does not move liability (" + basis(analysis, d) + "): correct the record")
            .addEvidence(Wording.describe(analysis, d)).build());
      }
    }
    return findings;
  }

  /** s13Z(6) for NHS England's delegations before 1 July 2022; otherwise the section the law gives the delegation. */
  private static String basis(Analysis analysis, Delegation d) {
    Arrangement arrangement = analysis.arrangement();
    OrganisationKind from = arrangement.organisation(d.delegator()).orElseThrow().kind();
    OrganisationKind to = arrangement.organisation(d.delegate()).orElseThrow().kind();
    String section = arrangement.law().power(d.mechanism(), from, to, d.period().start()).map(Power::section)
        .orElse("s13Z(6)");
    return section.equals("s13Z") ? "s13Z(6)" : section;
  }
}
