package io.github.commissioning.model;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.commissioning.value.Identifier;

/**
 * Identifies a person's interest in an organisation, for example {@code InterestId.of("P0001-A81001")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class InterestId extends Identifier<InterestId> {

  /** Equal ids share one instance, so an arrangement of 100,000 references holds each code once. */
  private static final Interner<InterestId> INTERNER = Interners.newWeakInterner();

  private InterestId(String code, boolean derived) {
    super(code, derived);
  }

  /** An id derived from other codes, as a default id: it may be longer than a code a user gives. */
  static InterestId derived(String code) {
    return INTERNER.intern(new InterestId(code, true));
  }

  /**
   * Obtains an instance of {@code InterestId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static InterestId of(String code) {
    return INTERNER.intern(new InterestId(code, false));
  }
}
