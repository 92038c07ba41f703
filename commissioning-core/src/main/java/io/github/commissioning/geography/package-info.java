/**
 * Areas, footprints and the coverage algebra.
 * <p>
 * An {@link io.github.commissioning.geography.Area} is the finest unit of geography (a practice's
 * registered population); a {@link io.github.commissioning.geography.Footprint} names its areas or is the
 * union of other footprints; a {@link io.github.commissioning.geography.Geography} resolves them all:
 * <pre>{@code
 * Footprint tees = Footprint.of(FootprintId.of("E38000247"), "NHS Tees Valley CCG", FootprintLevel.PLACE,
 *     List.of(AreaId.of("A81001"), AreaId.of("A81002")));
 * Footprint england = Footprint.union(FootprintId.of("E92000001"), "England", FootprintLevel.NATIONAL, tees);
 * Geography geography = Geography.of(List.of(), List.of(tees, england));
 * geography.areasOf(england.id());                  // [A81001, A81002]
 * geography.encloses(england.id(), tees.id());      // true
 * }</pre>
 */
@NullMarked
@ValueStyle
package io.github.commissioning.geography;

import io.github.commissioning.value.ValueStyle;
import org.jspecify.annotations.NullMarked;
