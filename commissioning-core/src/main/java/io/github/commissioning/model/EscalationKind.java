package io.github.commissioning.model;

/**
 * What was done when conflicts left a meeting unable to decide.
 *
 * @since 0.1
 */
public enum EscalationKind {
  /** The item was deferred. */
  DEFERRED,
  /** The item was referred to another body able to be quorate. */
  REFERRED,
  /** Permitted people were co-opted to restore the quorum. */
  CO_OPTED,
  /** The chair decided, having consulted the conflicts of interest guardian. */
  CHAIR_DECISION
}
