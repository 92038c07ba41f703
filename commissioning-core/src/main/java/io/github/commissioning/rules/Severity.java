package io.github.commissioning.rules;

/**
 * How serious a finding is. Unlawful arrangements and gaps in accountability are errors, weaknesses
 * warnings, and what is worth knowing information.
 *
 * @since 0.1
 */
public enum Severity {
  /** Unlawful or leaves a function without a lawful, accountable owner: must be fixed or waived. */
  ERROR,
  /** A weakness a governance lead should look at. */
  WARNING,
  /** Worth knowing. */
  INFO;

  /**
   * Returns the next severity down, as for an interest held through an associate.
   *
   * @return the lower severity; {@link #INFO} stays {@link #INFO}
   */
  public Severity lower() {
    return switch (this) {
      case ERROR -> WARNING;
      case WARNING, INFO -> INFO;
    };
  }
}
