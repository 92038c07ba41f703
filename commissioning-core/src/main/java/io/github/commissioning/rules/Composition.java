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
import org.jspecify.annotations.Nullable;

final class Composition extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.COMPOSITION,
      "Governing body or board without its legal minimum", Severity.ERROR)
      .status(RuleStatus.STABLE)
      .explanation("A CCG governing body needs at least six members, among them the accountable "
          + "officer, a chief finance officer, a registered nurse, a secondary care specialist and two lay "
          + "members; an ICB board needs the members the Act requires (a chair, a chief executive and partner "
          + "members nominated by trusts, primary medical services and local authorities) and those NHS England's "
          + "policy adds (finance, medical and nursing directors, two non-executives), each labelled in the finding. "
          + "Both minimums are policies (CompositionPolicy), "
          + "set with AccountabilityRules.composition. The standard CCG policy is the regulation as made; from 14 "
          + "April 2022 the regulation asked for less, which the standard policy does not yet follow.")
      .remedy("Appoint members to the missing posts, or give the rule the policy that applies to the "
          + "body.")
      .sources(Sources.CCG_REGULATIONS.supports("regulation 11: the governing body's minimum membership"),
          Sources.ICB_GOVERNANCE.supports("the members NHS England's policy adds to an ICB board"),
          Sources.NHS_ACT_SCHEDULE_1B.supports("paragraphs 3 and 8: an ICB's chair, chief executive and partner "
              + "members"))
      .build();

  private final CompositionPolicy ccg;
  private final CompositionPolicy icb;

  Composition(CompositionPolicy ccg, CompositionPolicy icb) {
    super(INFO);
    this.ccg = ccg;
    this.icb = icb;
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
      CompositionPolicy policy = body.kind() == BodyKind.GOVERNING_BODY && organisation.kind() == OrganisationKind.CCG
          ? ccg : body.kind() == BodyKind.BOARD && organisation.kind() == OrganisationKind.ICB ? icb : null;
      Optional<DateRange> window = body.period().intersection(organisation.existence());
      if (policy == null || window.isEmpty()) {
        continue;
      }
      int nth = 0;
      boolean icbBoard = organisation.kind() == OrganisationKind.ICB;
      // the members' roles and posts from the arrangement's columns: no membership is read
      for (Map.Entry<DateRange, String> piece : Facts.overSeats(window.get(), facts.membershipsAtBody(b), columns,
          active -> shortfall(policy, columns, active, icbBoard))) {
        findings.add(finding(analysis, body, organisation, piece.getValue(), piece.getKey(), nth++));
      }
    }
    return findings;
  }

  private Finding finding(Analysis analysis, DecisionBody body, Organisation organisation, String shortfall,
      DateRange period, int nth) {
    return Finding.builder(this).addSubjects(body.id()).occurrence(nth).period(period)
        .message(analysis.name(body.id()) + " of " + analysis.name(organisation.id()) + " " + shortfall + " "
            + Facts.when(period) + "; appoint members to fill these posts")
        .addEvidence("policy for a " + Facts.words(body.kind()) + " of a " + Facts.words(organisation.kind()) + ": "
            + (organisation.kind() == OrganisationKind.CCG ? ccg : icb))
        .build();
  }

  /** "(statutory)" or "(NHS England policy)" after a missing post or role of an ICB board; nothing for a CCG. */
  private static String basis(boolean icbBoard, boolean statutory) {
    return !icbBoard ? "" : statutory ? " (statutory)" : " (NHS England policy)";
  }

  /** What the law requires of an ICB board, made once: the basis of each shortfall of one. */
  private static final CompositionPolicy STATUTORY = CompositionPolicy.icbBoardStatutory();

  private static @Nullable String shortfall(CompositionPolicy policy, Access.Seats columns, int[] active,
      boolean icbBoard) {
    CompositionPolicy law = STATUTORY;
    List<String> missing = new ArrayList<>();
    int[] byRole = new int[Role.values().length];
    int posts = 0;
    for (int seat : active) {
      byRole[columns.roles()[seat].ordinal()]++;
      posts |= columns.posts()[seat];
    }
    long count = active.length - byRole[Role.OBSERVER.ordinal()];
    if (count < policy.minimumMembers()) {
      missing.add("has " + count + " members, fewer than " + policy.minimumMembers());
    }
    List<String> unfilled = new ArrayList<>();
    for (Designation post : policy.requiredPosts()) {
      if ((posts & (1 << post.ordinal())) == 0) {
        unfilled.add(Facts.words(post) + basis(icbBoard, law.requiredPosts().contains(post)));
      }
    }
    if (!unfilled.isEmpty()) {
      missing.add("has no " + Facts.joinAnd(unfilled));
    }
    policy.minimumByRole().forEach((role, least) -> {
      long n = byRole[role.ordinal()];
      if (n < least) {
        missing.add("has " + n + " " + Facts.words(role) + " members, fewer than " + least
            + basis(icbBoard, law.minimumByRole().containsKey(role)));
      }
    });
    return missing.isEmpty() ? null : String.join(", ", missing);
  }
}
