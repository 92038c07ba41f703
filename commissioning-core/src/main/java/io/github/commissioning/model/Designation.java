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
  GP
}
