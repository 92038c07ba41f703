package io.github.commissioning.model;

import io.github.commissioning.value.Identifier;

/**
 * Identifies a person's membership of a decision body, for example {@code MembershipId.of("16C-PCCC-P0001")}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MembershipId extends Identifier<MembershipId> {

  private MembershipId(String code) {
    super(code);
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
    return new MembershipId(code);
  }
}
