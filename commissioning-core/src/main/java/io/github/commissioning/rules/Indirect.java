package io.github.commissioning.rules;

/** An undeclared interest held through a close associate: {@link Undeclared} for indirect interests. */
final class Indirect extends Undeclared {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.INDIRECT,
      "Undeclared interest of a close associate", Severity.WARNING)
      .status(RuleStatus.PROVISIONAL)
      .explanation("An interest held by a relative, close friend or business partner of a "
          + "decision-maker is an indirect interest and must be declared too. It weighs one level less than the "
          + "member's own interest of the same kind, so an undeclared indirect financial interest is a warning."
          + " The project has not checked the guidance's wording, so the rule is provisional.")
      .remedy("Record the member's declaration of the associate's interest at the meeting and how it "
          + "was managed.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("interests of close associates are declarable"),
          Sources.INTEREST_KINDS.supports("indirect interests are held through a close associate"))
      .build();

  Indirect() {
    super(INFO, true);
  }
}
