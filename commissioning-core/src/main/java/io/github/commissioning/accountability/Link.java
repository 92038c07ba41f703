package io.github.commissioning.accountability;

import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.LegalRegime;
import io.github.commissioning.model.Organisation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One link of a {@link Chain}: a delegation from one organisation to the next.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param delegation the delegation
 * @param from the delegator
 * @param to the delegate
 * @param date the date the chain was asked about, which decides the legal basis shown
 *
 * @since 0.1
 */
public record Link(Delegation delegation, Organisation from, Organisation to, LocalDate date) {

  /**
   * Checks the components.
   *
   * @param delegation the delegation
   * @param from the delegator
   * @param to the delegate
   * @param date the date the chain was asked about, which decides the legal basis shown
   * @throws NullPointerException naming the component that is null
   */
  public Link {
    Objects.requireNonNull(delegation, "delegation");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Describes the link from the delegate's side, such as
   * {@code NHS Tees Valley CCG (delegated, s13Z, from 2020-04-01)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    String basis = LegalRegime.basisOf(delegation.mechanism(), date);
    String label = delegation.mechanism().label();
    String when = delegation.period().end().map(e -> delegation.period().start() + " to " + e)
        .orElse("from " + delegation.period().start());
    return to.name() + " (" + label + (basis.equals(label) ? "" : ", " + basis) + ", " + when + ")";
  }
}
