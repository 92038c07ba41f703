package io.github.commissioning.model;

/**
 * The role in which a person sits on a decision body.
 *
 * @since 0.1
 */
public enum Role {
  /** The chair. */
  CHAIR,
  /** A lay member. */
  LAY,
  /** An executive or officer. */
  EXECUTIVE,
  /** A clinical member, such as a GP. */
  CLINICAL,
  /** A partner member, representing another organisation. */
  PARTNER,
  /** An observer, who attends without a vote. */
  OBSERVER
}
