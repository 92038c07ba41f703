package io.github.commissioning.model;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.commissioning.value.Identifier;

/**
 * Identifies an organisation, by its ODS code, for example {@code OrganisationId.of("16C")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OrganisationId extends Identifier<OrganisationId> {

  /** Equal ids share one instance, so an arrangement of 100,000 references holds each code once. */
  private static final Interner<OrganisationId> INTERNER = Interners.newWeakInterner();

  private OrganisationId(String code) {
    super(code);
  }

  /**
   * Obtains an instance of {@code OrganisationId} from a code.
   *
   * @param code the code, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the code is blank, longer than {@value Identifier#MAX_LENGTH}
   *     characters, padded with whitespace or holds a control character
   */
  public static OrganisationId of(String code) {
    return INTERNER.intern(new OrganisationId(code));
  }
}
