package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class LayShortfall extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.LAY_SHORTFALL,
      "Too few lay members on the governing body", Severity.INFO)
      .status(RuleStatus.STABLE)
      .explanation("The guidance recommends at least three lay members on a CCG governing body; the "
          + "regulations, as made, require two. A governing body with fewer than three is reported as "
          + "information, and with fewer than two as an error.")
      .remedy("Appoint lay members to the governing body.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("at least three lay members on the governing body"),
          Sources.CCG_REGULATIONS.supports("regulation 11: two lay members, as made"))
      .build();

  LayShortfall() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    // the bodies, their organisations and members by position, as the shared facts hold them: no id looked up
    Facts facts = Facts.of(analysis);
    Access.Seats columns = Access.seats(arrangement);
    List<DecisionBody> bodies = arrangement.bodies();
    for (int b = 0; b < bodies.size(); b++) {
      DecisionBody body = bodies.get(b);
      Organisation organisation = facts.organisationOfBody[b];
      Optional<DateRange> window = body.period().intersection(organisation.existence());
      if (body.kind() != BodyKind.GOVERNING_BODY || organisation.kind() != OrganisationKind.CCG || window.isEmpty()) {
        continue;
      }
      int nth = 0;
      // the members' roles and posts from the arrangement's columns: no membership is read
      for (Map.Entry<DateRange, Long> piece : Facts.overSeats(window.get(), facts.membershipsAtBody(b), columns,
          active -> {
            long lay = 0;
            for (int seat : active) {
              lay += columns.roles()[seat] == Role.LAY || columns.hasPost(seat, Designation.LAY_AUDIT)
                  || columns.hasPost(seat, Designation.LAY_PATIENT_AND_PUBLIC) ? 1 : 0;
            }
            return lay < 3 ? lay : null;
          })) {
        DateRange period = piece.getKey();
        long lay = piece.getValue();
        findings.add(Finding.builder(this).addSubjects(body.id()).occurrence(nth++).period(period)
            .severity(lay < 2 ? Severity.ERROR : info().defaultSeverity())
            .message(analysis.name(body.id()) + " of " + analysis.name(organisation.id()) + " has " + lay + " lay member"
                + (lay == 1 ? "" : "s") + " " + Facts.when(period) + ", fewer than "
                + (lay < 2 ? "the 2 the regulations require" : "the 3 the guidance recommends")
                + "; appoint lay members")
            .build());
      }
    }
    return findings;
  }
}
