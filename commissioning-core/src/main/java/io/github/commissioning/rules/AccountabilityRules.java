package io.github.commissioning.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The standard accountability rules: rules on who holds, passes on and decides each function,
 * and the ambiguities the analysis finds (two delegations of the same area, chains too long to follow).
 * <p>
 * Each rule has a stable id. Rules with a policy (the longest chain, the composition of a governing
 * body) are obtained configured from a factory here, and replace the standard one with
 * {@link RuleSet#with(Rule)}.
 *
 * @since 0.1
 */
public final class AccountabilityRules {

  /** A function with no duty holder for some areas and dates. */
  public static final String UNOWNED = "ACC-UNOWNED";
  /** Two organisations accountable for the same function, area and dates. */
  public static final String OVERLAP = "ACC-OVERLAP";
  /** Delegating a function, area or dates the delegator does not hold. */
  public static final String NOT_HELD = "ACC-NOT-HELD";
  /** Onward delegation without permission. */
  public static final String ONWARD_UNPERMITTED = "ACC-ONWARD-UNPERMITTED";
  /** A reserved function delegated. */
  public static final String RESERVED_DELEGATED = "ACC-RESERVED-DELEGATED";
  /** A delegate not eligible for the mechanism under the law of the day. */
  public static final String INELIGIBLE_DELEGATE = "ACC-INELIGIBLE-DELEGATE";
  /** A cycle of delegations. */
  public static final String CYCLE = "ACC-CYCLE";
  /** A dissolved organisation still holding a duty or a delegation. */
  public static final String DISSOLVED = "ACC-DISSOLVED";
  /** A support organisation recorded as deciding. */
  public static final String SUPPORT_DECIDES = "ACC-SUPPORT-DECIDES";
  /** A decision outside its body's remit or powers. */
  public static final String ULTRA_VIRES = "ACC-ULTRA-VIRES";
  /** Delegated primary medical services decided by anything but the PCCC. */
  public static final String WRONG_LEVEL = "ACC-WRONG-LEVEL";
  /** A sub-contract with no prime contract above it. */
  public static final String BROKEN_CONTRACT_CHAIN = "ACC-BROKEN-CONTRACT-CHAIN";
  /** A governing body or ICB board without its legal minimum. */
  public static final String COMPOSITION = "ACC-COMPOSITION";
  /** A delegate's footprint outside its delegator's. */
  public static final String FOOTPRINT_MISMATCH = "ACC-FOOTPRINT-MISMATCH";
  /** A delegation recorded as moving liability. */
  public static final String LIABILITY_MOVED = "ACC-LIABILITY-MOVED";
  /** A decision of committees in common or a partnership not ratified by each member. */
  public static final String UNRATIFIED = "ACC-UNRATIFIED";
  /** One delegator passing the same area on twice. */
  public static final String CONFLICTING_DELEGATION = "ACC-CONFLICTING-DELEGATION";
  /** A decision record that contradicts itself, or a vote by someone who is not a voting member. */
  public static final String DECISION_RECORD = "ACC-DECISION-RECORD";
  /** Something of a body a transfer ends that passes to no successor for some function or area. */
  public static final String SUCCESSION_GAP = "ACC-SUCCESSION-GAP";
  /** A transfer to a successor that may not hold the function on the transfer's date. */
  public static final String TRANSFER_INELIGIBLE = "ACC-TRANSFER-INELIGIBLE";
  /** A chain of delegations longer than the policy allows. */
  public static final String CHAIN_DEPTH = "ACC-CHAIN-DEPTH";

  /** The longest chain the standard rule set accepts without a finding. */
  public static final int DEFAULT_MAX_CHAIN_LINKS = 3;

  private AccountabilityRules() {
  }

  /**
   * Returns every standard accountability rule, with default policies.
   *
   * @return the rules, in id order
   */
  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(List.of(new Unowned(), new Overlap(), new NotHeld(), new OnwardUnpermitted(),
        new ReservedDelegated(), new IneligibleDelegate(), new Cycle(), new Dissolved(), new SupportDecides(),
        new UltraVires(), new WrongLevel(), new BrokenContractChain(),
        composition(CompositionPolicy.ccgGoverningBody(), CompositionPolicy.icbBoard()), new FootprintMismatch(),
        new LiabilityMoved(), new Unratified(), new ConflictingDelegation(), new DecisionRecord(), chainDepth(DEFAULT_MAX_CHAIN_LINKS),
        new SuccessionGapRule(), new TransferIneligible()));
    rules.sort(Comparator.comparing(Rule::id));
    return List.copyOf(rules);
  }

  /**
   * Returns the chain-depth rule with a policy: a finding where a delegate is more than
   * {@code maxLinks} delegations away from the accountable body.
   *
   * @param maxLinks the longest chain accepted, at least 1
   * @return the rule, with id {@value #CHAIN_DEPTH}
   * @throws IllegalArgumentException if {@code maxLinks} is less than 1
   */
  public static Rule chainDepth(int maxLinks) {
    if (maxLinks < 1) {
      throw new IllegalArgumentException("Invalid chain depth policy: " + maxLinks
          + " links; the longest chain accepted must be at least 1");
    }
    return new ChainDepth(maxLinks);
  }

  /**
   * Returns the composition rule with policies for CCG governing bodies and ICB boards.
   *
   * @param ccgGoverningBody the policy for a governing body of a CCG, not null
   * @param icbBoard the policy for a board of an ICB, not null
   * @return the rule, with id {@value #COMPOSITION}
   */
  public static Rule composition(CompositionPolicy ccgGoverningBody, CompositionPolicy icbBoard) {
    return new Composition(Objects.requireNonNull(ccgGoverningBody), Objects.requireNonNull(icbBoard));
  }
}
