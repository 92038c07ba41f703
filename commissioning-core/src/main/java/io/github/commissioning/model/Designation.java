package io.github.commissioning.model;

/**
 * A post a member of a decision body holds, which composition rules look for (National Health Service
 * (Clinical Commissioning Groups) Regulations 2012, reg. 11; the conflicts of interest guidance).
 *
 * @since 0.1
 */
public enum Designation {
  /** The accountable officer. */
  ACCOUNTABLE_OFFICER,
  /** The chief finance officer. */
  CHIEF_FINANCE_OFFICER,
  /** A registered nurse. */
  REGISTERED_NURSE,
  /** A secondary-care specialist doctor. */
  SECONDARY_CARE_SPECIALIST,
  /** The lay member for audit and governance. */
  LAY_AUDIT,
  /** The lay member for patient and public involvement. */
  LAY_PATIENT_AND_PUBLIC,
  /** A medical director. */
  MEDICAL_DIRECTOR,
  /** The conflicts of interest guardian (normally the audit chair). */
  CONFLICTS_GUARDIAN,
  /** The vice or deputy chair. */
  VICE_CHAIR,
  /** A general practitioner. */
  GP,
  /**
   * An ICB board's partner member nominated by the NHS trusts and foundation trusts of its area (NHS Act 2006,
   * Schedule 1B, paragraph 8): a statutory seat.
   */
  PARTNER_MEMBER_TRUSTS,
  /** An ICB board's partner member nominated by the providers of primary medical services: a statutory seat. */
  PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES,
  /** An ICB board's partner member nominated by the local authorities of its area: a statutory seat. */
  PARTNER_MEMBER_LOCAL_AUTHORITIES;

  /**
   * Checks whether this post is a statutory partner member's seat on an ICB board, whose holder is there to
   * bring a sector's knowledge and so is expected to have interests in it.
   *
   * @return true for the three partner member posts
   */
  public boolean isStatutorySeat() {
    return this == PARTNER_MEMBER_TRUSTS || this == PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES
        || this == PARTNER_MEMBER_LOCAL_AUTHORITIES;
  }
}
