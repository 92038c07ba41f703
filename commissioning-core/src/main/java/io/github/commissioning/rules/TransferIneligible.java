package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.IntLists;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Law;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Transfer;
import java.util.ArrayList;
import java.util.List;
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
    // the parties' kinds and existences by position, from the arrangement's columns: an organisation is read
    // only for a finding
    List<Organisation> organisations = arrangement.organisations();
    OrganisationKind[] kinds = Access.kinds(arrangement);
    DateRange[] existences = Access.existences(arrangement);
    int[] predecessors = Access.partyPositions(arrangement, Access.Party.TRANSFER_PREDECESSOR);
    IntLists successors = Access.transferSuccessors(arrangement);
    int[] named = successors.values();
    List<Transfer> transfers = arrangement.transfers();
    for (int k = 0; k < transfers.size(); k++) {
      Transfer t = transfers.get(k);
      int from = predecessors[k];
      int start = successors.start(k);
      for (int j = start; j < start + successors.size(k); j++) {
        int at = named[j];
        boolean again = false;
        for (int i = start; i < j && !again; i++) {
          again = named[i] == at;   // a successor named twice is judged once
        }
        if (again) {
          continue;
        }
        String reason = reason(law, kinds[from], kinds[at], existences[at], t);
        if (reason != null) {
          Organisation to = organisations.get(at);
          Organisation predecessor = organisations.get(from);
          findings.add(Finding.builder(this).addSubjects(t.id(), to.id())
              .period(DateRange.startingOn(t.date()))
              .message(analysis.name(to.id()) + " cannot succeed " + analysis.name(predecessor.id()) + " on " + t.date()
                  + ": " + reason)
              .addEvidence(SuccessionGapRule.describe(analysis, t),
                  "existence of " + analysis.name(to.id()) + ": " + to.existence())
              .build());
        }
      }
    }
    return findings;
  }

  private static @Nullable String reason(Law law, OrganisationKind from, OrganisationKind to, DateRange existence,
      Transfer t) {
    if (!existence.contains(t.date())) {
      return "it exists only " + existence + "; name a successor that exists then, or move the transfer";
    }
    if (from.canHoldDuties() && !law.mayHoldDuties(to, t.date())) {
      String kind = Facts.words(to);
      return to.canHoldDuties()
          ? "the law provides for a " + kind + " only " + law.lifetimeOf(to) + "; name a successor of a "
              + "kind that may hold duties on " + t.date()
          : "a " + kind + " cannot hold statutory duties; name a statutory body as successor";
    }
    return null;
  }
}
