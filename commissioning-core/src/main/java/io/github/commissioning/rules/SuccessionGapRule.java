package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.SuccessionGap;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Succession;
import io.github.commissioning.model.Transfer;
import java.util.ArrayList;
import java.util.List;

final class SuccessionGapRule extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.SUCCESSION_GAP,
      "Succession gap: something of an abolished body passes to no successor", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("When a body is abolished, merged or split, what it held must pass to a successor: on 1 July "
          + "2022 transfer schemes moved each CCG's property, rights and liabilities to an ICB or NHS England, and "
          + "the ICB mergers of April 2026 and April 2027 follow NHS England's boundary changes and mergers "
          + "procedure. The rule takes each transfer that ends its body and reports every duty, delegation and "
          + "contract of the body that runs across the transfer's date for which no successor is named, for the "
          + "function and the areas left over. That everything must pass is the sources'; reading the transfer's "
          + "successors by function and by area is the project's inference.")
      .remedy("Name a successor for the function and areas in the transfer, or end the duty, delegation or "
          + "contract the day before the transfer.")
      .sources(Sources.TRANSFER_SCHEMES_2022.supports("transfer schemes move a CCG's property, rights and "
              + "liabilities to its successor"),
          Sources.BOUNDARY_PROCEDURE.supports("ICB mergers and boundary changes on 1 April 2026 and 1 April 2027"),
          Sources.DELEGATION_GUIDANCE.supports("clear responsibility for each statutory function"))
      .build();

  SuccessionGapRule() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    for (SuccessionGap gap : Access.successionGaps(arrangement)) {
      Transfer t = gap.transfer();
      List<String> evidence = new ArrayList<>();
      evidence.add(describe(analysis, t));
      String forWhat = gap.function().map(f -> " for " + analysis.name(f)).orElse("");
      evidence.add(gap.item() + ": " + analysis.name(t.predecessor()) + " is its " + gap.role()
          + gap.function().map(f -> ", for " + analysis.name(f)).orElse("") + ", " + gap.period().start() + " onwards");
      findings.add(Finding.builder(this).addSubjects(t.id(), gap.item()).discriminator(gap.role())
          .period(gap.period()).areas(Access.index(arrangement.geography()).areasOf(gap.areas()))
          .message(analysis.name(t.predecessor()) + " is " + Wording.ended(t.kind()) + " on " + t.date() + " but "
              + what(gap) + forWhat + " passes to no successor"
              + (gap.areas().isEmpty() ? "" : " " + analysis.describe(gap.areas())) + "; name a successor for it"
              + (gap.areas().isEmpty() ? "" : " there") + " in transfer " + t.id()
              + ", or end it by " + t.date().minusDays(1))
          .addEvidence(evidence).build());
    }
    return findings;
  }

  /** The item a gap is in, as the body's part in it: "its duty X", "the delegation Y it receives". */
  private static String what(SuccessionGap gap) {
    return switch (gap.role()) {
      case "duty" -> "its duty " + gap.item();
      case "delegator" -> "the delegation " + gap.item() + " it makes";
      case "delegate" -> "the delegation " + gap.item() + " it receives";
      case "commissioner" -> "the contract " + gap.item() + " it commissions";
      case "member" -> "its seat or membership " + gap.item();
      case "parent" -> "the membership " + gap.item() + " of another in it";
      default -> "the contract " + gap.item() + " it provides";
    };
  }

  static String describe(Analysis analysis, Transfer t) {
    List<String> successors = new ArrayList<>();
    for (Succession s : t.successions()) {
      successors.add(analysis.name(s.successor()) + " for "
          + s.function().map(analysis::name).orElse("every function") + " in " + analysis.name(s.footprint()));
    }
    return "transfer " + t.id() + ": " + Facts.words(t.kind())
        + " of " + analysis.name(t.predecessor()) + " on " + t.date() + t.instrument().map(i -> " (" + i + ")").orElse("")
        + (successors.isEmpty() ? ", naming no successor" : ", to " + String.join("; ", successors));
  }
}
