/** Areas, footprints and the coverage algebra. */
@NullMarked
@ValueStyle
package io.github.commissioning.geography;

import io.github.commissioning.value.ValueStyle;
import org.jspecify.annotations.NullMarked;
