package io.github.commissioning.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates on which the law of NHS commissioning changed, in one place. Rules that depend on the
 * regime in force on a date ask here.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LegalRegime {

  /**
   * NHS England (the NHS Commissioning Board) and CCGs took up their functions: 1 April 2013 (Health and
   * Social Care Act 2012).
   */
  public static final LocalDate CCGS_ESTABLISHED = LocalDate.of(2013, 4, 1);

  /**
   * Joint committees of CCGs became lawful, s14Z3(2A) inserted by the Legislative Reform (Clinical
   * Commissioning Groups) Order 2014: 1 October 2014. Before it, "committees in common" had no binding
   * authority.
   */
  public static final LocalDate CCG_JOINT_COMMITTEES_LAWFUL = LocalDate.of(2014, 10, 1);

  /**
   * The last day CCGs existed: they were abolished at the end of 30 June 2022 (Health and Care Act 2022).
   */
  public static final LocalDate CCGS_ABOLISHED_AFTER = LocalDate.of(2022, 6, 30);

  /**
   * The 42 integrated care boards were established, and s65Z5 delegation to and from NHS trusts and
   * foundation trusts became possible: 1 July 2022 (Health and Care Act 2022).
   */
  public static final LocalDate ICBS_ESTABLISHED = LocalDate.of(2022, 7, 1);

  private LegalRegime() {
  }

  /**
   * Returns the statutory basis of a mechanism on a date, for explanations.
   *
   * @param mechanism the mechanism, not null
   * @param date the date, not null
   * @return the basis, such as {@code s13Z} or {@code s65Z5}, not null
   */
  public static String basisOf(Mechanism mechanism, LocalDate date) {
    Objects.requireNonNull(mechanism, "mechanism");
    Objects.requireNonNull(date, "date");
    return switch (mechanism) {
      case DELEGATION -> date.isBefore(ICBS_ESTABLISHED) ? "s13Z" : "s65Z5";
      case JOINT_COMMITTEE -> date.isBefore(ICBS_ESTABLISHED) ? "s14Z3/s13Z" : "s65Z5";
      case LEAD_COMMISSIONING -> "s75";
      case PRIME_CONTRACT -> "prime contract";
      case SUB_CONTRACT -> "sub-contract";
      case SUPPORT -> "support agreement";
    };
  }

  /**
   * Checks whether joint committees of CCGs could bind their members on a date.
   *
   * @param date the date, not null
   * @return true on and after 1 October 2014
   */
  public static boolean ccgJointCommitteesLawfulOn(LocalDate date) {
    return !date.isBefore(CCG_JOINT_COMMITTEES_LAWFUL);
  }

  /**
   * Checks whether NHS trusts and foundation trusts could receive commissioning functions by delegation on
   * a date.
   *
   * @param date the date, not null
   * @return true on and after 1 July 2022
   */
  public static boolean trustDelegationLawfulOn(LocalDate date) {
    return !date.isBefore(ICBS_ESTABLISHED);
  }
}
