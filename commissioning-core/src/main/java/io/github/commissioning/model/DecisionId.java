package io.github.commissioning.model;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.commissioning.value.Identifier;

/**
 * Identifies a decision taken by a decision body, for example {@code DecisionId.of("16C-PCCC-2021-06-01-1")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DecisionId extends Identifier<DecisionId> {

  /** Equal ids share one instance, so an arrangement of 100,000 references holds each code once. */
  private static final Interner<DecisionId> INTERNER = Interners.newWeakInterner();

  private DecisionId(String code) {
    super(code);
  }

  /**
   * Obtains an instance of {@code DecisionId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static DecisionId of(String code) {
    return INTERNER.intern(new DecisionId(code));
  }
}
