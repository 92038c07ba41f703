/** Areas, footprints and the coverage algebra. */
@ValueStyle
package io.github.commissioning.geography;

import io.github.commissioning.value.ValueStyle;
