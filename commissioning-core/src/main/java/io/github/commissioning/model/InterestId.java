package io.github.commissioning.model;

import io.github.commissioning.value.Identifier;

/**
 * Identifies a person's interest in an organisation, for example {@code InterestId.of("P0001-A81001")}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class InterestId extends Identifier<InterestId> {

  private InterestId(String code) {
    super(code);
  }

  /**
   * Obtains an instance of {@code InterestId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static InterestId of(String code) {
    return new InterestId(code);
  }
}
