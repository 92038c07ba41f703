package io.github.commissioning.value;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this library, applied in each value package's {@code package-info.java}.
 * <p>
 * The generated implementations are package-private and overshadowed by their abstract types, so user
 * code writes {@code Organisation.builder()…build()} and never sees a generated name. Collections are the
 * JDK's unmodifiable ones ({@code jdkOnly}), because their null checks name the attribute ({@code
 * "affects element"}) where Guava's say only {@code null}; no Guava type reaches a public signature.
 *
 * @since 0.1
 */
@Documented
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    get = {"is*", "get*"},
    depluralize = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {
}
