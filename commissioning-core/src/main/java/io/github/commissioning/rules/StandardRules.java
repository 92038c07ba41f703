package io.github.commissioning.rules;

import java.util.ArrayList;
import java.util.List;

/** The rules of {@link RuleSet#standard()}. */
final class StandardRules {

  private StandardRules() {
  }

  static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(AccountabilityRules.all());
    rules.addAll(ConflictRules.all());
    return rules;
  }
}
