package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class IneligibleBoardMember extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.INELIGIBLE_BOARD_MEMBER,
      "ICB board member with a private healthcare interest", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("No one may sit on an ICB board whose involvement with the private sector would "
          + "undermine the independence of the NHS's decisions. The rule takes a financial interest in a provider "
          + "that is not an NHS body as such involvement, which is the project's inference. A statutory partner "
          + "member (nominated by the area's trusts, primary medical services or local authorities) is there to bring "
          + "a sector's knowledge; for such a seat the finding is INFO.")
      .remedy("Review the member's eligibility, and record the decision and its reasons.")
      .sources(Sources.ICB_GOVERNANCE.supports("no one sits on an ICB board whose other interests would "
              + "undermine its independence"),
          Sources.NHS_ACT_SCHEDULE_1B.supports("paragraph 4: no appointment that could undermine the independence "
              + "of the health service; paragraph 8: partner members nominated by sectors"))
      .build();

  private static final Set<OrganisationKind> PRIVATE = EnumSet.of(OrganisationKind.OTHER, OrganisationKind.ACO,
      OrganisationKind.LEAD_PROVIDER);

  IneligibleBoardMember() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    InterestIndex index = InterestIndex.of(analysis);
    List<Finding> findings = new ArrayList<>();
    // the boards of ICBs, a few of the bodies, found by position: a membership is read only if it is a seat on one
    Facts facts = Facts.of(analysis);
    List<DecisionBody> bodies = arrangement.bodies();
    boolean[] icbBoard = new boolean[bodies.size()];
    for (int b = 0; b < icbBoard.length; b++) {
      icbBoard[b] = bodies.get(b).kind() == BodyKind.BOARD && facts.organisationOfBody[b].kind() == OrganisationKind.ICB;
    }
    int[] bodyOf = Access.partyPositions(arrangement, Access.Party.MEMBERSHIP_BODY);
    List<Membership> memberships = arrangement.memberships();
    for (int k = 0; k < bodyOf.length; k++) {
      if (!icbBoard[bodyOf[k]]) {
        continue;
      }
      Membership m = memberships.get(k);
      DecisionBody body = bodies.get(bodyOf[k]);
      Organisation organisation = facts.organisationOfBody[bodyOf[k]];
      for (Interest interest : index.interestsOf(m.person())) {
        Organisation provider = arrangement.organisation(interest.organisation()).orElseThrow();
        // the seat counts only while the board and its ICB exist
        Optional<DateRange> overlap = interest.period().intersection(m.period()).flatMap(body.period()::intersection)
            .flatMap(organisation.existence()::intersection);
        if (interest.kind() == InterestKind.FINANCIAL && !interest.isIndirect() && PRIVATE.contains(provider.kind())
            && overlap.isPresent()) {
          boolean seat = m.designations().stream().anyMatch(Designation::isStatutorySeat);
          Finding.Builder finding = Finding.builder(this).addSubjects(m.person(), body.id(), interest.id())
              .severity(seat ? Severity.INFO : Severity.ERROR).period(overlap.get())
              .message(analysis.name(m.person()) + " sits on " + analysis.name(body.id()) + " of "
                  + analysis.name(organisation.id()) + " while holding a financial interest in "
                  + analysis.name(provider.id()) + ", a private provider, " + Facts.when(overlap.get()) + (seat
                      ? "; the seat is a statutory partner member's: record how the board judged the appointment "
                          + "and manages the interest"
                      : "; the interest undermines the board's independence: end one or the other"));
          if (seat) {
            finding.addEvidence("managed: " + analysis.name(m.person()) + " holds a statutory partner member's seat, "
                + "nominated by the sector whose knowledge the Act asks the board to have");
          }
          findings.add(finding.build());
        }
      }
    }
    return findings;
  }
}
