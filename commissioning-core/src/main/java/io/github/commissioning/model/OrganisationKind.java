package io.github.commissioning.model;

import static io.github.commissioning.model.Capability.HOLDS_DUTIES;
import static io.github.commissioning.model.Capability.PARTNERSHIP;
import static io.github.commissioning.model.Capability.PROVIDES_CARE;
import static io.github.commissioning.model.Capability.RECEIVES_DELEGATION;
import static io.github.commissioning.model.Capability.STATUTORY_BODY;
import static io.github.commissioning.model.Capability.SUPPORT_ONLY;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of an organisation, which carries its {@link Capability capabilities}.
 * <p>
 * Whether a kind may receive a delegation under a given mechanism on a given date depends on the legal
 * regime in force, which the rules consult; the capabilities here are what the kind can ever do.
 *
 * @since 0.1
 */
public enum OrganisationKind {
  /**
   * NHS England: in law the NHS Commissioning Board from 1 April 2013 until the Health and Care Act 2022 (section
   * 1) renamed it on 1 July 2022.
   */
  NHS_ENGLAND(STATUTORY_BODY, HOLDS_DUTIES),
  /**
   * The Secretary of State for Health and Social Care (the Department of Health and Social Care), which
   * takes NHS England's remaining functions when the Health Bill (2026) abolishes it.
   */
  SECRETARY_OF_STATE(STATUTORY_BODY, HOLDS_DUTIES),
  /** A regional team of NHS England: part of it, exercising its functions, not a body of its own. */
  REGIONAL_TEAM(RECEIVES_DELEGATION),
  /** A clinical commissioning group, 1 April 2013 to 30 June 2022. */
  CCG(STATUTORY_BODY, HOLDS_DUTIES, RECEIVES_DELEGATION),
  /** An integrated care board, from 1 July 2022. */
  ICB(STATUTORY_BODY, HOLDS_DUTIES, RECEIVES_DELEGATION),
  /** An upper-tier or unitary local authority. */
  LOCAL_AUTHORITY(STATUTORY_BODY, HOLDS_DUTIES, RECEIVES_DELEGATION),
  /** A joint committee of commissioners. */
  JOINT_COMMITTEE(RECEIVES_DELEGATION),
  /** A sustainability and transformation partnership: not a legal entity. */
  STP(PARTNERSHIP),
  /** An integrated care system partnership before 1 July 2022: not a legal entity. */
  ICS(PARTNERSHIP),
  /** An accountable care organisation holding a capitated population contract. */
  ACO(PROVIDES_CARE),
  /**
   * An integrated health organisation: a trust holding a population contract and budget (the 10 Year
   * Health Plan, 2025).
   */
  INTEGRATED_HEALTH_ORGANISATION(PROVIDES_CARE),
  /** A lead provider or prime contractor. */
  LEAD_PROVIDER(PROVIDES_CARE),
  /** An NHS trust. */
  NHS_TRUST(STATUTORY_BODY, PROVIDES_CARE),
  /** An NHS foundation trust. */
  FOUNDATION_TRUST(STATUTORY_BODY, PROVIDES_CARE),
  /** A GP practice. */
  GP_PRACTICE(PROVIDES_CARE),
  /** A GP federation. */
  GP_FEDERATION(PROVIDES_CARE),
  /** A primary care network. */
  PCN(PROVIDES_CARE),
  /** A commissioning support unit. */
  CSU(SUPPORT_ONLY),
  /** Any other organisation, such as a company or a charity. */
  OTHER();

  private final ImmutableSet<Capability> capabilities;
  /** The capabilities as bits by ordinal, for {@link #has}: a test a check makes for every delegation. */
  private final long bits;

  OrganisationKind(Capability... capabilities) {
    EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
    set.addAll(Arrays.asList(capabilities));
    this.capabilities = Sets.immutableEnumSet(set);
    long all = 0;
    for (Capability capability : set) {
      all |= 1L << capability.ordinal();
    }
    this.bits = all;
  }

  /**
   * Returns the capabilities of this kind.
   *
   * @return the capabilities, not null, unmodifiable
   */
  public Set<Capability> capabilities() {
    return capabilities;
  }

  /**
   * Checks whether this kind has a capability.
   *
   * @param capability the capability, not null
   * @return true if it has it
   */
  public boolean has(Capability capability) {
    return (bits & (1L << capability.ordinal())) != 0;
  }

  /**
   * Checks whether this kind is a statutory body.
   *
   * @return true if statutory
   */
  public boolean isStatutory() {
    return has(STATUTORY_BODY);
  }

  /**
   * Checks whether this kind can hold a statutory commissioning duty.
   *
   * @return true if it can
   */
  public boolean canHoldDuties() {
    return has(HOLDS_DUTIES);
  }

  /**
   * Checks whether this kind provides care.
   *
   * @return true if it does
   */
  public boolean providesCare() {
    return has(PROVIDES_CARE);
  }
}
