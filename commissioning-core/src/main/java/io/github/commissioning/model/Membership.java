package io.github.commissioning.model;

import java.util.Objects;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Person {@linkplain #person() person} sits on decision body {@linkplain #body() body} in a
 * {@linkplain #role() role}, with or without a vote, for a period, holding any
 * {@linkplain #designations() designations} (accountable officer, lay member for audit, conflicts
 * guardian, …).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Membership implements WithMembership permits ImmutableMembership {

  Membership() {
  }

  /**
   * Obtains a membership that holds always, voting unless the role is {@link Role#OBSERVER}.
   *
   * @param person the person, not null
   * @param body the body, not null
   * @param role the role, not null
   * @param designations the posts held, not null
   * @return the membership, not null
   */
  public static Membership of(PersonId person, BodyId body, Role role, Designation... designations) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(designations, "designations");
    return builder().person(person).body(body).role(role).addDesignations(designations).build();
  }

  /**
   * Returns a new builder of memberships.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id; by default {@code body/person/start}.
   *
   * @return the id; by default {@code body/person/start}
   */
  @Value.Default
  public MembershipId id() {
    return MembershipId.derived(Codes.part(body()) + "/" + Codes.part(person()) + "/" + period().start());
  }

  /**
   * Returns the person, not null.
   *
   * @return the person, not null
   */
  public abstract PersonId person();

  /**
   * Returns the body, not null.
   *
   * @return the body, not null
   */
  public abstract BodyId body();

  /**
   * Returns the role, not null.
   *
   * @return the role, not null
   */
  public abstract Role role();

  /**
   * Returns whether the member votes; true unless set, or unless the role is observer.
   *
   * @return whether the member votes; true unless set, or unless the role is observer
   */
  @Value.Default
  public boolean isVoting() {
    return role() != Role.OBSERVER;
  }

  /**
   * Returns the posts the member holds, in declaration order.
   *
   * @return the posts the member holds, in declaration order
   */
  @Value.NaturalOrder
  public abstract SortedSet<Designation> designations();

  /**
   * Returns when, {@link DateRange#ALWAYS} unless set.
   *
   * @return when, {@link DateRange#ALWAYS} unless set
   */
  @Value.Default
  public DateRange period() {
    return DateRange.ALWAYS;
  }

  /**
   * A builder of {@link Membership}s. Obtain one from {@link Membership#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {
    }
  }
}
