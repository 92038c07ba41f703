/** Areas, footprints and the coverage algebra. */
@NullMarked
@ValueStyle
package io.github.commissioning.geography;

import org.jspecify.annotations.NullMarked;

import io.github.commissioning.value.ValueStyle;
