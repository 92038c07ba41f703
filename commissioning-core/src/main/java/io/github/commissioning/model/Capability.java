package io.github.commissioning.model;

/**
 * What an {@link OrganisationKind} can be or do in law and in practice.
 *
 * @since 0.1
 */
public enum Capability {
  /** A statutory body: a legal entity created by or under an Act (NHS England, a CCG, a trust). */
  STATUTORY_BODY,
  /** It can hold a statutory commissioning duty. */
  HOLDS_DUTIES,
  /** It can receive the exercise of a commissioning function by delegation or joint arrangement. */
  RECEIVES_DELEGATION,
  /** It provides care, so it can be awarded contracts and be a party with interests. */
  PROVIDES_CARE,
  /** It supports commissioners without decision rights (a commissioning support unit). */
  SUPPORT_ONLY,
  /** A partnership of other bodies, not a legal entity (an STP or a pre-2022 ICS). */
  PARTNERSHIP
}
