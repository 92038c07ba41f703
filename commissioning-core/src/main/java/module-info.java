/**
 * Who is accountable for what in NHS England commissioning, who exercises it, and whether an arrangement
 * leaves gaps or conflicts of interest.
 * <p>
 * Start with {@link io.github.commissioning.model.Arrangement}, ask
 * {@link io.github.commissioning.accountability.Accountability} who is accountable and who exercises a
 * function, and check it with {@link io.github.commissioning.rules.RuleSet#standard()}. The package
 * {@code io.github.commissioning.internal} is not exported: nothing in it is API.
 */
module io.github.commissioning.core {
  requires com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  // annotations the Immutables processor puts on its generated classes
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.commissioning.value;
  exports io.github.commissioning.model;
  exports io.github.commissioning.geography;
  exports io.github.commissioning.accountability;
  exports io.github.commissioning.rules;
  exports io.github.commissioning.testing;
}
