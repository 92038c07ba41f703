package io.github.commissioning.model;

import io.github.commissioning.value.Identifier;

/**
 * Identifies a delegation of the exercise of a function, for example {@code DelegationId.of("X24-16C-pms")}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DelegationId extends Identifier<DelegationId> {

  private DelegationId(String code) {
    super(code);
  }

  /**
   * Obtains an instance of {@code DelegationId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static DelegationId of(String code) {
    return new DelegationId(code);
  }
}
