package io.github.commissioning.testing;

import io.github.commissioning.rules.AccountabilityRules;
import io.github.commissioning.rules.ConflictRules;

/**
 * The kinds of defect the generator can plant: one for every standard rule. Each names the rule it
 * proves; some defects cannot be planted without also causing a finding of a related rule (a conflicted
 * member who took part is both undeclared and a participant), and their expected findings say so.
 *
 * @since 0.1
 */
public enum DefectKind {
  /** A CCG's duty for community services removed, leaving its footprint with no duty holder. */
  UNOWNED(AccountabilityRules.UNOWNED),
  /** NHS England given a second duty for a CCG's community services. */
  OVERLAP(AccountabilityRules.OVERLAP),
  /** A CCG that does not hold primary care delegating it to a joint committee. */
  NOT_HELD(AccountabilityRules.NOT_HELD),
  /** A CCG passing delegated primary care on without permission. */
  ONWARD_UNPERMITTED(AccountabilityRules.ONWARD_UNPERMITTED),
  /** Primary care delegated to a CCG without keeping the performers list back. */
  RESERVED_DELEGATED(AccountabilityRules.RESERVED_DELEGATED),
  /** Community services delegated to a commissioning support unit. */
  INELIGIBLE_DELEGATE(AccountabilityRules.INELIGIBLE_DELEGATE),
  /** Two joint committees delegating community services to each other. */
  CYCLE(AccountabilityRules.CYCLE),
  /** A CCG closed on 31 March 2020 with its duty and delegations left open. */
  DISSOLVED(AccountabilityRules.DISSOLVED),
  /** A decision recorded by a commissioning support unit's board. */
  SUPPORT_DECIDES(AccountabilityRules.SUPPORT_DECIDES),
  /** A governing body deciding primary care its CCG does not hold. */
  ULTRA_VIRES(AccountabilityRules.ULTRA_VIRES),
  /** Delegated primary care decided by the governing body, not the PCCC. */
  WRONG_LEVEL(AccountabilityRules.WRONG_LEVEL),
  /** A CCG letting a sub-contract with no prime contract. */
  BROKEN_CONTRACT_CHAIN(AccountabilityRules.BROKEN_CONTRACT_CHAIN),
  /** A governing body without its registered nurse. */
  COMPOSITION(AccountabilityRules.COMPOSITION),
  /** Community services led by a council whose footprint is all of England. */
  FOOTPRINT_MISMATCH(AccountabilityRules.FOOTPRINT_MISMATCH),
  /** A delegation recorded as moving liability to the CCG. */
  LIABILITY_MOVED(AccountabilityRules.LIABILITY_MOVED),
  /** A decision of committees in common that no member ratified. */
  UNRATIFIED(AccountabilityRules.UNRATIFIED),
  /** Community services delegated to two joint committees for the same footprint. */
  CONFLICTING_DELEGATION(AccountabilityRules.CONFLICTING_DELEGATION),
  /** A chain of four delegations below the CCG. */
  CHAIN_DEPTH(AccountabilityRules.CHAIN_DEPTH),
  /** A GP taking part in a decision about his own practice without declaring it. */
  UNDECLARED(ConflictRules.UNDECLARED),
  /** A lay member taking part while her relative's interest goes undeclared. */
  INDIRECT(ConflictRules.INDIRECT),
  /** An interest registered 59 days after it arose. */
  LATE_DECLARATION(ConflictRules.LATE_DECLARATION),
  /** A GP who declared an interest and voted anyway. */
  CONFLICTED_VOTE(ConflictRules.CONFLICTED_VOTE),
  /** A GP who declared an interest and stayed for the discussion. */
  CONFLICTED_PARTICIPATION(ConflictRules.CONFLICTED_PARTICIPATION),
  /** A governing body left below its quorum when the conflicted GP withdrew. */
  INQUORATE(ConflictRules.INQUORATE),
  /** A sub-committee with most members conflicted and nothing recorded. */
  ESCALATION_MISSING(ConflictRules.ESCALATION_MISSING),
  /** A conflicted chair chairing the item. */
  CONFLICTED_CHAIR(ConflictRules.CONFLICTED_CHAIR),
  /** A PCCC chaired by a GP. */
  PCCC_COMPOSITION(ConflictRules.PCCC_COMPOSITION),
  /** A CCG without a conflicts of interest guardian. */
  GUARDIAN(ConflictRules.GUARDIAN),
  /** A governing body with two lay members. */
  LAY_SHORTFALL(ConflictRules.LAY_SHORTFALL),
  /** A procurement decision left out of the register. */
  PROCUREMENT_REGISTER(ConflictRules.PROCUREMENT_REGISTER),
  /** A contract awarded to a GP's own practice with the GP taking part. */
  CONFLICTED_AWARD(ConflictRules.CONFLICTED_AWARD),
  /** A governing-body nurse also on the board of the ACO the CCG contracts. */
  DUAL_ROLE(ConflictRules.DUAL_ROLE),
  /** A joint committee awarding a contract to its member trust. */
  INSTITUTIONAL(ConflictRules.INSTITUTIONAL),
  /** An ICB non-executive member with a financial interest in a private provider. */
  INELIGIBLE_BOARD_MEMBER(ConflictRules.INELIGIBLE_BOARD_MEMBER),
  /** An ACO sub-contracting to a trust that is part of it. */
  SELF_COMMISSIONING(ConflictRules.SELF_COMMISSIONING),
  /** A visitor who is no member of the governing body recorded as voting. */
  DECISION_RECORD(AccountabilityRules.DECISION_RECORD),
  /**
   * A CCG merged into its neighbour on 1 April 2020 by a transfer naming a successor for primary care only, so
   * its community services contract passes to nobody.
   */
  SUCCESSION_GAP(AccountabilityRules.SUCCESSION_GAP),
  /** A CCG merged on 1 April 2020 into a community trust, which cannot hold statutory duties. */
  TRANSFER_INELIGIBLE(AccountabilityRules.TRANSFER_INELIGIBLE);

  private final String ruleId;

  DefectKind(String ruleId) {
    this.ruleId = ruleId;
  }

  /**
   * Returns the id of the rule this defect proves.
   *
   * @return the rule id, not null
   */
  public String ruleId() {
    return ruleId;
  }
}
