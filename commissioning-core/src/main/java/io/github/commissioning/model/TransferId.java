package io.github.commissioning.model;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.commissioning.value.Identifier;

/**
 * Identifies a statutory transfer, for example {@code TransferId.of("icb-establishment-2022")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TransferId extends Identifier<TransferId> {

  /** Equal ids share one instance, so an arrangement of 100,000 references holds each code once. */
  private static final Interner<TransferId> INTERNER = Interners.newWeakInterner();

  private TransferId(String code, boolean derived) {
    super(code, derived);
  }

  /** An id derived from other codes, as a default id: it may be longer than a code a user gives. */
  static TransferId derived(String code) {
    return INTERNER.intern(new TransferId(code, true));
  }

  /**
   * Obtains an instance of {@code TransferId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static TransferId of(String code) {
    return INTERNER.intern(new TransferId(code, false));
  }
}
