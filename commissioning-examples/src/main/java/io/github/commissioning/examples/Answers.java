package io.github.commissioning.examples;

import io.github.commissioning.rules.Report;
import java.util.List;

/**
 * What an example found: its answers, one line per place, date and question, and the standard rules' report.
 *
 * @param answers the answers, in the order printed
 * @param report the report
 */
public record Answers(List<String> answers, Report report) {

  /**
   * Copies the answers.
   *
   * @param answers the answers, not null
   * @param report the report, not null
   */
  public Answers {
    answers = List.copyOf(answers);
  }
}
