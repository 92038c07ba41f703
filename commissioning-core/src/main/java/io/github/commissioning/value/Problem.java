package io.github.commissioning.value;

import java.util.Objects;

/**
 * One structural problem of an arrangement, as a value a tool can show beside the form field it concerns
 * rather than parse from a message.
 * <pre>{@code
 * try {
 *   arrangement = builder.build();
 * } catch (InvalidArrangementException e) {
 *   for (Problem p : e.problems()) {
 *     form.field(p.subjectType(), p.subjectId(), p.field()).showError(p.message());
 *   }
 * }
 * }</pre>
 *
 * @param kind what is wrong
 * @param subjectType the kind of thing that has the problem, such as {@code Delegation}
 * @param subjectId the code of the thing that has the problem, such as {@code X24-16C}
 * @param field the field at fault, such as {@code delegate}; empty for the thing as a whole
 * @param value the offending value as text, such as {@code 16X}; empty when there is none
 * @param message the whole problem in words, naming the subject and saying what would fix it
 * @since 0.1
 */
public record Problem(Kind kind, String subjectType, String subjectId, String field, String value, String message) {

  /** What is wrong. */
  public enum Kind {
    /** Two things of one type share an id. */
    DUPLICATE_ID,
    /** A field names a thing the arrangement does not hold. */
    UNKNOWN_REFERENCE,
    /** A date range ends before it starts. */
    INVERTED_DATE_RANGE,
    /** An organisation delegates to itself. */
    SELF_DELEGATION,
    /** A delegation keeps back a function that is not a part of the function it delegates. */
    NOT_A_PART,
    /** Footprints defined through each other, or functions that are their own ancestors. */
    CYCLE
  }

  /**
   * Checks the components.
   *
   * @param kind what is wrong
   * @param subjectType the kind of thing that has the problem, such as {@code Delegation}
   * @param subjectId the code of the thing that has the problem, such as {@code X24-16C}
   * @param field the field at fault, such as {@code delegate}; empty for the thing as a whole
   * @param value the offending value as text, such as {@code 16X}; empty when there is none
   * @param message the whole problem in words, naming the subject and saying what would fix it
   * @throws NullPointerException naming the component that is null
   */
  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the message.
   *
   * @return the message, not null
   */
  @Override
  public String toString() {
    return message;
  }
}
