/**
 * The value types of NHS England commissioning and the {@link io.github.commissioning.model.Arrangement}
 * aggregate that holds them.
 * <p>
 * Values are obtained with {@code of(…)} or {@code builder()…build()}, and copied with one field changed
 * with {@code withX(…)}; generated implementation classes never appear in this API:
 * <pre>{@code
 * Organisation nhsEngland = Organisation.of(OrganisationId.of("X24"), "NHS England",
 *     OrganisationKind.NHS_ENGLAND, FootprintId.of("E92000001"));
 * Duty pms = Duty.of(nhsEngland.id(), FunctionId.of("pms"), FootprintId.of("E92000001"),
 *     DateRange.startingOn(LocalDate.of(2013, 4, 1)));
 * Arrangement arrangement = Arrangement.builder()
 *     .addFootprints(england).addOrganisations(nhsEngland).addFunctions(primaryMedical).addDuties(pms)
 *     .build();   // every structural problem at once, in one InvalidArrangementException
 * Arrangement renamed = arrangement.with(nhsEngland.withName("NHS England and NHS Improvement"));
 * }</pre>
 * Every type is immutable and thread-safe. No method accepts or returns null: absence is an
 * {@link java.util.Optional} or an empty collection.
 */
@NullMarked
@ValueStyle
package io.github.commissioning.model;

import io.github.commissioning.value.ValueStyle;
import org.jspecify.annotations.NullMarked;
