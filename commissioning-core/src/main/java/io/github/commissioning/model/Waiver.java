package io.github.commissioning.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An accepted finding: the finding whose {@linkplain #key() key} is given is waived, with a
 * justification, an owner and an optional expiry. A waived finding stays visible in the report, as waived; from the day after its expiry the
 * waiver no longer waives.
 * <p>
 * Waivers match on the finding's key, never on the message text, so improving a message does not
 * orphan a waiver; a waiver written for a rule's former id keeps waiving after the rule is renamed.
 * For example:
 * <pre>{@code
 * Waiver waiver = Waiver.of(FindingKey.parse("ACC-UNOWNED|pms|2013-04-01"),
 *     "Durham is commissioned by the devolved pilot", "Governance lead", LocalDate.of(2022, 3, 31));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Waiver implements WithWaiver permits ImmutableWaiver {

  Waiver() {
  }

  /**
   * Obtains a waiver.
   *
   * @param key the key of the waived finding, not null
   * @param justification why the finding is accepted, not null
   * @param owner who accepted it, not null
   * @param expiry the last day it waives, not null
   * @return the waiver, not null
   */
  public static Waiver of(FindingKey key, String justification, String owner, LocalDate expiry) {
    return builder().key(key).justification(justification).owner(owner).expiry(expiry).build();
  }

  /**
   * Returns a new builder of waivers.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the key of the waived finding, not null.
   *
   * @return the key of the waived finding, not null
   */
  public abstract FindingKey key();

  /**
   * Returns the id of the waived rule.
   *
   * @return the rule id of the key, not null
   */
  public final String ruleId() {
    return key().ruleId();
  }

  /**
   * Returns why the finding is accepted, not null.
   *
   * @return why the finding is accepted, not null
   */
  public abstract String justification();

  /**
   * Returns who accepted it, not null.
   *
   * @return who accepted it, not null
   */
  public abstract String owner();

  /**
   * Returns the last day the waiver waives, if it expires.
   *
   * @return the last day the waiver waives, if it expires
   */
  public abstract Optional<LocalDate> expiry();

  /**
   * Checks whether this waiver waives on a date.
   *
   * @param date the date, not null
   * @return true unless the waiver expired before the date
   */
  public boolean isInForceOn(LocalDate date) {
    return expiry().map(e -> !date.isAfter(e)).orElse(true);
  }

  @Value.Check
  void check() {
    if (justification().isBlank()) {
      throw new IllegalStateException("Invalid waiver of " + key()
          + ": a justification is required");
    }
  }

  /**
   * A builder of {@link Waiver}s. Obtain one from {@link Waiver#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableWaiver.Builder {
    Builder() {
    }
  }
}
