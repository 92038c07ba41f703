package io.github.commissioning.model;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the {@link Law}: bodies of kinds {@code from} may pass the exercise of their functions to bodies
 * of kinds {@code to} by {@code mechanism} under {@code section}, during {@code period}.
 * <pre>{@code
 * Power s65Z5 = new Power(Mechanism.DELEGATION, Set.of(OrganisationKind.NHS_ENGLAND, OrganisationKind.ICB),
 *     Set.of(OrganisationKind.ICB), DateRange.startingOn(LocalDate.of(2022, 7, 1)), "s65Z5",
 *     "https://www.legislation.gov.uk/ukpga/2022/31/section/25");
 * }</pre>
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param mechanism the mechanism, not null
 * @param from the kinds of body that may pass a function on, not null, not empty
 * @param to the kinds of body that may receive it, not null, not empty
 * @param period when the power exists, not null
 * @param section the section of the Act (or the instrument), such as {@code s65Z5}, not null
 * @param source where the power is stated: a citation or an address, not null
 * @since 0.1
 */
public record Power(Mechanism mechanism, Set<OrganisationKind> from, Set<OrganisationKind> to, DateRange period,
    String section, String source) {

  /**
   * Creates a power.
   *
   * @param mechanism the mechanism
   * @param from the kinds of body that may pass a function on
   * @param to the kinds of body that may receive it
   * @param period when the power exists
   * @param section the section of the Act
   * @param source where the power is stated
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code from} or {@code to} is empty, or the section is blank
   */
  public Power {
    Objects.requireNonNull(mechanism, "mechanism");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
    from = kinds(from, "from");
    to = kinds(to, "to");
    if (section.isBlank()) {
      throw new IllegalArgumentException("A power's section must not be blank; give the section of the Act, "
          + "such as s65Z5");
    }
  }

  private static Set<OrganisationKind> kinds(Collection<OrganisationKind> kinds, String name) {
    Objects.requireNonNull(kinds, name);
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("A power's " + name + " kinds must not be empty; name at least one kind");
    }
    kinds.forEach(k -> Objects.requireNonNull(k, name));
    return Sets.immutableEnumSet(EnumSet.copyOf(kinds));
  }

  /**
   * Checks whether the power lets a body of one kind pass a function to a body of another by a mechanism on
   * a date.
   *
   * @param mechanism the mechanism, not null
   * @param from the kind passing the function on, not null
   * @param to the kind receiving it, not null
   * @param date the date, not null
   * @return true if it does
   */
  public boolean allows(Mechanism mechanism, OrganisationKind from, OrganisationKind to, LocalDate date) {
    return this.mechanism == mechanism && this.from.contains(from) && this.to.contains(to) && period.contains(date);
  }
}
