package io.github.commissioning.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the composition of a primary care commissioning committee must be. The guidance behind these
 * requirements has not been checked by the project, so each can be switched off.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
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
   * Returns the policy of the 2016 and 2017 guidance as recalled: a lay chair, a lay and executive
   * majority, no GP majority. Switch a requirement off with the {@code with…} methods:
   * <pre>{@code
   * PcccPolicy noLayChair = PcccPolicy.standard().withLayChair(false);
   * RuleSet rules = RuleSet.standard().with(ConflictRules.pcccComposition(noLayChair));
   * }</pre>
   *
   * @return the policy, not null
   */
  public static PcccPolicy standard() {
    return new PcccPolicy(true, true, true);
  }

  /**
   * Returns a policy that requires nothing; switch requirements on with the {@code with…} methods.
   *
   * @return the policy, not null
   */
  public static PcccPolicy none() {
    return new PcccPolicy(false, false, false);
  }

  /**
   * Returns a copy of this policy that does or does not require a lay chair.
   *
   * @param required whether the chair must be a lay member
   * @return the policy, not null
   */
  public PcccPolicy withLayChair(boolean required) {
    return new PcccPolicy(required, layAndExecutiveMajority, noGpMajority);
  }

  /**
   * Returns a copy of this policy that does or does not require a lay and executive majority.
   *
   * @param required whether lay and executive members must be a majority of the votes
   * @return the policy, not null
   */
  public PcccPolicy withLayAndExecutiveMajority(boolean required) {
    return new PcccPolicy(layChair, required, noGpMajority);
  }

  /**
   * Returns a copy of this policy that does or does not forbid a GP majority.
   *
   * @param forbidden whether GPs and other clinical members must not hold a majority of the votes
   * @return the policy, not null
   */
  public PcccPolicy withGpMajorityForbidden(boolean forbidden) {
    return new PcccPolicy(layChair, layAndExecutiveMajority, forbidden);
  }

  /**
   * Returns whether the chair must be a lay member.
   *
   * @return whether the chair must be a lay member
   */
  public boolean requiresLayChair() {
    return layChair;
  }

  /**
   * Returns whether lay and executive members must be a majority of the votes.
   *
   * @return whether lay and executive members must be a majority of the votes
   */
  public boolean requiresLayAndExecutiveMajority() {
    return layAndExecutiveMajority;
  }

  /**
   * Returns whether GPs and clinical members must not hold a majority of the votes.
   *
   * @return whether GPs and clinical members must not hold a majority of the votes
   */
  public boolean forbidsGpMajority() {
    return noGpMajority;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PcccPolicy other && other.layChair == layChair
        && other.layAndExecutiveMajority == layAndExecutiveMajority && other.noGpMajority == noGpMajority;
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
