package io.github.commissioning.model;

/**
 * The procurement law under which a contract was awarded.
 *
 * @since 0.1
 */
public enum ProcurementRoute {
  /**
   * The National Health Service (Procurement, Patient Choice and Competition) (No. 2) Regulations 2013
   * (SI 2013/500), for healthcare services awarded before 1 January 2024.
   */
  REGULATIONS_2013,
  /**
   * The Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348), for healthcare
   * services awarded from 1 January 2024.
   */
  PROVIDER_SELECTION_REGIME,
  /** Not recorded, or not a procurement: a national contract such as GMS, or a pharmaceutical list. */
  NOT_RECORDED
}
