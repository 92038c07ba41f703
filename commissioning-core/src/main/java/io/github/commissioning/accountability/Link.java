package io.github.commissioning.accountability;

import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Law;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.Power;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One link of a {@link Chain}: a delegation from one organisation to the next.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param delegation the delegation
 * @param from the delegator
 * @param to the delegate
 * @param date the date the chain was asked about, which decides the legal basis shown
 * @param power the power in the arrangement's {@link Law} that allows the link on the date; empty for a
 *     contract or support, which need none, and for a link the law does not allow
 *
 * @since 0.1
 */
public record Link(Delegation delegation, Organisation from, Organisation to, LocalDate date, Optional<Power> power) {

  /**
   * Checks the components.
   *
   * @param delegation the delegation
   * @param from the delegator
   * @param to the delegate
   * @param date the date the chain was asked about, which decides the legal basis shown
   * @param power the power that allows the link on the date, if any
   * @throws NullPointerException naming the component that is null
   */
  public Link {
    Objects.requireNonNull(delegation, "delegation");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(power, "power");
  }

  /**
   * Checks whether the law allows the link on its date: a delegation, joint committee or s75 arrangement
   * needs a power in the law; a contract or a support agreement needs none.
   *
   * @return true unless the link needs a power and the law has none
   */
  public boolean isLawful() {
    return power.isPresent() || !delegation.mechanism().conveysDecisionRights();
  }

  /** The link's mechanism and its basis in law, or the caveat, as {@link #toString()} and the diagrams show it. */
  String basis() {
    return basis(delegation.mechanism(), power, date);
  }

  /**
   * A mechanism and the section of the power for it, or a caveat when it needs a power and the law has none on
   * the date: every mechanism but support passes decision rights, and so needs one.
   */
  static String basis(Mechanism mechanism, Optional<Power> power, LocalDate date) {
    String label = mechanism.label();
    return power.map(p -> label + ", " + p.section())
        .orElse(mechanism.conveysDecisionRights() ? label + ", NO POWER IN LAW on " + date : label);
  }

  /**
   * Describes the link from the delegate's side, such as
   * {@code NHS Tees Valley CCG (delegated, s13Z, from 2020-04-01)}; a link the law does not allow says so,
   * as {@code (delegated, NO POWER IN LAW on 2021-06-01, from 2020-04-01)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    String when = delegation.period().end().map(e -> delegation.period().start() + " to " + e)
        .orElse("from " + delegation.period().start());
    return to.name() + " (" + basis() + ", " + when + ")";
  }
}
