package io.github.commissioning.testing;

import io.github.commissioning.model.OrganisationId;
import java.util.List;
import java.util.Objects;

/**
 * A defect planted in a scenario: its kind, the CCG it was planted at, what was done, and the findings
 * it must cause.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param kind the kind
 * @param at the CCG whose part of the arrangement holds the defect
 * @param description what was planted, in words
 * @param expectedFindings the findings the defect must cause, in key order
 *
 * @since 0.1
 */
public record Defect(DefectKind kind, OrganisationId at, String description, List<ExpectedFinding> expectedFindings) {

  /**
   * Checks and copies the components.
   *
   * @param kind the kind
   * @param at the CCG whose part of the arrangement holds the defect
   * @param description what was planted, in words
   * @param expectedFindings the findings the defect must cause, in key order
   * @throws NullPointerException naming the component that is null
   */
  public Defect {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(description, "description");
    expectedFindings = List.copyOf(Objects.requireNonNull(expectedFindings, "expectedFindings"));
  }


  @Override
  public String toString() {
    return kind + " at " + at + ": " + description;
  }
}
