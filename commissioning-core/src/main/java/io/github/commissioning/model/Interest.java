package io.github.commissioning.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Person {@linkplain #person() person} has an interest of a {@linkplain #kind() kind} in organisation
 * {@linkplain #organisation() organisation} during a period, declared on a date or not at all.
 * <p>
 * The period starts when the interest arose; the guidance requires a declaration within 28 days of
 * that. An indirect interest is held {@linkplain #through() through} a close associate, such as a
 * relative or a business partner.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Interest implements WithInterest permits ImmutableInterest {

  Interest() {
  }

  /**
   * Obtains an undeclared interest.
   *
   * @param person the person, not null
   * @param kind the kind, not null
   * @param organisation the organisation, not null
   * @param period when, from the day it arose, not null
   * @return the interest, not null
   */
  public static Interest of(PersonId person, InterestKind kind, OrganisationId organisation, DateRange period) {
    return builder().person(person).kind(kind).organisation(organisation).period(period).build();
  }

  /**
   * Returns a new builder of interests.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id; by default {@code person/kind/organisation/start}.
   *
   * @return the id; by default {@code person/kind/organisation/start}
   */
  @Value.Default
  public InterestId id() {
    return InterestId.derived(Codes.part(person()) + "/" + kind() + "/" + Codes.part(organisation()) + "/"
        + period().start());
  }

  /**
   * Returns the person, not null.
   *
   * @return the person, not null
   */
  public abstract PersonId person();

  /**
   * Returns the kind, not null.
   *
   * @return the kind, not null
   */
  public abstract InterestKind kind();

  /**
   * Returns the organisation the interest is in, not null.
   *
   * @return the organisation the interest is in, not null
   */
  public abstract OrganisationId organisation();

  /**
   * Returns when the interest holds, from the day it arose, not null.
   *
   * @return when the interest holds, from the day it arose, not null
   */
  public abstract DateRange period();

  /**
   * Returns the close associate through whom an indirect interest is held, if any.
   *
   * @return the close associate through whom an indirect interest is held, if any
   */
  public abstract Optional<PersonId> through();

  /**
   * Returns the day the person became aware of the interest, if later than the day it arose and recorded
   * (a relative's new shareholding learnt of later); the 28 days to register it run from then.
   *
   * @return the day the person became aware of the interest, if recorded
   */
  public abstract Optional<LocalDate> becameAware();

  /**
   * Returns the day the interest was entered in the register, if it was.
   *
   * @return the day the interest was entered in the register, if it was
   */
  public abstract Optional<LocalDate> declared();

  /**
   * Checks whether this interest is held through an associate.
   *
   * @return true if the kind is {@link InterestKind#INDIRECT} or it is held through another person
   */
  public boolean isIndirect() {
    return kind() == InterestKind.INDIRECT || through().isPresent();
  }

  /**
   * A builder of {@link Interest}s. Obtain one from {@link Interest#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableInterest.Builder {
    Builder() {
    }
  }
}
