package io.github.commissioning.model;

import io.github.commissioning.value.Identifier;

/**
 * Identifies a duty: an organisation's statutory accountability for a function, for example {@code DutyId.of("X24-pms")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DutyId extends Identifier<DutyId> {

  // Not interned, unlike the ids of organisations and people: an item's own id is made once, where the item is
  // defined, so sharing would cost a table entry per id and save nothing.

  private DutyId(String code, boolean derived) {
    super(code, derived);
  }

  /** An id derived from other codes, as a default id: it may be longer than a code a user gives. */
  static DutyId derived(String code) {
    return new DutyId(code, true);
  }

  /**
   * Obtains an instance of {@code DutyId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static DutyId of(String code) {
    return new DutyId(code, false);
  }
}
