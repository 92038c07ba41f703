package io.github.commissioning.model;

/**
 * The form of a contract for NHS services.
 *
 * @since 0.1
 */
public enum ContractForm {
  /** General Medical Services: the national GP contract. */
  GMS("GMS"),
  /** Personal Medical Services: a locally agreed GP contract. */
  PMS("PMS"),
  /** Alternative Provider Medical Services: a GP contract open to any provider. */
  APMS("APMS"),
  /** General Dental Services. */
  GDS("GDS"),
  /** Personal Dental Services. */
  PDS("PDS"),
  /** General Ophthalmic Services. */
  GOS("GOS"),
  /** Pharmaceutical services: inclusion in a pharmaceutical list, not a contract in law. */
  PHARMACEUTICAL_SERVICES("pharmaceutical services"),
  /** The NHS Standard Contract, for most other services. */
  NHS_STANDARD_CONTRACT("NHS Standard Contract"),
  /**
   * A population contract for a whole population's care: to an accountable care organisation, or from 2025
   * to an integrated health organisation.
   */
  POPULATION_CONTRACT("population contract"),
  /** A sub-contract let by the holder of another contract, its {@linkplain Contract#prime() prime}. */
  SUB_CONTRACT("sub-contract");

  private final String label;

  ContractForm(String label) {
    this.label = label;
  }

  /**
   * Returns how a contract manager would say it, such as "GMS" or "sub-contract".
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }
}
