package io.github.commissioning.model;

import io.github.commissioning.value.Identifier;

/**
 * Identifies a delegation of the exercise of a function, for example {@code DelegationId.of("X24-16C-pms")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DelegationId extends Identifier<DelegationId> {

  // Not interned, unlike the ids of organisations and people: an item's own id is made once, where the item is
  // defined, so sharing would cost a table entry per id and save nothing.

  private DelegationId(String code, boolean derived) {
    super(code, derived);
  }

  /** An id derived from other codes, as a default id: it may be longer than a code a user gives. */
  static DelegationId derived(String code) {
    return new DelegationId(code, true);
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
    return new DelegationId(code, false);
  }
}
