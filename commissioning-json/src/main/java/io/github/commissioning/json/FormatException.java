package io.github.commissioning.json;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a file cannot be read as an arrangement, waivers or a register of interests: it lists every
 * problem found in the document, each with its JSON Pointer or line and column and what would fix it.
 * <p>
 * Reading goes on past a problem wherever it can, so one run shows them all: an unknown field, a wrong type
 * and a dangling id in three places give three problems. A problem of syntax (broken JSON or YAML, a
 * duplicate key, a read limit exceeded) stops the parser, and is then the only one.
 * <pre>{@code
 * try {
 *   Arrangement arrangement = ArrangementFiles.read(Path.of("arrangement.yaml"));
 * } catch (FormatException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class FormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, in document order. */
  @SuppressWarnings("serial")
  private final List<FormatProblem> problems;
  /** How many further problems were found but not kept. */
  private final int omitted;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty
   * @param omitted how many further problems were found but not kept (beyond {@link ReadLimits#MAX_PROBLEMS})
   */
  FormatException(List<FormatProblem> problems, int omitted) {
    super(message(problems, omitted));
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
  }

  private static String message(List<FormatProblem> problems, int omitted) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A FormatException needs at least one problem");
    }
    StringBuilder text = new StringBuilder();
    int total = problems.size() + omitted;
    text.append(total == 1 ? "1 problem" : total + " problems").append(" in ").append(problems.get(0).source());
    for (FormatProblem p : problems) {
      text.append("\n  ").append(p);
    }
    if (omitted > 0) {
      text.append("\n  … and ").append(omitted).append(" more, not listed (fix these and read again)");
    }
    return text.toString();
  }

  /**
   * Returns the problems kept, in document order: at most {@link ReadLimits#MAX_PROBLEMS}.
   *
   * @return the problems, not empty
   */
  public List<FormatProblem> problems() {
    return problems;
  }

  /**
   * Returns how many further problems were found beyond those kept.
   *
   * @return the number not listed, 0 when all are listed
   */
  public int omitted() {
    return omitted;
  }
}
