/**
 * The rules engine: {@link io.github.commissioning.rules.Rule}s evaluated over a shared
 * {@link io.github.commissioning.rules.Analysis}, gathered in a {@link io.github.commissioning.rules.RuleSet}
 * whose {@code check} gives a deterministic {@link io.github.commissioning.rules.Report} of
 * {@link io.github.commissioning.rules.Finding}s.
 * <p>
 * Every type is immutable and thread-safe, except builders. No method accepts or returns null.
 */
@NullMarked
package io.github.commissioning.rules;

import org.jspecify.annotations.NullMarked;
