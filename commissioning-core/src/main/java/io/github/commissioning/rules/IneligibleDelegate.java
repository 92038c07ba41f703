package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Capability;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.CommissioningStage;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Law;
import io.github.commissioning.model.Power;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.OrganisationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

final class IneligibleDelegate extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.INELIGIBLE_DELEGATE,
      "Delegate not eligible for the mechanism", Severity.ERROR)
      .status(RuleStatus.STABLE)
      .explanation("Each mechanism has lawful parties, and they changed over time. A commissioning "
          + "support unit takes no decisions; an STP or ICS partnership was not a legal body and could hold no "
          + "function; joint committees of CCGs were lawful only from 1 October 2014; NHS trusts and foundation "
          + "trusts could receive commissioning functions only from 1 July 2022; a section 75 arrangement joins "
          + "an NHS body and a local authority. A provider of care is given a contract, not a delegation.")
      .remedy("Use the mechanism the law allows between the two parties on that date: record support "
          + "as support, delegate to a statutory body or a joint committee of its members, start the arrangement "
          + "on the date the law allowed it, or record a contract with a provider.")
      .sources(Sources.NHS_ACT_13Z.supports("the bodies to which NHS England could delegate before July "
              + "2022"),
          Sources.LEGISLATIVE_REFORM_ORDER.supports("joint committees of CCGs from 1 October 2014"),
          Sources.NHS_ACT_65Z5.supports("trusts and foundation trusts as parties to delegation from 1 "
              + "July 2022"),
          Sources.NHS_ACT_75.supports("partnership arrangements join an NHS body and a local "
              + "authority"),
          Sources.COMMISSIONING_SUPPORT.supports("commissioning support units have no decision rights; "
              + "commissioners stay accountable"),
          Sources.HEALTH_COMMITTEE_2018.supports("STPs and ICSs were not statutory bodies"))
      .build();

  private static final Set<OrganisationKind> NHS_BODIES = EnumSet.of(OrganisationKind.NHS_ENGLAND,
      OrganisationKind.CCG, OrganisationKind.ICB, OrganisationKind.NHS_TRUST, OrganisationKind.FOUNDATION_TRUST);

  IneligibleDelegate() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    List<Finding> findings = new ArrayList<>();
    // a joint committee's reason depends only on the kinds and the start: kept for a run of seats alike
    OrganisationKind lastTo = null;
    OrganisationKind lastFrom = null;
    LocalDate lastStart = null;
    String lastReason = null;
    // the mechanism, parties and start from the arrangement's columns: a delegation is read when its reason
    // needs it or it is reported
    Mechanism[] mechanisms = Access.mechanisms(arrangement);
    DateRange[] periods = Access.periods(arrangement, Access.Dated.DELEGATION);
    OrganisationKind[] kinds = Access.kinds(arrangement);
    int[] delegators = Access.partyPositions(arrangement, Access.Party.DELEGATOR);
    int[] delegates = Access.partyPositions(arrangement, Access.Party.DELEGATE);
    for (int i = 0; i < mechanisms.length; i++) {
      Mechanism mechanism = mechanisms[i];
      if (mechanism == Mechanism.SUPPORT) {
        continue;
      }
      OrganisationKind to = kinds[delegates[i]];
      OrganisationKind from = kinds[delegators[i]];
      LocalDate start = periods[i].start();
      @Nullable String reason = null;
      if (to.has(Capability.SUPPORT_ONLY)) {
        reason = "a commissioning support unit has no decision rights, and commissioners stay accountable; "
            + "record it as support";
      } else if (to.has(Capability.PARTNERSHIP)) {
        reason = "an STP or ICS partnership is not a legal entity and cannot hold functions; delegate to a "
            + "statutory body or a joint committee of its members";
      } else {
        reason = switch (mechanism) {
          case DELEGATION -> delegationReason(analysis, arrangement.effectiveDelegations().get(i), from, to, start);
          case JOINT_COMMITTEE -> {
            if (to != lastTo || from != lastFrom || !start.equals(lastStart)) {
              lastTo = to;
              lastFrom = from;
              lastStart = start;
              lastReason = jointCommitteeReason(arrangement.law(), to, from, start);
            }
            yield lastReason;
          }
          case LEAD_COMMISSIONING -> leadCommissioningReason(to, from);
          case SUPPORT -> null;
        };
      }
      if (reason != null) {
        Delegation d = arrangement.effectiveDelegations().get(i);
        findings.add(Finding.builder(this).addSubjects(d.id()).period(d.period()).footprint(d.footprint())
            .message(analysis.name(d.delegate()) + " cannot receive " + analysis.name(d.function()) + " from "
                + analysis.name(d.delegator()) + " " + Wording.byMechanism(d.mechanism()) + " from " + start + ": "
                  + reason)
            .addEvidence(Wording.describe(analysis, d)).build());
      }
    }
    return findings;
  }

  private static @Nullable String delegationReason(Analysis analysis, Delegation d, OrganisationKind from,
      OrganisationKind to, LocalDate start) {
    Law law = analysis.arrangement().law();
    if ((to == OrganisationKind.NHS_TRUST || to == OrganisationKind.FOUNDATION_TRUST)
        && law.lifetimeOf(from).contains(start) && law.power(Mechanism.DELEGATION, from, to, start).isEmpty()) {
      // the first date any body could delegate to a trust (s65Z5 in the standard table)
      Optional<LocalDate> first = law.firstPowerOnOrAfter(Mechanism.DELEGATION, OrganisationKind.ICB, to, start);
      String when = first.map(date -> " from " + date + " ("
          + law.power(Mechanism.DELEGATION, OrganisationKind.ICB, to, date).map(Power::section).orElse("")
          + "); start it then, or ").orElse(" on no date this law provides for; ");
      return "NHS trusts and foundation trusts could receive commissioning functions only" + when
          + providerFix(analysis, d);
    }
    if (!to.has(Capability.RECEIVES_DELEGATION) && to != OrganisationKind.NHS_TRUST
        && to != OrganisationKind.FOUNDATION_TRUST) {
      return "a " + Facts.words(to) + " is not a body commissioning functions can be delegated to; "
          + providerFix(analysis, d);
    }
    return null;
  }

  private static @Nullable String jointCommitteeReason(Law law, OrganisationKind to, OrganisationKind from,
      LocalDate start) {
    if (from == OrganisationKind.CCG && to.has(Capability.RECEIVES_DELEGATION)
        && law.power(Mechanism.JOINT_COMMITTEE, from, to, start).isEmpty()) {
      return law.firstPowerOnOrAfter(Mechanism.JOINT_COMMITTEE, from, to, start)
          .map(date -> "joint committees of CCGs had no legal basis before " + date + " ("
              + law.power(Mechanism.JOINT_COMMITTEE, from, to, date).map(Power::section).orElse("") + ")")
          .orElse("the law has no power for a joint committee of CCGs on " + start)
          + "; start it then, or have each CCG ratify the committees' decisions";
    }
    if (!to.has(Capability.RECEIVES_DELEGATION)) {
      return "a " + Facts.words(to) + " cannot be a joint committee; record the joint committee itself";
    }
    if (from != OrganisationKind.CCG && from.isStatutory() && law.lifetimeOf(from).contains(start)
        && law.power(Mechanism.JOINT_COMMITTEE, from, to, start).isEmpty()) {
      return "the law gives a " + Facts.words(from) + " no power to exercise functions through a joint committee on "
          + start + "; record the power it has (or the one the law will give), or have a body with such a power "
          + "take the seat";
    }
    return null;
  }

  private static @Nullable String leadCommissioningReason(OrganisationKind to, OrganisationKind from) {
    boolean lawful = (from == OrganisationKind.LOCAL_AUTHORITY && NHS_BODIES.contains(to))
        || (to == OrganisationKind.LOCAL_AUTHORITY && NHS_BODIES.contains(from));
    return lawful ? null : "a s75 partnership arrangement joins an NHS body and a local authority, not a "
        + Facts.words(from) + " and a " + Facts.words(to);
  }

  /**
   * The nearest lawful fix for a provider given a function by delegation: a support agreement where the
   * function is a stage of commissioning (the commissioner keeps the decisions), a prime contract where it
   * is a service to provide, and both where the arrangement does not say which.
   */
  private static String providerFix(Analysis analysis, Delegation d) {
    Optional<CommissioningStage> stage = analysis.arrangement().function(d.function())
        .flatMap(CommissioningFunction::stage);
    if (stage.isPresent()) {
      return "record it as support, the commissioner keeping the decisions on "
          + stage.get().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return "record a contract with the provider if it is to provide the service, or record it as support if it "
        + "is to help commission it";
  }
}
