/**
 * The base of the library's values: the typed identifier and the one Immutables style.
 * <p>
 * Null policy, for this and every package of the library: no method accepts or returns null unless
 * its documentation says so; absence is an {@link java.util.Optional} or an empty collection.
 */
@NullMarked
package io.github.commissioning.value;

import org.jspecify.annotations.NullMarked;
