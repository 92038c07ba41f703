/**
 * Who holds and who exercises every function, where and when, and through which chain.
 * <p>
 * {@link io.github.commissioning.accountability.Accountability#of(io.github.commissioning.model.Arrangement)}
 * resolves every duty and delegation once, per function, per area and over time: one sweep per function
 * over the sorted start and end events of its duties and delegations, on compact area sets. Then:
 * <pre>{@code
 * Accountability accountability = Accountability.of(arrangement);
 * LocalDate june2021 = LocalDate.of(2021, 6, 1);
 * accountability.accountableFor(FunctionId.of("pms"), AreaId.of("A81001"), june2021);   // [NHS England]
 * accountability.exercisedBy(FunctionId.of("pms"), AreaId.of("A81001"), june2021);      // NHS Tees Valley CCG
 * Chain chain = accountability.chain(FunctionId.of("pms"), AreaId.of("A81001"), june2021).orElseThrow();
 * System.out.println(chain);   // NHS England (accountable) → NHS Tees Valley CCG (delegated, s13Z, from 2020-04-01)
 * String mermaid = Diagrams.mermaid(chain);
 * }</pre>
 * Every type here is immutable and thread-safe; no method accepts or returns null.
 */
@NullMarked
package io.github.commissioning.accountability;

import org.jspecify.annotations.NullMarked;
