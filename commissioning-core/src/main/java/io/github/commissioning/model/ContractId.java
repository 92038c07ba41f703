package io.github.commissioning.model;

import io.github.commissioning.value.Identifier;

/**
 * Identifies a contract, for example {@code ContractId.of("aco-tees-2020")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ContractId extends Identifier<ContractId> {

  // Not interned, unlike the ids of organisations and people: an item's own id is made once, where the item is
  // defined, so sharing would cost a table entry per id and save nothing.

  private ContractId(String code, boolean derived) {
    super(code, derived);
  }

  /** An id derived from other codes, as a default id: it may be longer than a code a user gives. */
  static ContractId derived(String code) {
    return new ContractId(code, true);
  }

  /**
   * Obtains an instance of {@code ContractId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static ContractId of(String code) {
    return new ContractId(code, false);
  }
}
