/**
 * Generators of realistic arrangements with planted defects, for property-based tests with any library.
 * <p>
 * {@link io.github.commissioning.testing.Scenarios#decode(java.util.List)} turns a list of small integers
 * into a {@link io.github.commissioning.testing.Scenario}: an arrangement, the defects planted in it, and
 * the findings they must cause. 0 is always the simplest choice and missing choices read as 0, so a
 * library that shrinks integer lists shrinks arrangements too:
 * <pre>{@code
 * qt().forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 90)).checkAssert(choices -> {
 *   Scenario scenario = Scenarios.decode(choices);
 *   Report report = RuleSet.standard().check(scenario.arrangement());
 *   assertEquals(scenario.expectedFindings().stream().map(ExpectedFinding::key).toList(),
 *       report.findings().stream().map(Finding::key).sorted().toList());
 * });
 * }</pre>
 */
@NullMarked
package io.github.commissioning.testing;

import org.jspecify.annotations.NullMarked;
