package io.github.commissioning.geography;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.commissioning.value.Identifier;

/**
 * Identifies an area, the finest unit of geography an arrangement distinguishes, for example {@code AreaId.of("A81001")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AreaId extends Identifier<AreaId> {

  /** Equal ids share one instance, so an arrangement of 100,000 references holds each code once. */
  private static final Interner<AreaId> INTERNER = Interners.newWeakInterner();

  private AreaId(String code) {
    super(code);
  }

  /**
   * Obtains an instance of {@code AreaId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static AreaId of(String code) {
    return INTERNER.intern(new AreaId(code));
  }
}
