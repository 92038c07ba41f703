package io.github.commissioning.model;

import io.github.commissioning.value.Identifier;

/**
 * Identifies a person, for example {@code PersonId.of("P0001")}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PersonId extends Identifier<PersonId> {

  private PersonId(String code) {
    super(code);
  }

  /**
   * Obtains an instance of {@code PersonId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static PersonId of(String code) {
    return new PersonId(code);
  }
}
