package io.github.commissioning.json;

import java.util.Objects;

/**
 * One problem found in an arrangement, waiver or register file: where it is and what would fix it.
 * <p>
 * A problem the parser found (broken syntax, a duplicate key, a limit exceeded) has a line and column; a
 * problem found in the document's content (an unknown field, a wrong type, a dangling id) has the JSON Pointer
 * of the value at fault, such as {@code /delegations/3/delegate}, and line 0.
 * <pre>{@code
 * FormatProblem p = new FormatProblem("arrangement.yaml", "/delegations/0/delegate", 0, 0,
 *     "unknown field 'delegat'; did you mean 'delegate'?");
 * p.toString();   // "arrangement.yaml at /delegations/0/delegate: unknown field 'delegat'; did you mean 'delegate'?"
 * }</pre>
 *
 * @param source the file or source the problem is in, such as {@code arrangement.yaml}
 * @param pointer the JSON Pointer of the value at fault, {@code ""} for the whole document
 * @param line the line, from 1, or 0 when only the pointer is known
 * @param column the column, from 1, or 0 when only the pointer is known
 * @param message what is wrong and what would fix it
 * @since 0.1
 */
public record FormatProblem(String source, String pointer, int line, int column, String message) {

  /**
   * Checks the components.
   *
   * @param source the file or source the problem is in
   * @param pointer the JSON Pointer of the value at fault
   * @param line the line, from 1, or 0 when unknown
   * @param column the column, from 1, or 0 when unknown
   * @param message what is wrong and what would fix it
   * @throws NullPointerException naming the component that is null
   */
  public FormatProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the problem as one line: the source, then the line and column or the pointer, then the message.
   *
   * @return the problem as one line, not null
   */
  @Override
  public String toString() {
    String where = line > 0 ? ":" + line + ":" + column : pointer.isEmpty() ? "" : " at " + pointer;
    return source + where + ": " + message;
  }
}
