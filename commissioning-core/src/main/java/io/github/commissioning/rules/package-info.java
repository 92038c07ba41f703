/**
 * The rules engine: {@link io.github.commissioning.rules.Rule}s evaluated over a shared
 * {@link io.github.commissioning.rules.Analysis}, gathered in a {@link io.github.commissioning.rules.RuleSet}
 * whose {@code check} gives a deterministic {@link io.github.commissioning.rules.Report} of
 * {@link io.github.commissioning.rules.Finding}s.
 * <pre>{@code
 * RuleSet rules = RuleSet.standard().asOf(LocalDate.of(2022, 7, 1));
 * Report before = rules.check(arrangement);
 * System.out.println(before.toText());
 * for (Finding finding : before.findingsOfSeverity(Severity.ERROR)) {
 *   System.out.println(finding.key() + ": " + finding.message());
 * }
 * Report after = rules.check(arrangement.with(fixedDelegation));
 * ReportDiff diff = Report.diff(before, after);   // introduced, resolved, unchanged
 * }</pre>
 * A user rule is its metadata and a function: {@link io.github.commissioning.rules.Rule#of(RuleInfo,
 * java.util.function.Function)}. Every type is immutable and thread-safe, except builders. No method
 * accepts or returns null.
 */
@NullMarked
package io.github.commissioning.rules;

import org.jspecify.annotations.NullMarked;
