package io.github.commissioning.model;

import io.github.commissioning.value.Identifier;

/**
 * Identifies a person's membership of a decision body, for example {@code MembershipId.of("16C-PCCC-P0001")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MembershipId extends Identifier<MembershipId> {

  // Not interned, unlike the ids of organisations and people: an item's own id is made once, where the item is
  // defined, so sharing would cost a table entry per id and save nothing.

  private MembershipId(String code, boolean derived) {
    super(code, derived);
  }

  /** An id derived from other codes, as a default id: it may be longer than a code a user gives. */
  static MembershipId derived(String code) {
    return new MembershipId(code, true);
  }

  /**
   * Obtains an instance of {@code MembershipId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static MembershipId of(String code) {
    return new MembershipId(code, false);
  }
}
