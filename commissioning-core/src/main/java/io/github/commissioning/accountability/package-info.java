/**
 * Who holds and who exercises every function, where and when, and through which chain.
 * <p>
 * {@link io.github.commissioning.accountability.Accountability#of(io.github.commissioning.model.Arrangement)}
 * resolves every duty and delegation once, per function, per area and over time: one sweep per function
 * over the sorted start and end events of its duties and delegations, on compact area sets. Every type
 * here is immutable and thread-safe; no method accepts or returns null.
 */
@NullMarked
package io.github.commissioning.accountability;

import org.jspecify.annotations.NullMarked;
