package io.github.commissioning.rules;

import java.util.ArrayList;
import java.util.List;

/** The rules of {@link RuleSet#standard()}. */
final class StandardRules {

  private StandardRules() {
  }

  /** Returns a builder of a standard rule's metadata, pointing to its page in the repository. */
  static RuleInfo.Builder info(String id, String title, Severity severity) {
    return RuleInfo.builder(id, title, severity).documentation("docs/rules/" + id + ".md");
  }

  static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(AccountabilityRules.all());
    rules.addAll(ConflictRules.all());
    return rules;
  }
}
