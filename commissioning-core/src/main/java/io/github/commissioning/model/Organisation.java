package io.github.commissioning.model;

import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation: NHS England, a regional team, a CCG, an ICB, a local authority, a joint committee, a
 * partnership, a provider or a support unit.
 * <p>
 * Its {@linkplain #kind() kind} carries what it can be and do; its {@linkplain #existence() existence}
 * is when it existed (ODS open and close dates); after a merger its {@linkplain #successor() successor}
 * takes over what it held.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Organisation implements WithOrganisation permits ImmutableOrganisation {

  Organisation() {
  }

  /**
   * Obtains an organisation that has always existed and has a footprint.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @param kind the kind, not null
   * @param footprint the footprint it serves, not null
   * @return the organisation, not null
   */
  public static Organisation of(OrganisationId id, String name, OrganisationKind kind, FootprintId footprint) {
    return builder().id(id).name(name).kind(kind).footprint(footprint).build();
  }

  /**
   * Obtains an organisation that has always existed and has no footprint of its own, such as a
   * provider.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @param kind the kind, not null
   * @return the organisation, not null
   */
  public static Organisation of(OrganisationId id, String name, OrganisationKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /**
   * Returns a new builder of organisations.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, such as the ODS code, not null.
   *
   * @return the id, such as the ODS code, not null
   */
  public abstract OrganisationId id();

  /**
   * Returns the name, not null.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Returns the kind, not null.
   *
   * @return the kind, not null
   */
  public abstract OrganisationKind kind();

  /**
   * Returns the footprint the organisation serves, if it has one.
   *
   * @return the footprint the organisation serves, if it has one
   */
  public abstract Optional<FootprintId> footprint();

  /**
   * Returns when the organisation existed, {@link DateRange#ALWAYS} unless set.
   *
   * @return when the organisation existed, {@link DateRange#ALWAYS} unless set
   */
  @Value.Default
  public DateRange existence() {
    return DateRange.ALWAYS;
  }

  /**
   * Returns the organisation that took over from this one when it closed, if recorded.
   *
   * @return the organisation that took over from this one when it closed, if recorded
   */
  public abstract Optional<OrganisationId> successor();

  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }

  /**
   * A builder of {@link Organisation}s. Obtain one from {@link Organisation#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {
    }

    /**
     * Sets the footprint from the footprint itself.
     *
     * @param footprint the footprint the organisation serves, not null
     * @return this builder
     */
    public Builder footprint(Footprint footprint) {
      return footprint(Objects.requireNonNull(footprint, "footprint").id());
    }
  }
}
