package io.github.commissioning.model;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.commissioning.value.Identifier;

/**
 * Identifies a delegation of the exercise of a function, for example {@code DelegationId.of("X24-16C-pms")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DelegationId extends Identifier<DelegationId> {

  /** Equal ids share one instance, so an arrangement of 100,000 references holds each code once. */
  private static final Interner<DelegationId> INTERNER = Interners.newWeakInterner();

  private DelegationId(String code, boolean derived) {
    super(code, derived);
  }

  /** An id derived from other codes, as a default id: it may be longer than a code a user gives. */
  static DelegationId derived(String code) {
    return INTERNER.intern(new DelegationId(code, true));
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
    return INTERNER.intern(new DelegationId(code, false));
  }
}
