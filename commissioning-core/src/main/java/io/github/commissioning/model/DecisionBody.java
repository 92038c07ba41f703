package io.github.commissioning.model;

import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A body that takes decisions for an organisation: a governing body, a board, a primary care
 * commissioning committee, a joint committee, committees in common, a sub-committee.
 * <p>
 * Its {@linkplain #remit() remit} is the functions it may decide on, from the scheme of reservation and
 * delegation (a function covers its parts); its {@linkplain #quorum() quorum} is the number of voting
 * members who must take part for a decision to stand.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class DecisionBody implements WithDecisionBody permits ImmutableDecisionBody {

  DecisionBody() {
  }

  /**
   * Returns a new builder of decision bodies.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, not null.
   *
   * @return the id, not null
   */
  public abstract BodyId id();

  /**
   * Returns the name, not null.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Returns the organisation the body belongs to, not null.
   *
   * @return the organisation the body belongs to, not null
   */
  public abstract OrganisationId organisation();

  /**
   * Returns the kind, not null.
   *
   * @return the kind, not null
   */
  public abstract BodyKind kind();

  /**
   * Returns the number of voting members needed for a decision; 1 unless set.
   *
   * @return the number of voting members needed for a decision; 1 unless set
   */
  @Value.Default
  public int quorum() {
    return 1;
  }

  /**
   * Returns the functions the body may decide on, in id order; empty means its remit is not recorded.
   *
   * @return the functions the body may decide on, in id order; empty means its remit is not recorded
   */
  @Value.NaturalOrder
  public abstract SortedSet<FunctionId> remit();

  /**
   * Returns when the body exists, {@link DateRange#ALWAYS} unless set.
   *
   * @return when the body exists, {@link DateRange#ALWAYS} unless set
   */
  @Value.Default
  public DateRange period() {
    return DateRange.ALWAYS;
  }

  @Value.Check
  void check() {
    if (quorum() < 1) {
      throw new IllegalStateException("Invalid quorum for decision body " + id() + ": " + quorum()
          + "; a quorum is at least 1 voting member");
    }
  }

  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }

  /**
   * A builder of {@link DecisionBody} values. Obtain one from {@link DecisionBody#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDecisionBody.Builder {
    Builder() {
    }
  }
}
