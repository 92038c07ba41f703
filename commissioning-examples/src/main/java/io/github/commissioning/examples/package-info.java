/**
 * Example programs on the real map of England: run {@link io.github.commissioning.examples.Main} to see
 * them all, or each class's {@code run} method for one.
 */
@NullMarked
package io.github.commissioning.examples;

import org.jspecify.annotations.NullMarked;
