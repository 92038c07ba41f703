/**
 * The value types of NHS England commissioning and the {@link io.github.commissioning.model.Arrangement}
 * aggregate that holds them.
 * <p>
 * Every type is immutable and thread-safe. No method accepts or returns null: absence is an
 * {@link java.util.Optional} or an empty collection. Values are obtained with {@code of(…)} or
 * {@code builder()…build()}; generated implementation classes never appear in this API.
 */
@NullMarked
@ValueStyle
package io.github.commissioning.model;

import io.github.commissioning.value.ValueStyle;
import org.jspecify.annotations.NullMarked;
