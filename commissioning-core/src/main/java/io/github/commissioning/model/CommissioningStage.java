package io.github.commissioning.model;

/**
 * A stage of the commissioning cycle (NHS England; Department of Health 2006).
 *
 * @since 0.1
 */
public enum CommissioningStage {
  /** Health-needs assessment. */
  NEEDS_ASSESSMENT,
  /** Strategic planning. */
  STRATEGIC_PLANNING,
  /** Service design and specification. */
  SERVICE_DESIGN,
  /** Procurement. */
  PROCUREMENT,
  /** Contracting. */
  CONTRACTING,
  /** Contract management and monitoring. */
  CONTRACT_MANAGEMENT,
  /** Evaluation. */
  EVALUATION
}
