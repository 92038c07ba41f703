package io.github.commissioning.model;

import static io.github.commissioning.model.OrganisationKind.CCG;
import static io.github.commissioning.model.OrganisationKind.FOUNDATION_TRUST;
import static io.github.commissioning.model.OrganisationKind.ICB;
import static io.github.commissioning.model.OrganisationKind.JOINT_COMMITTEE;
import static io.github.commissioning.model.OrganisationKind.LOCAL_AUTHORITY;
import static io.github.commissioning.model.OrganisationKind.NHS_ENGLAND;
import static io.github.commissioning.model.OrganisationKind.NHS_TRUST;
import static io.github.commissioning.model.OrganisationKind.REGIONAL_TEAM;
import static io.github.commissioning.model.OrganisationKind.SECRETARY_OF_STATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The law of NHS commissioning as dated data: when each kind of statutory body could exist, and which
 * {@linkplain Power powers} let one body pass the exercise of its functions to another, under which section,
 * from and until when. Rules and explanations consult it by date; replace or extend it with
 * {@link #withPower(Power)}, {@link #withLifetime(OrganisationKind, DateRange)} and
 * {@link #withNhsEnglandAbolishedOn(LocalDate)}.
 * <p>
 * The {@linkplain #england() standard table}:
 * <ul>
 *   <li>NHS England (the NHS Commissioning Board) and CCGs from 1 April 2013 (Health and Social Care Act
 *       2012); CCGs until 30 June 2022 and ICBs from 1 July 2022 (Health and Care Act 2022);
 *   <li>s13Z: NHS England to CCGs, and under s13Z(4) to joint committees with CCGs, 1 April 2013 to 30 June 2022;
 *   <li>s14Z3: a CCG to another CCG, 1 April 2013 to 30 June 2022; joint committees of CCGs under s14Z3(2A)
 *       and of CCGs with NHS England under s14Z9, from 1 October 2014 (the Legislative Reform (Clinical
 *       Commissioning Groups) Order 2014);
 *   <li>s75: partnership arrangements between NHS bodies and local authorities, throughout;
 *   <li>s65Z5: NHS England, ICBs, NHS trusts, foundation trusts and local authorities to one another and
 *       to joint committees, from 1 July 2022;
 *   <li>NHS England's regional teams: part of NHS England, exercising its functions under its own scheme of
 *       delegation, throughout; and, from 1 July 2022, an ICB's functions through s65Z5 arrangements with NHS
 *       England, as the regional teams that work for groups of ICBs on dental, pharmacy and optometry.
 * </ul>
 * {@link #milestones()} gives the same history as a sourced timeline: the delegation of primary medical services
 * (2015 to CCGs; 1 July 2022 to all ICBs), of pharmacy, optometry and dental services (nine early adopters from
 * 1 July 2022, all ICBs from 1 April 2023), of specialised services (April 2024 and April 2025), of vaccination
 * and screening (1 April 2026), the Provider Selection Regime (1 January 2024) and the first ICB mergers
 * (1 April 2026).
 * <p>
 * NHS England's abolition is not in the standard table: the Health Bill (2026) has not been enacted. Give the
 * date with {@link #withNhsEnglandAbolishedOn(LocalDate)}; from it NHS England holds no powers and the
 * Secretary of State may delegate commissioning to ICBs (the Bill's new s5A; provisional until enacted).
 * <pre>{@code
 * Law law = Law.england().withNhsEnglandAbolishedOn(LocalDate.of(2027, 4, 1));
 * law.basisOf(Mechanism.DELEGATION, OrganisationKind.NHS_ENGLAND, OrganisationKind.ICB, LocalDate.of(2023, 4, 1));
 * // "s65Z5"
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Law {

  /** NHS England (then the NHS Commissioning Board) and CCGs took up their functions: 1 April 2013. */
  private static final LocalDate APRIL_2013 = LocalDate.of(2013, 4, 1);
  /** The Legislative Reform (Clinical Commissioning Groups) Order 2014 came into force: 1 October 2014. */
  private static final LocalDate OCTOBER_2014 = LocalDate.of(2014, 10, 1);
  /** The last day of CCGs. */
  private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 30);
  /** ICBs established and s65Z5 in force: 1 July 2022. */
  private static final LocalDate JULY_2022 = LocalDate.of(2022, 7, 1);

  private static final String NHS_ACT = "https://www.legislation.gov.uk/ukpga/2006/41/section/";
  private static final String LRO_2014 = "https://www.legislation.gov.uk/uksi/2014/2436/contents/made";
  private static final String PRIMARY_CARE = "https://www.england.nhs.uk/commissioning/primary-care/primary-"
      + "care-comm/delegation-of-primary-medical-pharmaceutical-ophthalmic-and-dental-functions";
  private static final String SPECIALISED = "https://www.england.nhs.uk/long-read/commissioning-integration-"
      + "delegation-of-specialised-services-to-integrated-care-boards-2025-26/";
  private static final String HEALTH_BILL = "https://www.brownejacobson.com/insights/briefing-note-key-changes-"
      + "introduced-by-the-health-bill-to-the-national-health-service-act-2006";

  private static final Law ENGLAND = standard();

  private final List<Power> powers;
  private final Map<OrganisationKind, DateRange> lifetimes;
  private final @Nullable LocalDate nhsEnglandAbolished;

  private Law(List<Power> powers, Map<OrganisationKind, DateRange> lifetimes, @Nullable LocalDate nhsEnglandAbolished) {
    this.powers = List.copyOf(powers);
    this.lifetimes = Collections.unmodifiableMap(new EnumMap<>(lifetimes));
    this.nhsEnglandAbolished = nhsEnglandAbolished;
  }

  private static Law standard() {
    Map<OrganisationKind, DateRange> lifetimes = new EnumMap<>(OrganisationKind.class);
    lifetimes.put(NHS_ENGLAND, DateRange.startingOn(APRIL_2013));
    lifetimes.put(CCG, DateRange.of(APRIL_2013, JUNE_2022));
    lifetimes.put(ICB, DateRange.startingOn(JULY_2022));
    DateRange ccgEra = DateRange.of(APRIL_2013, JUNE_2022);
    DateRange lroEra = DateRange.of(OCTOBER_2014, JUNE_2022);
    DateRange icbEra = DateRange.startingOn(JULY_2022);
    Set<OrganisationKind> relevant = Set.of(NHS_ENGLAND, ICB, NHS_TRUST, FOUNDATION_TRUST, LOCAL_AUTHORITY);
    Set<OrganisationKind> nhsBodies = Set.of(NHS_ENGLAND, CCG, ICB, NHS_TRUST, FOUNDATION_TRUST);
    List<Power> powers = List.of(
        new Power(Mechanism.DELEGATION, Set.of(NHS_ENGLAND), Set.of(CCG), ccgEra, "s13Z", NHS_ACT + "13Z"),
        new Power(Mechanism.JOINT_COMMITTEE, Set.of(NHS_ENGLAND), Set.of(JOINT_COMMITTEE, CCG), ccgEra, "s13Z(4)",
            NHS_ACT + "13Z"),
        new Power(Mechanism.DELEGATION, Set.of(CCG), Set.of(CCG), ccgEra, "s14Z3", NHS_ACT + "14Z3"),
        new Power(Mechanism.JOINT_COMMITTEE, Set.of(CCG), Set.of(JOINT_COMMITTEE, CCG), lroEra, "s14Z3(2A)",
            LRO_2014),
        new Power(Mechanism.DELEGATION, Set.of(CCG), Set.of(NHS_ENGLAND), lroEra, "s14Z9", LRO_2014),
        new Power(Mechanism.JOINT_COMMITTEE, Set.of(CCG), Set.of(NHS_ENGLAND), lroEra, "s14Z9", LRO_2014),
        new Power(Mechanism.LEAD_COMMISSIONING, nhsBodies, Set.of(LOCAL_AUTHORITY), DateRange.ALWAYS, "s75",
            NHS_ACT + "75"),
        new Power(Mechanism.LEAD_COMMISSIONING, Set.of(LOCAL_AUTHORITY), nhsBodies, DateRange.ALWAYS, "s75",
            NHS_ACT + "75"),
        new Power(Mechanism.DELEGATION, relevant, relevant, icbEra, "s65Z5", NHS_ACT + "65Z5"),
        new Power(Mechanism.JOINT_COMMITTEE, relevant, union(relevant, Set.of(JOINT_COMMITTEE)), icbEra, "s65Z5",
            NHS_ACT + "65Z5"),
        new Power(Mechanism.DELEGATION, Set.of(ICB), Set.of(REGIONAL_TEAM), icbEra,
            "s65Z5 (NHS England, through its regional team)", NHS_ACT + "65Z5"),
        new Power(Mechanism.DELEGATION, Set.of(NHS_ENGLAND), Set.of(REGIONAL_TEAM), DateRange.ALWAYS,
            "NHS England's scheme of delegation", "NHS England's own scheme of reservation and delegation: a regional team is part of NHS England"));
    return new Law(powers, lifetimes, null);
  }

  private static Set<OrganisationKind> union(Set<OrganisationKind> a, Set<OrganisationKind> b) {
    EnumSet<OrganisationKind> all = EnumSet.copyOf(a);
    all.addAll(b);
    return all;
  }

  /**
   * Returns the law of England as this library knows it: the standard table above.
   *
   * @return the standard table, not null
   */
  public static Law england() {
    return ENGLAND;
  }

  /**
   * Returns a copy of this law with NHS England abolished on a date, as the Health Bill (2026) proposes:
   * NHS England exists until the day before, holds no powers from the date, and the Secretary of State may
   * delegate commissioning to ICBs (the Bill's new s5A). Which functions move to ICBs as their own and which
   * to the Secretary of State is stated by a {@link Transfer} of kind {@link TransferKind#ABOLITION}.
   *
   * @param date the first day without NHS England, not null
   * @return the law, not null
   * @throws IllegalArgumentException if the date is not after 1 April 2013
   */
  public Law withNhsEnglandAbolishedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!date.isAfter(APRIL_2013)) {
      throw new IllegalArgumentException("NHS England cannot be abolished on " + date + ": it took up its "
          + "functions on " + APRIL_2013 + "; give a later date");
    }
    Map<OrganisationKind, DateRange> changed = new EnumMap<>(lifetimes);
    changed.put(NHS_ENGLAND, DateRange.of(APRIL_2013, date.minusDays(1)));
    List<Power> more = new ArrayList<>(powers);
    more.add(new Power(Mechanism.DELEGATION, Set.of(SECRETARY_OF_STATE), Set.of(ICB), DateRange.startingOn(date),
        "s5A (Health Bill 2026, provisional)", HEALTH_BILL));
    return new Law(more, changed, date);
  }

  /**
   * Returns a copy of this law with one more power.
   *
   * @param power the power, not null
   * @return the law, not null
   */
  public Law withPower(Power power) {
    Objects.requireNonNull(power, "power");
    List<Power> more = new ArrayList<>(powers);
    more.add(power);
    return new Law(more, lifetimes, nhsEnglandAbolished);
  }

  /**
   * Returns a copy of this law in which bodies of a kind can exist only during a period.
   *
   * @param kind the kind, not null
   * @param lifetime when bodies of the kind can exist, not null
   * @return the law, not null
   */
  public Law withLifetime(OrganisationKind kind, DateRange lifetime) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(lifetime, "lifetime");
    Map<OrganisationKind, DateRange> changed = new EnumMap<>(lifetimes);
    changed.put(kind, lifetime);
    return new Law(powers, changed, nhsEnglandAbolished);
  }

  private static final List<Milestone> MILESTONES = List.of(
      new Milestone(APRIL_2013, "NHS England (the NHS Commissioning Board) and 211 CCGs take up their functions",
          "https://www.legislation.gov.uk/ukpga/2012/7/contents"),
      new Milestone(OCTOBER_2014, "Joint committees of CCGs, and of CCGs with NHS England, become lawful",
          LRO_2014),
      new Milestone(LocalDate.of(2015, 4, 1), "Primary medical services delegated by NHS England to CCGs that "
          + "apply (64 CCGs in 2015/16)", "https://www.england.nhs.uk/commissioning/pc-co-comms/"),
      new Milestone(JULY_2022, "CCGs abolished; 42 ICBs established, taking CCGs' functions by transfer scheme; "
          + "s65Z5 in force", "https://www.england.nhs.uk/integratedcare/integrated-care-in-your-area/"),
      new Milestone(JULY_2022, "Primary medical services delegated to all 42 ICBs; pharmacy, optometry and "
          + "dental to nine early adopters", PRIMARY_CARE),
      new Milestone(LocalDate.of(2023, 4, 1), "Pharmacy, optometry and dental services delegated to all ICBs; "
          + "NHS England stays accountable", PRIMARY_CARE),
      new Milestone(LocalDate.of(2024, 1, 1), "The Provider Selection Regime governs awards of healthcare "
          + "services, replacing the 2013 procurement regulations",
          "https://www.legislation.gov.uk/uksi/2023/1348/contents/made"),
      new Milestone(LocalDate.of(2024, 4, 1), "59 specialised services delegated to ICBs in the East of England, "
          + "Midlands and North West", SPECIALISED),
      new Milestone(LocalDate.of(2025, 4, 1), "70 specialised services delegated to all ICBs; highly specialised "
          + "services stay with NHS England", SPECIALISED),
      new Milestone(LocalDate.of(2026, 4, 1), "Vaccination and most screening services delegated to ICBs",
          "https://www.england.nhs.uk/long-read/delegation-proposals-for-vaccination-and-screening"),
      new Milestone(LocalDate.of(2026, 4, 1), "The first ICB mergers and boundary changes take effect, as "
          + "announced by the Written Ministerial Statement of 9 September 2025", "https://parallelparliament.co.uk/"
          + "debate/2025-09-09/commons/written-statements/integrated-care-boards-running-costs-and-boundary-"
          + "alignment-with-strategic-authorities/ministerial-extracts"));

  /**
   * Returns the dated changes this law knows, in date order, each with its source: the table above as a
   * timeline, and NHS England's abolition if this law has one.
   *
   * @return the milestones, not null, unmodifiable
   */
  public List<Milestone> milestones() {
    if (nhsEnglandAbolished == null) {
      return MILESTONES;
    }
    List<Milestone> all = new ArrayList<>(MILESTONES);
    all.add(new Milestone(nhsEnglandAbolished, "NHS England abolished; its functions pass to the Secretary of "
        + "State and to ICBs (Health Bill 2026, provisional until enacted)", HEALTH_BILL));
    all.sort(Comparator.comparing(Milestone::date));
    return List.copyOf(all);
  }

  /**
   * Returns the powers, in the order of the table.
   *
   * @return the powers, not null, unmodifiable
   */
  public List<Power> powers() {
    return powers;
  }

  /**
   * Returns when bodies of a kind can exist in law: CCGs from 1 April 2013 to 30 June 2022, ICBs from
   * 1 July 2022, NHS England from 1 April 2013 until its abolition; {@link DateRange#ALWAYS} for the rest.
   *
   * @param kind the kind, not null
   * @return the lifetime, not null
   */
  public DateRange lifetimeOf(OrganisationKind kind) {
    Objects.requireNonNull(kind, "kind");
    return lifetimes.getOrDefault(kind, DateRange.ALWAYS);
  }

  /**
   * Returns the date of NHS England's abolition, if this law has one.
   *
   * @return the first day without NHS England, if set
   */
  public Optional<LocalDate> nhsEnglandAbolition() {
    return Optional.ofNullable(nhsEnglandAbolished);
  }

  /**
   * Returns when each kind of statutory body may exist, for the kinds this law dates; {@link #lifetimeOf} gives
   * {@link DateRange#ALWAYS} for the others.
   * <pre>{@code
   * Law.england().lifetimes().get(OrganisationKind.CCG);   // 2013-04-01/2022-06-30
   * }</pre>
   *
   * @return the lifetimes by kind, in the kinds' order, not null
   */
  public Map<OrganisationKind, DateRange> lifetimes() {
    return lifetimes;
  }

  /**
   * Checks whether a body of a kind may hold a statutory commissioning duty on a date: its kind can hold
   * duties and bodies of the kind exist in law then.
   *
   * @param kind the kind, not null
   * @param date the date, not null
   * @return true if it may
   */
  public boolean mayHoldDuties(OrganisationKind kind, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return kind.canHoldDuties() && lifetimeOf(kind).contains(date);
  }

  /**
   * Returns the first power that lets a body of one kind pass a function to a body of another by a mechanism
   * on a date, with both kinds in existence then.
   *
   * @param mechanism the mechanism, not null
   * @param from the kind passing the function on, not null
   * @param to the kind receiving it, not null
   * @param date the date, not null
   * @return the power, or empty if the law has none
   */
  public Optional<Power> power(Mechanism mechanism, OrganisationKind from, OrganisationKind to, LocalDate date) {
    Objects.requireNonNull(mechanism, "mechanism");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(date, "date");
    if (!lifetimeOf(from).contains(date) || !lifetimeOf(to).contains(date)) {
      return Optional.empty();
    }
    for (Power power : powers) {
      if (power.allows(mechanism, from, to, date)) {
        return Optional.of(power);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the first date on or after a date when the law has a power for a mechanism between two kinds.
   *
   * @param mechanism the mechanism, not null
   * @param from the kind passing the function on, not null
   * @param to the kind receiving it, not null
   * @param date the date from which to look, not null
   * @return the first such date, or empty if there is none
   */
  public Optional<LocalDate> firstPowerOnOrAfter(Mechanism mechanism, OrganisationKind from, OrganisationKind to,
      LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate best = null;
    for (Power power : powers) {
      if (power.mechanism() == mechanism && power.from().contains(from) && power.to().contains(to)
          && !power.period().end().map(e -> e.isBefore(date)).orElse(false)) {
        LocalDate start = power.period().start().isAfter(date) ? power.period().start() : date;
        if (lifetimeOf(from).contains(start) && lifetimeOf(to).contains(start) && (best == null || start.isBefore(best))) {
          best = start;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the statutory basis of passing a function on, for explanations: the section of the power that
   * allows it, or the mechanism's label if none does (a contract or a support agreement).
   *
   * @param mechanism the mechanism, not null
   * @param from the kind passing the function on, not null
   * @param to the kind receiving it, not null
   * @param date the date, not null
   * @return the basis, such as {@code s13Z} or {@code s65Z5}, not null
   */
  public String basisOf(Mechanism mechanism, OrganisationKind from, OrganisationKind to, LocalDate date) {
    return power(mechanism, from, to, date).map(Power::section).orElse(mechanism.label());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof Law other && powers.equals(other.powers)
        && lifetimes.equals(other.lifetimes) && Objects.equals(nhsEnglandAbolished, other.nhsEnglandAbolished));
  }

  @Override
  public int hashCode() {
    return Objects.hash(powers, lifetimes, nhsEnglandAbolished);
  }

  @Override
  public String toString() {
    return "Law[" + powers.size() + " powers" + (nhsEnglandAbolished == null ? "" : ", NHS England abolished on "
        + nhsEnglandAbolished) + "]";
  }
}
