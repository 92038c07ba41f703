package io.github.commissioning.model;

/**
 * How one organisation belongs to another.
 *
 * @since 0.1
 */
public enum AffiliationKind {
  /** A member of: a practice of a PCN or federation, a CCG of a joint committee. */
  MEMBER_OF,
  /** Part of: a trust within an ACO, a regional team within NHS England. */
  PART_OF,
  /** Owned by, wholly or in part. */
  OWNED_BY
}
