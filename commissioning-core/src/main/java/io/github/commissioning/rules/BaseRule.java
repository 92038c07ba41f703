package io.github.commissioning.rules;

/** The fixed parts of a standard rule. */
abstract class BaseRule implements Rule {

  private final String id;
  private final String title;
  private final String rationale;
  private final Severity severity;

  BaseRule(String id, String title, String rationale, Severity severity) {
    this.id = id;
    this.title = title;
    this.rationale = rationale;
    this.severity = severity;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final String rationale() {
    return rationale;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String toString() {
    return id + " " + title;
  }
}
