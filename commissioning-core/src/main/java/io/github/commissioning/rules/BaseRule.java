package io.github.commissioning.rules;

/** The fixed part of a standard rule: its metadata. */
abstract class BaseRule implements Rule {

  private final RuleInfo info;

  BaseRule(RuleInfo info) {
    this.info = info;
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  @Override
  public String toString() {
    return info.id() + " " + info.title();
  }
}
