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
 * code writes {@code Organisation.builder()…build()} and never sees a generated name. Collections are
 * Guava's immutable ones behind the JDK interfaces the accessors declare (compact: empty and single-element
 * collections cost next to nothing), so no Guava type reaches a public signature. The JDK's collections
 * ({@code jdkOnly}) would make the generated adders name a null element, but they cost a {@code TreeSet}
 * and a wrapper per set: the E1 workload no longer fitted in 64 MB.
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
    // prehash: a value's hash is computed once, when it is built; the rules key maps and sets by values
    defaults = @Value.Immutable(copy = true, prehash = true))
public @interface ValueStyle {
}
