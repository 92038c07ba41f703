package io.github.commissioning.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated change in the law or structure of NHS commissioning, with its source: one row of
 * {@link Law#milestones()}.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param date the day the change took effect, not null
 * @param event what changed, not null
 * @param source where it is stated: a citation or an address, not null
 * @since 0.1
 */
public record Milestone(LocalDate date, String event, String source) {

  /**
   * Creates a milestone.
   *
   * @param date the day the change took effect
   * @param event what changed
   * @param source where it is stated
   * @throws NullPointerException if any component is null
   */
  public Milestone {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String toString() {
    return date + ": " + event;
  }
}
