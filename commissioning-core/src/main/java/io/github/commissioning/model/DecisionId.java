package io.github.commissioning.model;

import io.github.commissioning.value.Identifier;

/**
 * Identifies a decision taken by a decision body, for example {@code DecisionId.of("16C-PCCC-2021-06-01-1")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DecisionId extends Identifier<DecisionId> {

  // Not interned, unlike the ids of organisations and people: an item's own id is made once, where the item is
  // defined, so sharing would cost a table entry per id and save nothing.

  private DecisionId(String code) {
    super(code);
  }

  /**
   * Obtains an instance of {@code DecisionId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static DecisionId of(String code) {
    return new DecisionId(code);
  }
}
