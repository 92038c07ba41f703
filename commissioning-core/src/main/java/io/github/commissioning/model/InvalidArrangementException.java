package io.github.commissioning.model;

import io.github.commissioning.value.Problem;
import java.util.List;

/**
 * Thrown when an {@link Arrangement} cannot be built because of structural problems: an unknown id, a
 * duplicate id, a period that ends before it starts, a footprint defined through itself, a cycle in the
 * function tree. Every problem is listed, each naming the entity that refers to it.
 * <p>
 * Gaps and conflicts of interest are never structural: an arrangement full of them builds, so that it
 * can be reported on.
 *
 * @since 0.1
 */
public final class InvalidArrangementException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems; a list of records, each serializable in practice, kept as an unmodifiable copy. */
  @SuppressWarnings("serial")
  private final List<Problem> problems;

  InvalidArrangementException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<Problem> problems) {
    StringBuilder text = new StringBuilder("The arrangement has ").append(problems.size())
        .append(problems.size() == 1 ? " structural problem:" : " structural problems:");
    problems.forEach(p -> text.append("\n  - ").append(p.message()));
    return text.toString();
  }

  /**
   * Returns the problems, each with its kind, subject, field and offending value, in a deterministic order.
   *
   * @return the problems, not null, not empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns each problem's message, in the order of {@link #problems()}.
   *
   * @return the messages, not null, not empty
   */
  public List<String> messages() {
    return problems.stream().map(Problem::message).toList();
  }
}
