/**
 * The base of the library's values: the typed identifier, the structural problem, and the one Immutables
 * style.
 * <pre>{@code
 * OrganisationId tees = OrganisationId.of("16C");
 * tees.code();                       // "16C"
 * OrganisationId.of(" 16C");         // IllegalArgumentException: it must not start or end with whitespace
 * }</pre>
 * Null policy, for this and every package of the library: no method accepts or returns null unless
 * its documentation says so; absence is an {@link java.util.Optional} or an empty collection.
 */
@NullMarked
package io.github.commissioning.value;

import org.jspecify.annotations.NullMarked;
