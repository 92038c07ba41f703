package io.github.commissioning.model;

import java.util.List;

/**
 * Thrown when an {@link Arrangement} cannot be built because of structural problems: an unknown id, a
 * duplicate id, a period that ends before it starts, a footprint defined through itself, a cycle in the
 * function tree. Every problem is listed, each naming the entity that refers to it.
 * <p>
 * Gaps and conflicts of interest are never structural: an arrangement full of them builds, so that it
 * can be reported on.
 */
public final class InvalidArrangementException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  InvalidArrangementException(List<String> problems) {
    super("The arrangement has " + problems.size() + " structural problem" + (problems.size() == 1 ? "" : "s")
        + ":\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the problems, one message each, in a deterministic order.
   *
   * @return the problems, not null, not empty
   */
  public List<String> problems() {
    return problems;
  }
}
