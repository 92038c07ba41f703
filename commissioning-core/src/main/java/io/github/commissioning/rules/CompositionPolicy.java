package io.github.commissioning.rules;

import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a decision body must hold: a least number of members, posts that must be filled, and a least
 * number of members in some roles.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CompositionPolicy {

  private final int minimumMembers;
  private final Set<Designation> requiredPosts;
  private final Map<Role, Integer> minimumByRole;

  private CompositionPolicy(int minimumMembers, Set<Designation> requiredPosts, Map<Role, Integer> minimumByRole) {
    this.minimumMembers = minimumMembers;
    this.requiredPosts = requiredPosts;
    this.minimumByRole = minimumByRole;
  }

  /**
   * Obtains a policy.
   *
   * @param minimumMembers the least number of members, zero or more
   * @param requiredPosts the posts that must be held by a member, not null
   * @param minimumByRole the least number of members in each role named, not null
   * @return the policy, not null
   * @throws IllegalArgumentException if a number is negative
   */
  public static CompositionPolicy of(int minimumMembers, Set<Designation> requiredPosts,
      Map<Role, Integer> minimumByRole) {
    Objects.requireNonNull(requiredPosts, "requiredPosts");
    Objects.requireNonNull(minimumByRole, "minimumByRole");
    if (minimumMembers < 0 || minimumByRole.values().stream().anyMatch(n -> n < 0)) {
      throw new IllegalArgumentException("Invalid composition policy: minimum members " + minimumMembers
          + " and minimums by role " + minimumByRole + " must not be negative");
    }
    EnumSet<Designation> posts = EnumSet.noneOf(Designation.class);
    posts.addAll(requiredPosts);
    EnumMap<Role, Integer> roles = new EnumMap<>(Role.class);
    roles.putAll(minimumByRole);
    return new CompositionPolicy(minimumMembers, Collections.unmodifiableSet(posts), Collections.unmodifiableMap(roles));
  }

  /**
   * Returns the legal minimum of a CCG governing body: at least 6 members, the accountable officer, the
   * chief finance officer, a registered nurse, a secondary-care specialist and two lay members, one for
   * audit and governance and one for patient and public involvement (SI 2012/1631, reg. 11).
   *
   * @return the policy, not null
   */
  public static CompositionPolicy ccgGoverningBody() {
    return of(6, EnumSet.of(Designation.ACCOUNTABLE_OFFICER, Designation.CHIEF_FINANCE_OFFICER,
        Designation.REGISTERED_NURSE, Designation.SECONDARY_CARE_SPECIALIST, Designation.LAY_AUDIT,
        Designation.LAY_PATIENT_AND_PUBLIC), Map.of());
  }

  /**
   * Returns the minimum ICB board: {@link #icbBoardStatutory() what the Act requires} and
   * {@link #icbBoardPolicy() what NHS England's policy adds}.
   *
   * @return the policy, not null
   */
  public static CompositionPolicy icbBoard() {
    EnumSet<Designation> posts = EnumSet.copyOf(icbBoardStatutory().requiredPosts());
    posts.addAll(icbBoardPolicy().requiredPosts());
    EnumMap<Role, Integer> roles = new EnumMap<>(Role.class);
    roles.putAll(icbBoardStatutory().minimumByRole());
    roles.putAll(icbBoardPolicy().minimumByRole());
    return of(0, posts, roles);
  }

  /**
   * Returns what the law requires of an ICB board (NHS Act 2006, Schedule 1B, paragraphs 3 and 8): a chair, a
   * chief executive (the accountable officer), and partner members nominated by the area's NHS trusts and
   * foundation trusts, by its providers of primary medical services and by its local authorities.
   *
   * @return the policy, not null
   */
  public static CompositionPolicy icbBoardStatutory() {
    return of(0, EnumSet.of(Designation.ACCOUNTABLE_OFFICER, Designation.PARTNER_MEMBER_TRUSTS,
        Designation.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES, Designation.PARTNER_MEMBER_LOCAL_AUTHORITIES),
        Map.of(Role.CHAIR, 1));
  }

  /**
   * Returns what NHS England's policy adds to an ICB board (guidance on ICB constitutions, 2022): a finance
   * director, a medical director, a director of nursing and at least two non-executive (lay) members.
   *
   * @return the policy, not null
   */
  public static CompositionPolicy icbBoardPolicy() {
    return of(0, EnumSet.of(Designation.CHIEF_FINANCE_OFFICER, Designation.MEDICAL_DIRECTOR,
        Designation.REGISTERED_NURSE), Map.of(Role.LAY, 2));
  }

  /**
   * Returns the least number of members.
   *
   * @return the least number of members
   */
  public int minimumMembers() {
    return minimumMembers;
  }

  /**
   * Returns the posts that must be held, in declaration order.
   *
   * @return the posts that must be held, in declaration order
   */
  public Set<Designation> requiredPosts() {
    return requiredPosts;
  }

  /**
   * Returns the least number of members of each role named.
   *
   * @return the least number of members of each role named
   */
  public Map<Role, Integer> minimumByRole() {
    return minimumByRole;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CompositionPolicy other && other.minimumMembers == minimumMembers
        && other.requiredPosts.equals(requiredPosts) && other.minimumByRole.equals(minimumByRole);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumMembers, requiredPosts, minimumByRole);
  }

  @Override
  public String toString() {
    return "CompositionPolicy[members >= " + minimumMembers + ", posts " + requiredPosts + ", roles "
        + minimumByRole + "]";
  }
}
