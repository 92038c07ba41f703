package io.github.commissioning.rules;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    // the members of the bodies of each CCG and ICB, in id order of the organisations, from the shared facts: the
    // bodies by position, no id looked up
    Facts facts = Facts.of(analysis);
    Map<OrganisationId, List<Membership>> membersByOrganisation = new TreeMap<>();
    for (int b = 0; b < arrangement.bodies().size(); b++) {
      Organisation organisation = facts.organisationOfBody[b];
      if (organisation.kind() == OrganisationKind.CCG || organisation.kind() == OrganisationKind.ICB) {
        membersByOrganisation.computeIfAbsent(organisation.id(), k -> new ArrayList<>())
            .addAll(facts.membersOfBody(b));
      }
    }
    List<Finding> findings = new ArrayList<>();
    membersByOrganisation.forEach((id, members) -> {
      Organisation organisation = arrangement.organisation(id).orElseThrow();
      int nth = 0;
      for (Map.Entry<DateRange, String> piece : Facts.overMemberships(organisation.existence(), members,
          active -> problem(analysis, active))) {
        DateRange period = piece.getKey();
        findings.add(Finding.builder(this).addSubjects(id).occurrence(nth++).period(period)
            .message(analysis.name(id) + " " + piece.getValue() + " " + Facts.when(period)
                + "; designate an independent conflicts of interest guardian, normally the audit chair")
            .build());
      }
    });
    return findings;
  }

  private static @Nullable String problem(Analysis analysis, List<Membership> active) {
    Set<PersonId> guardians = new TreeSet<>();
    active.stream().filter(m -> m.designations().contains(Designation.CONFLICTS_GUARDIAN)).forEach(m -> guardians.add(m.person()));
    if (guardians.isEmpty()) {
      return "has no conflicts of interest guardian";
    }
    List<String> problems = new ArrayList<>();
    for (Membership m : active) {
      boolean guardianChairing = m.role() == Role.CHAIR && guardians.contains(m.person());
      boolean auditDeputy = m.designations().contains(Designation.LAY_AUDIT)
          && m.designations().contains(Designation.VICE_CHAIR);
      if (!guardianChairing && !auditDeputy) {
        continue;   // the usual member: the body is not looked up
      }
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
