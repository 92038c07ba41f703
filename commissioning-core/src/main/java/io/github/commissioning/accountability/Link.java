package io.github.commissioning.accountability;

import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.LegalRegime;
import io.github.commissioning.model.Organisation;
import java.time.LocalDate;

/**
 * One link of a {@link Chain}: a delegation from one organisation to the next.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Link {

  private final Delegation delegation;
  private final Organisation from;
  private final Organisation to;
  private final LocalDate date;

  Link(Delegation delegation, Organisation from, Organisation to, LocalDate date) {
    this.delegation = delegation;
    this.from = from;
    this.to = to;
    this.date = date;
  }

  /** Returns the delegation, not null. */
  public Delegation delegation() {
    return delegation;
  }

  /** Returns the delegator, not null. */
  public Organisation from() {
    return from;
  }

  /** Returns the delegate, not null. */
  public Organisation to() {
    return to;
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
