/**
 * Generators of realistic arrangements with planted defects, for property-based tests with any library.
 * <p>
 * {@link io.github.commissioning.testing.Scenarios#decode(java.util.List)} turns a list of small integers
 * into a {@link io.github.commissioning.testing.Scenario}: an arrangement, the defects planted in it, and
 * the findings they must cause. 0 is always the simplest choice and missing choices read as 0, so a
 * library that shrinks integer lists shrinks arrangements too.
 */
@NullMarked
package io.github.commissioning.testing;

import org.jspecify.annotations.NullMarked;
