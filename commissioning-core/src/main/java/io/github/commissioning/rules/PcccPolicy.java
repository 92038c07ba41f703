package io.github.commissioning.rules;

import java.util.Objects;

/**
 * What the composition of a primary care commissioning committee must be. The guidance recalled in
 * The guidance behind these requirements has not been checked by the project, so each can be switched off.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PcccPolicy {

  private final boolean layChair;
  private final boolean layAndExecutiveMajority;
  private final boolean noGpMajority;

  private PcccPolicy(boolean layChair, boolean layAndExecutiveMajority, boolean noGpMajority) {
    this.layChair = layChair;
    this.layAndExecutiveMajority = layAndExecutiveMajority;
    this.noGpMajority = noGpMajority;
  }

  /**
   * Obtains a policy.
   *
   * @param layChair whether the chair must be a lay member
   * @param layAndExecutiveMajority whether lay and executive members must be a majority of the votes
   * @param noGpMajority whether GPs and other clinical members must not hold a majority of the votes
   * @return the policy, not null
   */
  public static PcccPolicy of(boolean layChair, boolean layAndExecutiveMajority, boolean noGpMajority) {
    return new PcccPolicy(layChair, layAndExecutiveMajority, noGpMajority);
  }

  /**
   * Returns the policy of the 2016 and 2017 guidance as recalled: a lay chair, a lay and executive
   * majority, no GP majority.
   *
   * @return the policy, not null
   */
  public static PcccPolicy standard() {
    return of(true, true, true);
  }

  /** Returns whether the chair must be a lay member. */
  public boolean requiresLayChair() {
    return layChair;
  }

  /** Returns whether lay and executive members must be a majority of the votes. */
  public boolean requiresLayAndExecutiveMajority() {
    return layAndExecutiveMajority;
  }

  /** Returns whether GPs and clinical members must not hold a majority of the votes. */
  public boolean forbidsGpMajority() {
    return noGpMajority;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PcccPolicy && ((PcccPolicy) obj).layChair == layChair
        && ((PcccPolicy) obj).layAndExecutiveMajority == layAndExecutiveMajority
        && ((PcccPolicy) obj).noGpMajority == noGpMajority;
  }

  @Override
  public int hashCode() {
    return Objects.hash(layChair, layAndExecutiveMajority, noGpMajority);
  }

  @Override
  public String toString() {
    return "PcccPolicy[lay chair " + layChair + ", lay and executive majority " + layAndExecutiveMajority
        + ", no GP majority " + noGpMajority + "]";
  }
}
