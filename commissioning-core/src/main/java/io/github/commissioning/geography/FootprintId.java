package io.github.commissioning.geography;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.commissioning.value.Identifier;

/**
 * Identifies a footprint, a named set of areas, for example {@code FootprintId.of("E38000247")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FootprintId extends Identifier<FootprintId> {

  /** Equal ids share one instance, so an arrangement of 100,000 references holds each code once. */
  private static final Interner<FootprintId> INTERNER = Interners.newWeakInterner();

  private FootprintId(String code, boolean derived) {
    super(code, derived);
  }

  /** An id derived from other codes, for the part of a footprint a transfer gives a successor. */
  static FootprintId derived(String code) {
    return INTERNER.intern(new FootprintId(code, true));
  }

  /**
   * Obtains an instance of {@code FootprintId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static FootprintId of(String code) {
    return INTERNER.intern(new FootprintId(code, false));
  }
}
