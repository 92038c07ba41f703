package io.github.commissioning.testing;

import io.github.commissioning.model.OrganisationId;
import java.util.List;

/**
 * A defect planted in a scenario: its kind, the CCG it was planted at, what was done, and the findings
 * it must cause.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Defect {

  private final DefectKind kind;
  private final OrganisationId at;
  private final String description;
  private final List<ExpectedFinding> expected;

  Defect(DefectKind kind, OrganisationId at, String description, List<ExpectedFinding> expected) {
    this.kind = kind;
    this.at = at;
    this.description = description;
    this.expected = List.copyOf(expected);
  }

  /** Returns the kind, not null. */
  public DefectKind kind() {
    return kind;
  }

  /** Returns the CCG whose part of the arrangement holds the defect, not null. */
  public OrganisationId at() {
    return at;
  }

  /** Returns what was planted, in words, not null. */
  public String description() {
    return description;
  }

  /** Returns the findings the defect must cause, in key order. */
  public List<ExpectedFinding> expectedFindings() {
    return expected;
  }

  @Override
  public String toString() {
    return kind + " at " + at + ": " + description;
  }
}
