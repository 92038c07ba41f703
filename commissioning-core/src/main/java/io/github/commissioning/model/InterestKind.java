package io.github.commissioning.model;

/**
 * The kind of a declared or undeclared interest (conflicts of interest guidance, 2017).
 *
 * @since 0.1
 */
public enum InterestKind {
  /** A financial interest: ownership, a shareholding, employment, a contract. */
  FINANCIAL,
  /** A non-financial professional interest. */
  PROFESSIONAL,
  /** A non-financial personal interest. */
  PERSONAL,
  /** An interest held through a close associate: a relative, a close friend, a business partner. */
  INDIRECT
}
