package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

final class PcccComposition extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.PCCC_COMPOSITION,
      "PCCC without a lay chair or a lay and executive majority", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("A primary care commissioning committee has a lay chair and a lay and executive "
          + "majority, so that GPs do not decide their own contracts. These clauses are from the guidance as "
          + "recalled and have not been checked, so each is a switch in PcccPolicy, all on by default. The guidance "
          + "was for CCGs' committees under delegated commissioning, so the rule judges CCGs' PCCCs only; from 1 "
          + "July 2022 an ICB's committees follow its own constitution.")
      .remedy("Appoint a lay chair, or more lay and executive members, or give the rule the policy "
          + "the committee's terms of reference set.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("lay members attend the primary care commissioning committee"),
          Sources.PCCC_STUDY.supports("committees studied had one to three GP voting members and "
              + "needed a lay member and an executive for quorum"))
      .build();

  private final PcccPolicy policy;

  PcccComposition(PcccPolicy policy) {
    super(INFO);
    this.policy = policy;
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    // the bodies, their organisations and members by position, as the shared facts hold them: no id looked up
    Facts facts = Facts.of(analysis);
    Access.Seats columns = Access.seats(arrangement);
    OrganisationKind[] kinds = Access.kinds(arrangement);
    DateRange[] existences = Access.existences(arrangement);
    List<DecisionBody> bodies = arrangement.bodies();
    for (int b = 0; b < bodies.size(); b++) {
      DecisionBody body = bodies.get(b);
      if (body.kind() != BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE) {
        continue;
      }
      int at = facts.organisationAtOfBody[b];
      if (kinds[at] != OrganisationKind.CCG) {
        continue;   // the guidance on PCCCs was for CCGs; an ICB's committees follow its own constitution
      }
      Optional<DateRange> window = body.period().intersection(existences[at]);
      if (window.isEmpty()) {
        continue;
      }
      int nth = 0;
      // the members' roles, votes, posts and days from the arrangement's columns: only a chair is read
      for (Map.Entry<DateRange, String> piece : Facts.overSeats(window.get(), facts.membershipsAtBody(b), columns,
          active -> breach(analysis, at, columns, active))) {
        DateRange period = piece.getKey();
        findings.add(Finding.builder(this).addSubjects(body.id()).occurrence(nth++).period(period)
            .message(analysis.name(body.id()) + " of " + analysis.name(facts.organisationOfBody[b].id()) + " "
                + piece.getValue() + " "
                + Facts.when(period) + "; appoint a lay chair and enough lay and executive members")
            .addEvidence("policy: " + policy).build());
      }
    }
    return findings;
  }

  /** What the seats in force break, or null; the organisation and its members by position, a chair read for a breach. */
  private @Nullable String breach(Analysis analysis, int organisation, Access.Seats columns, int[] active) {
    if (active.length == 0) {
      return null;
    }
    long latest = Long.MIN_VALUE;
    int chairSeat = -1;
    for (int seat : active) {
      latest = Math.max(latest, columns.from()[seat]);
      chairSeat = chairSeat < 0 && columns.roles()[seat] == Role.CHAIR ? seat : chairSeat;
    }
    List<String> breaches = new ArrayList<>();
    List<Membership> memberships = analysis.arrangement().memberships();
    if (policy.requiresLayChair() && (chairSeat < 0
        || !Wording.isLay(analysis, columns.people()[chairSeat], organisation, latest))) {
      breaches.add(chairSeat < 0 ? "has no chair" : "is chaired by "
          + analysis.name(memberships.get(chairSeat).person()) + ", who is not a lay member");
    }
    long voting = 0;
    long layOrExecutive = 0;
    long clinical = 0;
    for (int seat : active) {
      if (!columns.voting()[seat]) {
        continue;
      }
      Role role = columns.roles()[seat];
      voting++;
      layOrExecutive += role == Role.LAY || role == Role.EXECUTIVE || (role == Role.CHAIR
          && Wording.isLay(analysis, columns.people()[seat], organisation, latest)) ? 1 : 0;
      clinical += role == Role.CLINICAL || columns.hasPost(seat, Designation.GP) ? 1 : 0;
    }
    if (policy.requiresLayAndExecutiveMajority() && layOrExecutive * 2 <= voting) {
      breaches.add("has " + layOrExecutive + " lay and executive members of " + voting + " voting, not a majority");
    }
    if (policy.forbidsGpMajority() && clinical * 2 > voting) {
      breaches.add("gives GPs and clinical members " + clinical + " of " + voting + " votes, a majority");
    }
    return breaches.isEmpty() ? null : String.join(", ", breaches);
  }
}
