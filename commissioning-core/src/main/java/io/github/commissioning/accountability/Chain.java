package io.github.commissioning.accountability;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Organisation;
import java.time.LocalDate;
import java.util.List;

/**
 * Who is accountable for a function in an area on a date, who exercises it, and the delegations
 * between them.
 * <p>
 * The chain starts at the duty holder, which stays accountable whatever it delegates, and ends at the
 * organisation that exercises the function; with no links the duty holder exercises it itself.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Chain {

  private final FunctionId function;
  private final AreaId area;
  private final LocalDate date;
  private final Duty duty;
  private final Organisation accountable;
  private final List<Link> links;

  Chain(FunctionId function, AreaId area, LocalDate date, Duty duty, Organisation accountable, List<Link> links) {
    this.function = function;
    this.area = area;
    this.date = date;
    this.duty = duty;
    this.accountable = accountable;
    this.links = List.copyOf(links);
  }

  /**
   * Returns the function asked about, not null.
   *
   * @return the function asked about, not null
   */
  public FunctionId function() {
    return function;
  }

  /**
   * Returns the area asked about, not null.
   *
   * @return the area asked about, not null
   */
  public AreaId area() {
    return area;
  }

  /**
   * Returns the date asked about, not null.
   *
   * @return the date asked about, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the duty that makes the accountable organisation accountable, not null.
   *
   * @return the duty that makes the accountable organisation accountable, not null
   */
  public Duty duty() {
    return duty;
  }

  /**
   * Returns the accountable organisation, the duty holder, not null.
   *
   * @return the accountable organisation, the duty holder, not null
   */
  public Organisation accountable() {
    return accountable;
  }

  /**
   * Returns the organisation that exercises the function: the last delegate, or the duty holder.
   *
   * @return the organisation that exercises the function: the last delegate, or the duty holder
   */
  public Organisation exercisedBy() {
    return links.isEmpty() ? accountable : links.get(links.size() - 1).to();
  }

  /**
   * Returns the delegations from the accountable organisation to the one exercising, in order.
   *
   * @return the delegations from the accountable organisation to the one exercising, in order
   */
  public List<Link> links() {
    return links;
  }

  /**
   * Describes the chain, such as
   * {@code NHS England (accountable) → NHS Tees Valley CCG (delegated, s13Z, from 2020-04-01)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(accountable.name()).append(" (accountable)");
    for (Link link : links) {
      text.append(" → ").append(link);
    }
    return text.toString();
  }
}
