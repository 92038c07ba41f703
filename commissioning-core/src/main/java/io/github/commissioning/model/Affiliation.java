package io.github.commissioning.model;

import org.immutables.value.Value;

/**
 * Organisation {@linkplain #member() member} belongs to organisation {@linkplain #parent() parent} for a
 * period: a practice in a PCN or federation, a trust in an ACO, a CCG in a joint committee.
 * <p>
 * Affiliations carry interests: an interest in a practice counts toward decisions about the PCN or
 * federation the practice is a member of.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Affiliation implements WithAffiliation permits ImmutableAffiliation {

  Affiliation() {
  }

  /**
   * Obtains an affiliation.
   *
   * @param member the organisation that belongs, not null
   * @param kind how it belongs, not null
   * @param parent the organisation it belongs to, not null
   * @param period when, not null
   * @return the affiliation, not null
   */
  public static Affiliation of(OrganisationId member, AffiliationKind kind, OrganisationId parent, DateRange period) {
    return builder().member(member).kind(kind).parent(parent).period(period).build();
  }

  /**
   * Returns a new builder of affiliations.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id; by default {@code member>parent/start}.
   *
   * @return the id; by default {@code member>parent/start}
   */
  @Value.Default
  public AffiliationId id() {
    return AffiliationId.derived(Codes.part(member()) + ">" + Codes.part(parent()) + "/" + period().start());
  }

  /**
   * Returns the organisation that belongs, not null.
   *
   * @return the organisation that belongs, not null
   */
  public abstract OrganisationId member();

  /**
   * Returns how it belongs, not null.
   *
   * @return how it belongs, not null
   */
  public abstract AffiliationKind kind();

  /**
   * Returns the organisation it belongs to, not null.
   *
   * @return the organisation it belongs to, not null
   */
  public abstract OrganisationId parent();

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
   * A builder of {@link Affiliation}s. Obtain one from {@link Affiliation#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAffiliation.Builder {
    Builder() {
    }
  }
}
