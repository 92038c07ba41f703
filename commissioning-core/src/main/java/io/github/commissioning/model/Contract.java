package io.github.commissioning.model;

import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Commissioner {@linkplain #commissioner() commissioner} contracts provider {@linkplain #provider() provider}
 * for function {@linkplain #function() function} in footprint {@linkplain #footprint() footprint} for a
 * {@linkplain #term() term}, in a {@linkplain #form() form}.
 * <p>
 * A contract is not a delegation: the provider delivers the service, the commissioner keeps the exercise of
 * the function. Several commissioners may share one contract: the {@linkplain #coordinatingCommissioner()
 * co-ordinating commissioner} manages it for the {@linkplain #associates() associates}. A sub-contract names
 * its {@linkplain #prime() prime} contract. On a {@link Transfer} of the commissioner the contract passes to
 * the successor for its area, unless it {@linkplain #endsOnTransfer() ends on a transfer}.
 * <pre>{@code
 * Contract aco = Contract.builder().id(ContractId.of("aco-2020")).commissioner(ccg).provider(acoProvider)
 *     .form(ContractForm.POPULATION_CONTRACT).function(community).footprint(place)
 *     .term(DateRange.of(LocalDate.of(2020, 4, 1), LocalDate.of(2030, 3, 31)))
 *     .route(ProcurementRoute.REGULATIONS_2013).build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Contract implements WithContract permits ImmutableContract {

  Contract() {
  }

  /**
   * Returns a new builder of contracts.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id; by default {@code commissioner>provider/function/footprint/start}.
   *
   * @return the id; by default {@code commissioner>provider/function/footprint/start}
   */
  @Value.Default
  public ContractId id() {
    return ContractId.derived(Codes.part(commissioner()) + ">" + Codes.part(provider()) + "/"
        + Codes.part(function()) + "/" + Codes.part(footprint()) + "/" + term().start());
  }

  /**
   * Returns the commissioner that holds the contract, not null.
   *
   * @return the commissioner that holds the contract, not null
   */
  public abstract OrganisationId commissioner();

  /**
   * Returns the commissioner that manages the contract for all its commissioners, if there are several.
   *
   * @return the co-ordinating commissioner, if recorded
   */
  public abstract Optional<OrganisationId> coordinatingCommissioner();

  /**
   * Returns the other commissioners party to the contract, in id order.
   *
   * @return the other commissioners party to the contract, in id order
   */
  @Value.NaturalOrder
  public abstract SortedSet<OrganisationId> associates();

  /**
   * Returns the provider, not null.
   *
   * @return the provider, not null
   */
  public abstract OrganisationId provider();

  /**
   * Returns the form, not null.
   *
   * @return the form, not null
   */
  public abstract ContractForm form();

  /**
   * Returns the function the contract serves, not null.
   *
   * @return the function the contract serves, not null
   */
  public abstract FunctionId function();

  /**
   * Returns where the contract serves, not null.
   *
   * @return where the contract serves, not null
   */
  public abstract FootprintId footprint();

  /**
   * Returns the term, not null.
   *
   * @return the term, not null
   */
  public abstract DateRange term();

  /**
   * Returns the procurement law it was awarded under; {@link ProcurementRoute#NOT_RECORDED} unless set.
   *
   * @return the procurement route
   */
  @Value.Default
  public ProcurementRoute route() {
    return ProcurementRoute.NOT_RECORDED;
  }

  /**
   * Returns the contract this one is a sub-contract of, if it is one.
   *
   * @return the prime contract, if this is a sub-contract
   */
  public abstract Optional<ContractId> prime();

  /**
   * Returns how a conflict in letting the contract was managed, as recorded (a sub-contract to an affiliate
   * awarded with the affiliate's directors excluded), if recorded; a managed conflict is reported as INFO.
   *
   * @return the recorded mitigation, if any
   */
  public abstract Optional<String> mitigation();

  /**
   * Returns whether the contract ends, rather than passing to a successor, when a transfer moves its
   * commissioner's functions; false unless set.
   *
   * @return whether the contract ends on a transfer
   */
  @Value.Default
  public boolean endsOnTransfer() {
    return false;
  }

  @Override
  public String toString() {
    return form().label() + " " + id() + ": " + commissioner() + " with " + provider() + " for " + function()
        + " in " + footprint() + ", " + term();
  }

  /**
   * A builder of {@link Contract}s. Obtain one from {@link Contract#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableContract.Builder {
    Builder() {
    }

    /**
     * Sets the commissioner from the organisation itself.
     *
     * @param commissioner the commissioner, not null
     * @return this builder
     */
    public Builder commissioner(Organisation commissioner) {
      return commissioner(Objects.requireNonNull(commissioner, "commissioner").id());
    }

    /**
     * Sets the provider from the organisation itself.
     *
     * @param provider the provider, not null
     * @return this builder
     */
    public Builder provider(Organisation provider) {
      return provider(Objects.requireNonNull(provider, "provider").id());
    }

    /**
     * Sets the function from the function itself.
     *
     * @param function the function, not null
     * @return this builder
     */
    public Builder function(CommissioningFunction function) {
      return function(Objects.requireNonNull(function, "function").id());
    }

    /**
     * Sets the footprint from the footprint itself.
     *
     * @param footprint where the contract serves, not null
     * @return this builder
     */
    public Builder footprint(Footprint footprint) {
      return footprint(Objects.requireNonNull(footprint, "footprint").id());
    }
  }
}
