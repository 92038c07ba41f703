package io.github.commissioning.model;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.commissioning.value.Identifier;

/**
 * Identifies a contract, for example {@code ContractId.of("aco-tees-2020")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ContractId extends Identifier<ContractId> {

  /** Equal ids share one instance, so an arrangement of 100,000 references holds each code once. */
  private static final Interner<ContractId> INTERNER = Interners.newWeakInterner();

  private ContractId(String code, boolean derived) {
    super(code, derived);
  }

  /** An id derived from other codes, as a default id: it may be longer than a code a user gives. */
  static ContractId derived(String code) {
    return INTERNER.intern(new ContractId(code, true));
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
    return INTERNER.intern(new ContractId(code, false));
  }
}
