package io.github.commissioning.model;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.commissioning.value.Identifier;

/**
 * Identifies a decision body, such as a governing body or a committee, for example {@code BodyId.of("16C-PCCC")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BodyId extends Identifier<BodyId> {

  /** Equal ids share one instance, so an arrangement of 100,000 references holds each code once. */
  private static final Interner<BodyId> INTERNER = Interners.newWeakInterner();

  private BodyId(String code) {
    super(code);
  }

  /**
   * Obtains an instance of {@code BodyId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static BodyId of(String code) {
    return INTERNER.intern(new BodyId(code));
  }
}
