package io.github.commissioning.rules;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Law;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.Succession;
import io.github.commissioning.model.Transfer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

final class TransferIneligible extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.TRANSFER_INELIGIBLE,
      "Transfer to a successor that may not hold the function", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("A statutory body's duties can pass only to a body that can hold them on the transfer's "
          + "date: a statutory body of a kind the law provides for then (CCGs until 30 June 2022, ICBs from "
          + "1 July 2022, NHS England until an abolition date the arrangement's law gives), that exists on the "
          + "date. A provider, a partnership, a joint committee or a body not yet made or already closed cannot "
          + "be a successor. The lifetimes come from the arrangement's law; applying them to transfers is the "
          + "project's inference.")
      .remedy("Name a successor that exists on the transfer's date and may hold statutory duties then, or move "
          + "the transfer's date.")
      .sources(Sources.TRANSFER_SCHEMES_2022.supports("CCGs' property, rights and liabilities pass to an ICB or "
              + "NHS England"),
          Sources.NHS_ACT_65Z5.supports("the bodies that may exercise commissioning functions from 1 July 2022"),
          Sources.BOUNDARY_PROCEDURE.supports("ICB mergers and boundary changes on 1 April 2026 and 1 April 2027"))
      .build();

  TransferIneligible() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    Law law = arrangement.law();
    List<Finding> findings = new ArrayList<>();
    for (Transfer t : arrangement.transfers()) {
      Organisation from = arrangement.organisation(t.predecessor()).orElseThrow();
      Set<OrganisationId> seen = new LinkedHashSet<>();
      for (Succession s : t.successions()) {
        if (!seen.add(s.successor())) {
          continue;
        }
        Organisation to = arrangement.organisation(s.successor()).orElseThrow();
        String reason = reason(law, from, to, t);
        if (reason != null) {
          findings.add(Finding.builder(this).addSubjects(t.id(), to.id())
              .period(DateRange.startingOn(t.date()))
              .message(analysis.name(to.id()) + " cannot succeed " + analysis.name(from.id()) + " on " + t.date()
                  + ": " + reason)
              .addEvidence(SuccessionGapRule.describe(analysis, t),
                  "existence of " + analysis.name(to.id()) + ": " + to.existence())
              .build());
        }
      }
    }
    return findings;
  }

  private static @Nullable String reason(Law law, Organisation from, Organisation to, Transfer t) {
    if (!to.existence().contains(t.date())) {
      return "it exists only " + to.existence() + "; name a successor that exists then, or move the transfer";
    }
    if (from.kind().canHoldDuties() && !law.mayHoldDuties(to.kind(), t.date())) {
      String kind = Facts.words(to.kind());
      return to.kind().canHoldDuties()
          ? "the law provides for a " + kind + " only " + law.lifetimeOf(to.kind()) + "; name a successor of a "
              + "kind that may hold duties on " + t.date()
          : "a " + kind + " cannot hold statutory duties; name a statutory body as successor";
    }
    return null;
  }
}
