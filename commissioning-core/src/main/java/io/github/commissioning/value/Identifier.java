package io.github.commissioning.value;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.internal.Text;
import io.github.commissioning.model.AffiliationId;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.ContractId;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.DutyId;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.InterestId;
import io.github.commissioning.model.MembershipId;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.TransferId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The base of every typed identifier: an ODS-style code wrapped in a type of its own, so that an
 * organisation's id can never be passed where a function's id is expected.
 * <p>
 * A code is between 1 and 100 characters, has no leading or trailing whitespace and no control
 * characters. Identifiers of the same type are ordered by their code, in {@link String#compareTo}
 * order, which is what makes the library's reports deterministic.
 * <p>
 * Subclasses are final, immutable and thread-safe.
 *
 * @param <T> the concrete identifier type
 *
 * @since 0.1
 */
public abstract sealed class Identifier<T extends Identifier<T>> implements Comparable<T>
    permits AffiliationId,
    AreaId,
    BodyId,
    ContractId,
    DecisionId,
    DelegationId,
    DutyId,
    FootprintId,
    FunctionId,
    InterestId,
    MembershipId,
    OrganisationId,
    PersonId,
    TransferId {

  /** The greatest length of a code, in characters. */
  public static final int MAX_LENGTH = 100;

  private final String code;
  private final int hash;
  private final boolean derived;

  /** The greatest length of a code derived from other codes, such as a duty's default id. */
  public static final int MAX_DERIVED_LENGTH = 1_000;

  /**
   * Constructor for subclasses, which validates the code.
   *
   * @param code the code, not null
   * @throws IllegalArgumentException if the code is blank, too long, padded with whitespace, or holds a
   *     control character, an invisible or whitespace-like character (a no-break space, a zero-width
   *     space, a byte order mark, a bidirectional override, a line separator) or a lone surrogate
   */
  protected Identifier(String code) {
    this(code, MAX_LENGTH);
  }

  /**
   * Constructor for subclasses that derive a code from other, already valid codes: the same checks, with
   * room for several codes joined.
   *
   * @param code the code, not null
   * @param derived true: the code was derived from other codes, and may be up to
   *     {@link #MAX_DERIVED_LENGTH} characters
   * @throws IllegalArgumentException as {@link #Identifier(String)}
   */
  protected Identifier(String code, boolean derived) {
    this(code, derived ? MAX_DERIVED_LENGTH : MAX_LENGTH, derived);
  }

  private Identifier(String code, int maxLength) {
    this(code, maxLength, false);
  }

  private Identifier(String code, int maxLength, boolean derived) {
    Objects.requireNonNull(code, () -> getClass().getSimpleName() + " code must not be null");
    this.derived = derived;
    this.code = checkCode(getClass().getSimpleName(), code, maxLength);
    this.hash = getClass().getName().hashCode() * 31 + code.hashCode();
  }

  private static String checkCode(String type, String code, int maxLength) {
    String problem = null;
    if (code.isEmpty() || code.isBlank()) {
      problem = "it must not be blank";
    } else if (code.length() > maxLength) {
      problem = "it must be at most " + maxLength + " characters, was " + code.length();
    } else if (!code.strip().equals(code)) {
      problem = "it must not start or end with whitespace; strip it";
    } else {
      for (int i = 0; i < code.length() && problem == null; i++) {
        char c = code.charAt(i);
        boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < code.length()
            && Character.isLowSurrogate(code.charAt(i + 1));
        if (pairedSurrogate) {
          i++;
        } else if (Character.isSurrogate(c)) {
          problem = "it must not contain a lone surrogate (at position " + i + ")";
        } else if (Character.isISOControl(c)) {
          problem = "it must not contain control characters (" + escape(c) + " at position " + i + ")";
        } else if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)
            || Character.getType(c) == Character.FORMAT)) {
          problem = "it must not contain invisible or whitespace-like characters (" + escape(c) + " at position "
              + i + "); use plain letters, digits and punctuation";
        }
      }
    }
    if (problem != null) {
      throw new IllegalArgumentException("Invalid " + type + " '" + Text.quote(code) + "': " + problem);
    }
    return code;
  }

  private static String escape(char c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
  }


  /**
   * Returns the code this identifier wraps.
   *
   * @return the code, not null
   */
  public final String code() {
    return code;
  }

  /**
   * Returns whether this id is a default derived from other codes (a duty's id made of its holder, function,
   * footprint and start, say) rather than one a user gave. A file format need not write a derived id: building
   * the same value without it derives it again. Derived and given ids with the same code are equal.
   * <pre>{@code
   * Duty.of(holder, function, footprint, period).id().isDerived();   // true
   * DutyId.of("D1").isDerived();                                      // false
   * }</pre>
   *
   * @return true if the id was derived as a default
   */
  public final boolean isDerived() {
    return derived;
  }

  @Override
  public final int compareTo(T other) {
    return code.compareTo(other.code());
  }

  @Override
  @SuppressWarnings("EqualsGetClass") // an OrganisationId never equals a FunctionId with the same code
  public final boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj != null && obj.getClass() == getClass() && ((Identifier<?>) obj).hash == hash
            && ((Identifier<?>) obj).code.equals(code));
  }

  @Override
  public final int hashCode() {
    return hash;
  }

  /**
   * Returns the code.
   *
   * @return the code, not null
   */
  @Override
  public final String toString() {
    return code;
  }
}
