package io.github.commissioning.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The standard conflict-of-interest rules: declarations, votes, quorum, the composition of
 * committees, awards and self-commissioning.
 * <p>
 * Severity follows the guidance: a financial interest (or one of kind indirect) gives the rule's
 * severity, a non-financial one the next lower, and an interest held through a close associate one
 * lower again. Rules with an unverified policy (the PCCC's composition) are obtained configured from a
 * factory here.
 *
 * @since 0.1
 */
public final class ConflictRules {

  /** A conflicted decision-maker who did not declare the interest at the meeting. */
  public static final String UNDECLARED = "COI-UNDECLARED";
  /** An undeclared interest held through a close associate. */
  public static final String INDIRECT = "COI-INDIRECT";
  /** An interest registered more than 28 days after it arose, or not at all. */
  public static final String LATE_DECLARATION = "COI-LATE-DECLARATION";
  /** A conflicted member voted. */
  public static final String CONFLICTED_VOTE = "COI-CONFLICTED-VOTE";
  /** A conflicted member took part in the discussion. */
  public static final String CONFLICTED_PARTICIPATION = "COI-CONFLICTED-PARTICIPATION";
  /** Inquorate once conflicted members are excluded, with no escalation. */
  public static final String INQUORATE = "COI-INQUORATE";
  /** More than half the members conflicted and nothing recorded of how it was handled. */
  public static final String ESCALATION_MISSING = "COI-ESCALATION-MISSING";
  /** A conflicted chair chaired the item. */
  public static final String CONFLICTED_CHAIR = "COI-CONFLICTED-CHAIR";
  /** A PCCC without a lay chair or a lay and executive majority, or with a GP majority. */
  public static final String PCCC_COMPOSITION = "COI-PCCC-COMPOSITION";
  /** No conflicts guardian, or a guardian who is not independent. */
  public static final String GUARDIAN = "COI-GUARDIAN";
  /** A CCG governing body with fewer than 3 lay members. */
  public static final String LAY_SHORTFALL = "COI-LAY-SHORTFALL";
  /** A procurement decision missing from the register of procurement decisions. */
  public static final String PROCUREMENT_REGISTER = "COI-PROCUREMENT-REGISTER";
  /** A contract awarded to a provider in which a decision-maker has a financial interest. */
  public static final String CONFLICTED_AWARD = "COI-CONFLICTED-AWARD";
  /** One person on the commissioner's decision body and a contracted provider's board. */
  public static final String DUAL_ROLE = "COI-DUAL-ROLE";
  /** An organisation on a joint body deciding its own contract. */
  public static final String INSTITUTIONAL = "COI-INSTITUTIONAL";
  /** An ICB board member with a financial interest in a private provider. */
  public static final String INELIGIBLE_BOARD_MEMBER = "COI-INELIGIBLE-BOARD-MEMBER";
  /** An organisation commissioning what it provides, or sub-contracting to an affiliate. */
  public static final String SELF_COMMISSIONING = "COI-SELF-COMMISSIONING";

  /** The days within which an interest must be registered (s14O; the 2017 guidance). */
  public static final int DECLARATION_DAYS = 28;

  private ConflictRules() {
  }

  /**
   * Returns every standard conflict-of-interest rule, with default policies.
   *
   * @return the rules, in id order
   */
  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(List.of(new Undeclared(), new Indirect(), new LateDeclaration(),
        new ConflictedVote(), new ConflictedParticipation(), new Inquorate(), new EscalationMissing(),
        new ConflictedChair(), pcccComposition(PcccPolicy.standard()), new Guardian(), new LayShortfall(),
        new ProcurementRegister(), new ConflictedAward(), new DualRole(), new Institutional(),
        new IneligibleBoardMember(), new SelfCommissioning()));
    rules.sort(Comparator.comparing(Rule::id));
    return List.copyOf(rules);
  }

  /**
   * Returns the PCCC composition rule with a policy.
   *
   * @param policy the policy, not null
   * @return the rule, with id {@value #PCCC_COMPOSITION}
   */
  public static Rule pcccComposition(PcccPolicy policy) {
    return new PcccComposition(Objects.requireNonNull(policy, "policy"));
  }
}
