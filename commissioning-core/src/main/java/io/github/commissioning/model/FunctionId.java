package io.github.commissioning.model;

import io.github.commissioning.value.Identifier;

/**
 * Identifies a commissioning function, for example {@code FunctionId.of("primary-medical-services")}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FunctionId extends Identifier<FunctionId> {

  private FunctionId(String code) {
    super(code);
  }

  /**
   * Obtains an instance of {@code FunctionId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static FunctionId of(String code) {
    return new FunctionId(code);
  }
}
