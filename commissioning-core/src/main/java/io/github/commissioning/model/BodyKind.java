package io.github.commissioning.model;

/**
 * The kind of a decision body.
 *
 * @since 0.1
 */
public enum BodyKind {
  /** A CCG governing body. */
  GOVERNING_BODY,
  /** A board: an ICB, trust or company board. */
  BOARD,
  /** A primary care commissioning committee, which decides delegated primary medical services. */
  PRIMARY_CARE_COMMISSIONING_COMMITTEE,
  /** A joint committee of two or more bodies, with binding authority. */
  JOINT_COMMITTEE,
  /** Committees in common: each member body must ratify what they decide. */
  COMMITTEES_IN_COMMON,
  /** An audit committee. */
  AUDIT_COMMITTEE,
  /** A sub-committee or working group. */
  SUB_COMMITTEE,
  /** Any other body. */
  OTHER
}
