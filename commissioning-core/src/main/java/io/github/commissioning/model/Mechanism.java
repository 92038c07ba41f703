package io.github.commissioning.model;

/**
 * How the exercise of a function passes from one organisation to another. Accountability never moves
 * with it: the duty holder stays liable (NHS Act 2006 s13Z(6)). A contract is not a mechanism: a provider
 * delivers a service under a {@link Contract}, and the commissioner keeps the function.
 *
 * @since 0.1
 */
public enum Mechanism {
  /** Delegation under s13Z (NHS England to a CCG) or, from 1 July 2022, s65Z5. */
  DELEGATION(true, "delegated"),
  /** Exercise through a joint committee (s14Z3(2A) and s13Z, from 1 October 2014). */
  JOINT_COMMITTEE(true, "joint committee"),
  /** Lead commissioning under a s75 partnership arrangement with a local authority. */
  LEAD_COMMISSIONING(true, "lead commissioning"),
  /** Commissioning support: analysis, procurement and contract work without decision rights. */
  SUPPORT(false, "support");

  private final boolean conveysDecisionRights;
  private final String label;

  Mechanism(boolean conveysDecisionRights, String label) {
    this.conveysDecisionRights = conveysDecisionRights;
    this.label = label;
  }

  /**
   * Returns how a governance lead would say it, such as "delegated" or "sub-contract".
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Checks whether a delegate under this mechanism may take commissioning decisions.
   *
   * @return false only for {@link #SUPPORT}
   */
  public boolean conveysDecisionRights() {
    return conveysDecisionRights;
  }
}
