package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.Days;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.Succession;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.value.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

final class Dissolved extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.DISSOLVED,
      "Dissolved organisation still holding a duty, delegation or contract", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("An organisation that has closed (the CCG mergers of 2018 to 2021, the abolition "
          + "of CCGs on 30 June 2022) cannot hold a duty or be party to a delegation or a contract after its closing date, "
          + "nor before it existed. What it held must pass to its successor (a transfer does this on its date, by "
          + "function and area), or nobody holds it. That leadership and "
          + "functions had to be in place when CCGs merged is in the sources; the rule's exact test is the "
          + "project's inference.")
      .remedy("Record the transfer that passes the duty, delegation or contract to the successors, pass it to "
          + "the successor the finding names, or end it on the closing date; for dates before the organisation existed, start it on or after its opening date.")
      .sources(Sources.CCG_MERGERS.supports("mergers were approved on condition that the merged CCG's "
              + "leadership and constitution were in place"),
          Sources.DELEGATION_GUIDANCE.supports("clear responsibility for each statutory function"))
      .build();

  Dissolved() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    // each item's parties and period, and when each organisation existed, are read from the arrangement's
    // columns: an item or an organisation is read only if the item has a party that did not exist for the whole
    // of it
    DateRange[] existences = Access.existences(arrangement);
    DateRange[] periods = Access.periods(arrangement, Access.Dated.DUTY);
    int[] holders = Access.partyPositions(arrangement, Access.Party.HOLDER);
    for (int i = 0; i < periods.length; i++) {
      if (existences[holders[i]].encloses(periods[i])) {
        continue;
      }
      Duty duty = arrangement.effectiveDuties().get(i);
      check(analysis, findings, duty.holder(), duty.id(), duty.period(),
          () -> "the duty for " + analysis.name(duty.function()) + " in " + analysis.name(duty.footprint()), "holds",
          () -> "duty " + duty.id() + ": " + analysis.name(duty.holder()) + " for " + analysis.name(duty.footprint())
              + ", " + duty.period());
    }
    periods = Access.periods(arrangement, Access.Dated.DELEGATION);
    int[] delegators = Access.partyPositions(arrangement, Access.Party.DELEGATOR);
    int[] delegates = Access.partyPositions(arrangement, Access.Party.DELEGATE);
    for (int i = 0; i < periods.length; i++) {
      if (existences[delegators[i]].encloses(periods[i]) && existences[delegates[i]].encloses(periods[i])) {
        continue;
      }
      Delegation d = arrangement.effectiveDelegations().get(i);
      Supplier<String> what =
          () -> analysis.name(d.function()) + " in " + analysis.name(d.footprint()) + " (" + d.id() + ")";
      check(analysis, findings, d.delegator(), d.id(), d.period(), () -> "delegator of " + what.get(), "is",
          () -> Wording.describe(analysis, d));
      check(analysis, findings, d.delegate(), d.id(), d.period(), () -> "delegate of " + what.get(), "is",
          () -> Wording.describe(analysis, d));
    }
    periods = Access.periods(arrangement, Access.Dated.CONTRACT);
    int[] commissioners = Access.partyPositions(arrangement, Access.Party.COMMISSIONER);
    int[] providers = Access.partyPositions(arrangement, Access.Party.PROVIDER);
    for (int i = 0; i < periods.length; i++) {
      if (existences[commissioners[i]].encloses(periods[i]) && existences[providers[i]].encloses(periods[i])) {
        continue;
      }
      Contract c = arrangement.effectiveContracts().get(i);
      Supplier<String> what = () -> "contract " + c.id() + " for " + analysis.name(c.function()) + " in "
          + analysis.name(c.footprint());
      check(analysis, findings, c.commissioner(), c.id(), c.term(), () -> "commissioner of " + what.get(), "is",
          () -> Wording.describe(analysis, c));
      check(analysis, findings, c.provider(), c.id(), c.term(), () -> "provider of " + what.get(), "is",
          () -> Wording.describe(analysis, c));
    }
    return findings;
  }

  private void check(Analysis analysis, List<Finding> findings, OrganisationId id, Identifier<?> subject,
      DateRange held, Supplier<String> whatText, String verb,
      Supplier<String> evidenceText) {
    Organisation organisation = analysis.arrangement().organisation(id).orElseThrow();
    DateRange existence = organisation.existence();
    if (held.isInverted() || existence.encloses(held)) {
      return;
    }
    String what = whatText.get();
    String evidence = evidenceText.get();
    if (existence.end().isPresent() && Days.endExclusive(held) > Days.endExclusive(existence)) {
      DateRange after = Facts.period(Math.max(Days.endExclusive(existence), Days.start(held)),
          Days.endExclusive(held));
      List<String> byArea = new ArrayList<>();
      for (Transfer t : analysis.arrangement().transfers()) {
        if (t.predecessor().equals(id)) {
          for (Succession s : t.successions()) {
            byArea.add(analysis.name(s.successor()) + " for " + s.function().map(analysis::name).orElse("every function")
                + " in " + analysis.name(s.footprint()));
          }
        }
      }
      String fix = !byArea.isEmpty()
          ? "its transfer names " + String.join("; ", byArea) + ": start the transfer by "
              + existence.end().get().plusDays(1) + " so that it carries this, or pass it to the successor for its area"
          : organisation.successor()
              .map(s -> "pass it to its successor " + analysis.name(s))
              .orElse("no successor is recorded: record one (a transfer naming successors by area), or end it by "
                  + existence.end().get());
      findings.add(Finding.builder(this).addSubjects(id, subject).discriminator("after").period(after)
          .message(analysis.name(id) + " closed on " + existence.end().get() + " but " + (verb.equals("is") ? "is still the " : "still holds ") + what + " " + Facts.when(after)
              + "; " + fix)
          .addEvidence(evidence, "existence of " + analysis.name(id) + ": " + existence).build());
    }
    if (Days.start(held) < Days.start(existence)) {
      DateRange before = Facts.period(Days.start(held),
          Math.min(Days.start(existence), Days.endExclusive(held)));
      findings.add(Finding.builder(this).addSubjects(id, subject).discriminator("before").period(before)
          .message(analysis.name(id) + " did not exist until " + existence.start() + " but " + (verb.equals("is") ? "is the " : "holds ") + what + " "
              + Facts.when(before) + "; start it on or after " + existence.start())
          .addEvidence(evidence, "existence of " + analysis.name(id) + ": " + existence).build());
    }
  }
}
