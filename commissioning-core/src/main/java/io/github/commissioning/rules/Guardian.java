package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

final class Guardian extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.GUARDIAN,
      "No independent conflicts of interest guardian", Severity.WARNING)
      .status(RuleStatus.PROVISIONAL)
      .explanation("Each CCG designates a conflicts of interest guardian, normally the audit chair. "
          + "The guardian should not also chair the primary care commissioning committee (not checked), and an "
          + "ICB's audit chair is not its deputy chair. The rule reports a CCG governing body with no guardian, a "
          + "guardian chairing the PCCC, and an ICB audit chair as deputy chair.")
      .remedy("Designate a conflicts of interest guardian who holds no conflicting chair.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("each CCG has a conflicts of interest guardian, normally the "
              + "audit chair"),
          Sources.ICB_GOVERNANCE.supports("an ICB's audit chair is not its deputy chair"))
      .build();

  Guardian() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    // the memberships of the bodies of each CCG and ICB, by position, with the organisations in position (and so
    // id) order and their bodies in theirs; judged from the arrangement's columns, a membership read only for a
    // problem
    Facts facts = Facts.of(analysis);
    Access.Seats columns = Access.seats(arrangement);
    List<Organisation> organisations = arrangement.organisations();
    OrganisationKind[] kinds = Access.kinds(arrangement);
    DateRange[] existences = Access.existences(arrangement);
    Map<Integer, int[]> seatsByOrganisation = new TreeMap<>();
    for (int b = 0; b < arrangement.bodies().size(); b++) {
      OrganisationKind kind = kinds[facts.organisationAtOfBody[b]];
      if (kind == OrganisationKind.CCG || kind == OrganisationKind.ICB) {
        int[] more = facts.membershipsAtBody(b);
        seatsByOrganisation.merge(facts.organisationAtOfBody[b], more, (a, c) -> {
          int[] both = Arrays.copyOf(a, a.length + c.length);
          System.arraycopy(c, 0, both, a.length, c.length);
          return both;
        });
      }
    }
    List<Finding> findings = new ArrayList<>();
    seatsByOrganisation.forEach((at, seats) -> {
      int nth = 0;
      for (Map.Entry<DateRange, String> piece : Facts.overSeats(existences[at], seats, columns,
          active -> problem(analysis, columns, active))) {
        DateRange period = piece.getKey();
        OrganisationId id = organisations.get(at).id();   // read for a finding only
        findings.add(Finding.builder(this).addSubjects(id).occurrence(nth++).period(period)
            .message(analysis.name(id) + " " + piece.getValue() + " " + Facts.when(period)
                + "; designate an independent conflicts of interest guardian, normally the audit chair")
            .build());
      }
    });
    return findings;
  }

  private static @Nullable String problem(Analysis analysis, Access.Seats columns, int[] active) {
    int[] guardians = new int[active.length];
    int count = 0;
    for (int seat : active) {
      if (columns.hasPost(seat, Designation.CONFLICTS_GUARDIAN)) {
        guardians[count++] = columns.people()[seat];
      }
    }
    if (count == 0) {
      return "has no conflicts of interest guardian";
    }
    List<String> problems = new ArrayList<>();
    for (int seat : active) {
      boolean guardianChairing = false;
      for (int g = 0; g < count && columns.roles()[seat] == Role.CHAIR; g++) {
        guardianChairing |= guardians[g] == columns.people()[seat];
      }
      boolean auditDeputy = columns.hasPost(seat, Designation.LAY_AUDIT) && columns.hasPost(seat, Designation.VICE_CHAIR);
      if (!guardianChairing && !auditDeputy) {
        continue;   // the usual member: neither the membership nor the body is read
      }
      Membership m = analysis.arrangement().memberships().get(seat);
      DecisionBody body = analysis.arrangement().body(m.body()).orElseThrow();
      if (guardianChairing && body.kind() == BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE) {
        problems.add("has its conflicts guardian " + analysis.name(m.person()) + " chairing " + analysis.name(body.id()));
      }
      if (auditDeputy && body.kind() == BodyKind.BOARD) {
        problems.add("has its audit chair " + analysis.name(m.person()) + " as deputy chair of " + analysis.name(body.id()));
      }
    }
    return problems.isEmpty() ? null : String.join(", ", problems);
  }
}
