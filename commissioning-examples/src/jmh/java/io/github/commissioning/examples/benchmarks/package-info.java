/** JMH benchmarks of the check and the analysis on the examples' workloads. */
@NullMarked
package io.github.commissioning.examples.benchmarks;

import org.jspecify.annotations.NullMarked;
