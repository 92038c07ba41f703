package io.github.commissioning.json;

import io.github.commissioning.geography.Area;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationId;
import io.github.commissioning.model.AffiliationKind;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.CommissioningStage;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractForm;
import io.github.commissioning.model.ContractId;
import io.github.commissioning.model.CoverageExpectation;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.DutyId;
import io.github.commissioning.model.EscalationKind;
import io.github.commissioning.model.FindingKey;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestId;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.MembershipId;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Person;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Power;
import io.github.commissioning.model.ProcurementRoute;
import io.github.commissioning.model.Role;
import io.github.commissioning.model.Succession;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.model.TransferId;
import io.github.commissioning.model.TransferKind;
import io.github.commissioning.model.Waiver;
import io.github.commissioning.value.Identifier;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The format's description of every model type: one codec each, from which writing, reading and schema follow. */
final class Codecs {

  private Codecs() {
  }

  // ids ---------------------------------------------------------------------------------------------------

  static final Codec<AreaId> AREA_ID = Codec.id("an area's id, such as a practice code (A81001)", AreaId::of,
      Identifier::code);
  static final Codec<FootprintId> FOOTPRINT_ID = Codec.id("a footprint's id, such as E38000247",
      FootprintId::of, Identifier::code);
  static final Codec<OrganisationId> ORGANISATION_ID = Codec.id("an organisation's id, such as an ODS code (16C)",
      OrganisationId::of, Identifier::code);
  static final Codec<FunctionId> FUNCTION_ID = Codec.id("a function's id, such as pms", FunctionId::of,
      Identifier::code);
  static final Codec<PersonId> PERSON_ID = Codec.id("a person's id", PersonId::of, Identifier::code);
  static final Codec<BodyId> BODY_ID = Codec.id("a decision body's id", BodyId::of, Identifier::code);
  static final Codec<ContractId> CONTRACT_ID = Codec.id("a contract's id", ContractId::of, Identifier::code);
  static final Codec<String> TEXT = Codec.string("text");
  static final Codec<String> NAME = Codec.string("a name");

  /** A date range as its text: {@code 2021-04-01/2022-06-30}, {@code 2021-04-01/..}, {@code ../..}. */
  static final Codec<DateRange> PERIOD = Codec.parsed(
      "a period as start/end, such as 2021-04-01/2022-06-30 or 2021-04-01/.. (open-ended)", DateRange::parse,
      DateRange::toString, defs -> defs.define("Period", () -> Codec.type("string").put("pattern",
          "^(\\.\\.|[0-9]{4}-[0-9]{2}-[0-9]{2})/(\\.\\.|[0-9]{4}-[0-9]{2}-[0-9]{2})$")
          .put("description", "a period of days, both ends inclusive: start/end as ISO dates, '..' for an open "
              + "start or end, such as 2021-04-01/2022-06-30 or 2021-04-01/..")), false);

  static final Codec<FindingKey> FINDING_KEY = Codec.parsed(
      "a finding's key as a report prints it, such as ACC-UNOWNED|pms|2013-04-01", FindingKey::parse,
      FindingKey::toString, defs -> Codec.type("string").put("minLength", 1).put("pattern", "^[^|]+\\|.+$"), true);

  // the types -----------------------------------------------------------------------------------------------

  static final ObjectCodec<Area, Slots> AREA = new ObjectCodec<Area, Slots>("Area",
      "the smallest unit of geography: a GP practice's registered population, say", Slots::new,
      s -> Area.of(s.get("id"), s.get("name")))
      .required("id", AREA_ID, Area::id, (s, v) -> s.put("id", v), "the area's id")
      .required("name", NAME, Area::name, (s, v) -> s.put("name", v), "the area's name");

  static final ObjectCodec<Footprint, Footprint.Builder> FOOTPRINT = new ObjectCodec<Footprint, Footprint.Builder>(
      "Footprint", "a named set of areas, given directly or as the union of other footprints", Footprint::builder,
      Footprint.Builder::build)
      .required("id", FOOTPRINT_ID, Footprint::id, Footprint.Builder::id, "the footprint's id")
      .required("name", NAME, Footprint::name, Footprint.Builder::name, "the footprint's name")
      .required("level", Codec.enumeration(FootprintLevel.class), Footprint::level, Footprint.Builder::level,
          "the level of the footprint")
      .many("areas", AREA_ID, Footprint::areas, Footprint.Builder::addAllAreas, "the areas it holds directly")
      .many("parts", FOOTPRINT_ID, Footprint::parts, Footprint.Builder::addAllParts,
          "the footprints whose areas it also holds");

  static final ObjectCodec<Organisation, Organisation.Builder> ORGANISATION =
      new ObjectCodec<Organisation, Organisation.Builder>("Organisation",
          "a body that holds duties, exercises functions or provides care", Organisation::builder,
          Organisation.Builder::build)
      .required("id", ORGANISATION_ID, Organisation::id, Organisation.Builder::id, "the organisation's id")
      .required("name", NAME, Organisation::name, Organisation.Builder::name, "the organisation's name")
      .required("kind", Codec.enumeration(OrganisationKind.class), Organisation::kind, Organisation.Builder::kind,
          "what kind of organisation it is")
      .optional("footprint", FOOTPRINT_ID, Organisation::footprint, Organisation.Builder::footprint,
          "the area it serves")
      .withDefault("existence", PERIOD, Organisation::existence, Organisation.Builder::existence, DateRange.ALWAYS,
          "when it existed")
      .optional("successor", ORGANISATION_ID, Organisation::successor, Organisation.Builder::successor,
          "the organisation that took over from it");

  static final ObjectCodec<Affiliation, Affiliation.Builder> AFFILIATION =
      new ObjectCodec<Affiliation, Affiliation.Builder>("Affiliation",
          "a member organisation's place in another (a practice in a PCN, a CCG in an STP)", Affiliation::builder,
          Affiliation.Builder::build)
      .optional("id", Codec.id("an affiliation's id", AffiliationId::of, Identifier::code), a -> givenId(a.id()),
          Affiliation.Builder::id, "the affiliation's id (derived when not given)")
      .required("member", ORGANISATION_ID, Affiliation::member, Affiliation.Builder::member, "the member")
      .required("kind", Codec.enumeration(AffiliationKind.class), Affiliation::kind, Affiliation.Builder::kind,
          "how it belongs")
      .required("parent", ORGANISATION_ID, Affiliation::parent, Affiliation.Builder::parent,
          "the organisation it belongs to")
      .withDefault("period", PERIOD, Affiliation::period, Affiliation.Builder::period, DateRange.ALWAYS,
          "when it belonged");

  static final ObjectCodec<CommissioningFunction, CommissioningFunction.Builder> FUNCTION =
      new ObjectCodec<CommissioningFunction, CommissioningFunction.Builder>("Function",
          "a commissioning function, part of a tree of functions", CommissioningFunction::builder,
          CommissioningFunction.Builder::build)
      .required("id", FUNCTION_ID, CommissioningFunction::id, CommissioningFunction.Builder::id, "the function's id")
      .required("name", NAME, CommissioningFunction::name, CommissioningFunction.Builder::name, "the function's name")
      .optional("parent", FUNCTION_ID, CommissioningFunction::parent, CommissioningFunction.Builder::parent,
          "the function it is a part of")
      .withDefault("reserved", Codec.BOOLEAN, CommissioningFunction::isReserved, CommissioningFunction.Builder::reserved,
          false, "whether it may not be delegated")
      .withDefault("reservedDuring", PERIOD, CommissioningFunction::reservedDuring,
          CommissioningFunction.Builder::reservedDuring, DateRange.ALWAYS, "when it is reserved")
      .optional("stage", Codec.enumeration(CommissioningStage.class), CommissioningFunction::stage,
          CommissioningFunction.Builder::stage, "the stage of the commissioning cycle it belongs to");

  static final ObjectCodec<Duty, Duty.Builder> DUTY = new ObjectCodec<Duty, Duty.Builder>("Duty",
      "a statutory duty: the holder is accountable for the function in the footprint over the period",
      Duty::builder, Duty.Builder::build)
      .optional("id", Codec.id("a duty's id", DutyId::of, Identifier::code), d -> givenId(d.id()), Duty.Builder::id,
          "the duty's id (derived when not given)")
      .required("holder", ORGANISATION_ID, Duty::holder, Duty.Builder::holder, "who holds the duty")
      .required("function", FUNCTION_ID, Duty::function, Duty.Builder::function, "the function")
      .required("footprint", FOOTPRINT_ID, Duty::footprint, Duty.Builder::footprint, "where")
      .required("period", PERIOD, Duty::period, Duty.Builder::period, "when");

  static final ObjectCodec<Delegation, Delegation.Builder> DELEGATION =
      new ObjectCodec<Delegation, Delegation.Builder>("Delegation",
          "the exercise of a function passed from one organisation to another", Delegation::builder,
          Delegation.Builder::build)
      .optional("id", Codec.id("a delegation's id", DelegationId::of, Identifier::code), d -> givenId(d.id()),
          Delegation.Builder::id, "the delegation's id (derived when not given)")
      .required("delegator", ORGANISATION_ID, Delegation::delegator, Delegation.Builder::delegator,
          "who passes the function on")
      .required("delegate", ORGANISATION_ID, Delegation::delegate, Delegation.Builder::delegate, "who receives it")
      .required("function", FUNCTION_ID, Delegation::function, Delegation.Builder::function, "the function")
      .required("footprint", FOOTPRINT_ID, Delegation::footprint, Delegation.Builder::footprint, "where")
      .required("mechanism", Codec.enumeration(Mechanism.class), Delegation::mechanism, Delegation.Builder::mechanism,
          "how it is passed on")
      .required("period", PERIOD, Delegation::period, Delegation.Builder::period, "when")
      .withDefault("onwardDelegationPermitted", Codec.BOOLEAN, Delegation::isOnwardDelegationPermitted,
          Delegation.Builder::onwardDelegationPermitted, false, "whether the delegate may pass it on again")
      .many("keptBack", FUNCTION_ID, Delegation::keptBack, Delegation.Builder::addAllKeptBack,
          "the parts of the function the delegator keeps")
      .withDefault("liabilityTransferRecorded", Codec.BOOLEAN, Delegation::isLiabilityTransferRecorded,
          Delegation.Builder::liabilityTransferRecorded, false,
          "whether the agreement records liability as moving to the delegate");

  static final ObjectCodec<Contract, Contract.Builder> CONTRACT = new ObjectCodec<Contract, Contract.Builder>(
      "Contract", "a contract for services: its commissioner, provider, form, function, footprint and term",
      Contract::builder, Contract.Builder::build)
      .optional("id", CONTRACT_ID, c -> givenId(c.id()), Contract.Builder::id, "the contract's id (derived when not given)")
      .required("commissioner", ORGANISATION_ID, Contract::commissioner, Contract.Builder::commissioner,
          "who holds the contract as commissioner")
      .optional("coordinatingCommissioner", ORGANISATION_ID, Contract::coordinatingCommissioner,
          Contract.Builder::coordinatingCommissioner, "the co-ordinating commissioner, for a multi-party contract")
      .many("associates", ORGANISATION_ID, Contract::associates, Contract.Builder::addAllAssociates,
          "the associate commissioners")
      .required("provider", ORGANISATION_ID, Contract::provider, Contract.Builder::provider, "the provider")
      .required("form", Codec.enumeration(ContractForm.class), Contract::form, Contract.Builder::form,
          "the contract's form")
      .required("function", FUNCTION_ID, Contract::function, Contract.Builder::function, "the function")
      .required("footprint", FOOTPRINT_ID, Contract::footprint, Contract.Builder::footprint, "where")
      .required("term", PERIOD, Contract::term, Contract.Builder::term, "the contract's term")
      .withDefault("route", Codec.enumeration(ProcurementRoute.class), Contract::route, Contract.Builder::route,
          ProcurementRoute.NOT_RECORDED, "how it was awarded")
      .optional("prime", CONTRACT_ID, Contract::prime, Contract.Builder::prime,
          "the prime contract it is a sub-contract of")
      .optional("mitigation", TEXT, Contract::mitigation, Contract.Builder::mitigation,
          "how a conflict in it is managed")
      .withDefault("endsOnTransfer", Codec.BOOLEAN, Contract::endsOnTransfer, Contract.Builder::endsOnTransfer,
          false, "whether it ends, rather than passes on, when a party is transferred");

  static final ObjectCodec<Succession, Slots> SUCCESSION = new ObjectCodec<Succession, Slots>("Succession",
      "who takes a transferred body's part, by footprint and optionally by function", Slots::new,
      s -> new Succession(s.get("successor"), s.get("footprint"), s.find("function")))
      .required("successor", ORGANISATION_ID, Succession::successor, (s, v) -> s.put("successor", v), "the successor")
      .required("footprint", FOOTPRINT_ID, Succession::footprint, (s, v) -> s.put("footprint", v),
          "the part of the area it takes")
      .optional("function", FUNCTION_ID, Succession::function, (s, v) -> s.put("function", v),
          "the function it takes (every function when not given)");

  static final ObjectCodec<Transfer, Transfer.Builder> TRANSFER = new ObjectCodec<Transfer, Transfer.Builder>(
      "Transfer", "a statutory transfer: a body's duties, delegations, contracts and seats pass to successors on a date",
      Transfer::builder, Transfer.Builder::build)
      .optional("id", Codec.id("a transfer's id", TransferId::of, Identifier::code), t -> givenId(t.id()),
          Transfer.Builder::id, "the transfer's id (derived when not given)")
      .required("predecessor", ORGANISATION_ID, Transfer::predecessor, Transfer.Builder::predecessor,
          "the body whose functions pass on")
      .required("date", Codec.DATE, Transfer::date, Transfer.Builder::date, "the first day of the successors")
      .required("kind", Codec.enumeration(TransferKind.class), Transfer::kind, Transfer.Builder::kind,
          "what kind of transfer")
      .many("successions", SUCCESSION, Transfer::successions, Transfer.Builder::addAllSuccessions,
          "who takes which part")
      .optional("instrument", TEXT, Transfer::instrument, Transfer.Builder::instrument,
          "the Act, order or scheme that makes it");

  static final ObjectCodec<CoverageExpectation, Slots> EXPECTATION = new ObjectCodec<CoverageExpectation, Slots>(
      "CoverageExpectation", "where a function must be held: everywhere in a footprint, or by each organisation of a "
      + "kind over its own footprint", Slots::new,
      s -> new CoverageExpectation(s.get("function"), s.find("footprint"), s.find("eachOf"), s.get("period")))
      .required("function", FUNCTION_ID, CoverageExpectation::function, (s, v) -> s.put("function", v), "the function")
      .optional("footprint", FOOTPRINT_ID, CoverageExpectation::footprint, (s, v) -> s.put("footprint", v),
          "the footprint it must be held everywhere in")
      .optional("eachOf", Codec.enumeration(OrganisationKind.class), CoverageExpectation::eachOf,
          (s, v) -> s.put("eachOf", v), "the kind of organisation each of which must hold it over its footprint")
      .required("period", PERIOD, CoverageExpectation::period, (s, v) -> s.put("period", v), "when");

  static final ObjectCodec<Person, Slots> PERSON = new ObjectCodec<Person, Slots>("Person",
      "a person who sits on decision bodies or holds interests", Slots::new, s -> Person.of(s.get("id"), s.get("name")))
      .required("id", PERSON_ID, Person::id, (s, v) -> s.put("id", v), "the person's id")
      .required("name", NAME, Person::name, (s, v) -> s.put("name", v), "the person's name");

  static final ObjectCodec<DecisionBody, DecisionBody.Builder> BODY =
      new ObjectCodec<DecisionBody, DecisionBody.Builder>("DecisionBody",
          "a governing body, board or committee of an organisation", DecisionBody::builder,
          DecisionBody.Builder::build)
      .required("id", BODY_ID, DecisionBody::id, DecisionBody.Builder::id, "the body's id")
      .required("name", NAME, DecisionBody::name, DecisionBody.Builder::name, "the body's name")
      .required("organisation", ORGANISATION_ID, DecisionBody::organisation, DecisionBody.Builder::organisation,
          "the organisation it belongs to")
      .required("kind", Codec.enumeration(BodyKind.class), DecisionBody::kind, DecisionBody.Builder::kind,
          "what kind of body")
      .withDefault("quorum", Codec.POSITIVE_INT, DecisionBody::quorum, DecisionBody.Builder::quorum, 1,
          "how many voting members must take part")
      .many("remit", FUNCTION_ID, DecisionBody::remit, DecisionBody.Builder::addAllRemit,
          "the functions it may decide (all its organisation's when empty)")
      .withDefault("period", PERIOD, DecisionBody::period, DecisionBody.Builder::period, DateRange.ALWAYS,
          "when it existed");

  static final ObjectCodec<Membership, Membership.Builder> MEMBERSHIP =
      new ObjectCodec<Membership, Membership.Builder>("Membership", "a person's seat on a decision body",
          Membership::builder, Membership.Builder::build)
      .optional("id", Codec.id("a membership's id", MembershipId::of, Identifier::code), m -> givenId(m.id()),
          Membership.Builder::id, "the membership's id (derived when not given)")
      .required("person", PERSON_ID, Membership::person, Membership.Builder::person, "who")
      .required("body", BODY_ID, Membership::body, Membership.Builder::body, "which body")
      .required("role", Codec.enumeration(Role.class), Membership::role, Membership.Builder::role, "the role")
      .optional("voting", Codec.BOOLEAN, m -> m.isVoting() == (m.role() != Role.OBSERVER) ? Optional.empty()
          : Optional.of(m.isVoting()), Membership.Builder::voting, "whether the seat votes (default: every role "
          + "but OBSERVER)")
      .many("designations", Codec.enumeration(Designation.class), Membership::designations,
          Membership.Builder::addAllDesignations, "the designations the seat carries")
      .withDefault("period", PERIOD, Membership::period, Membership.Builder::period, DateRange.ALWAYS, "when");

  static final ObjectCodec<Interest, Interest.Builder> INTEREST = new ObjectCodec<Interest, Interest.Builder>(
      "Interest", "a person's interest in an organisation, directly or through another person",
      Interest::builder, Interest.Builder::build)
      .optional("id", Codec.id("an interest's id", InterestId::of, Identifier::code), i -> givenId(i.id()),
          Interest.Builder::id, "the interest's id (derived when not given)")
      .required("person", PERSON_ID, Interest::person, Interest.Builder::person, "who holds it")
      .required("kind", Codec.enumeration(InterestKind.class), Interest::kind, Interest.Builder::kind,
          "what kind of interest")
      .required("organisation", ORGANISATION_ID, Interest::organisation, Interest.Builder::organisation,
          "the organisation it is in")
      .required("period", PERIOD, Interest::period, Interest.Builder::period, "when it was held")
      .optional("through", PERSON_ID, Interest::through, Interest.Builder::through,
          "the person it is held through, for an indirect interest")
      .optional("becameAware", Codec.DATE, Interest::becameAware, Interest.Builder::becameAware,
          "when the person became aware of it")
      .optional("declared", Codec.DATE, Interest::declared, Interest.Builder::declared, "when it was declared");

  static final ObjectCodec<Decision, Decision.Builder> DECISION = new ObjectCodec<Decision, Decision.Builder>(
      "Decision", "a decision of a body on a date, with the record of who took part", Decision::builder,
      Decision.Builder::build)
      .required("id", Codec.id("a decision's id", DecisionId::of, Identifier::code), Decision::id,
          Decision.Builder::id, "the decision's id")
      .required("title", TEXT, Decision::title, Decision.Builder::title, "what was decided")
      .required("body", BODY_ID, Decision::body, Decision.Builder::body, "the body that decided")
      .required("date", Codec.DATE, Decision::date, Decision.Builder::date, "when")
      .required("function", FUNCTION_ID, Decision::function, Decision.Builder::function, "the function decided on")
      .many("affects", ORGANISATION_ID, Decision::affects, Decision.Builder::addAllAffects,
          "the organisations it affects")
      .optional("awardedTo", ORGANISATION_ID, Decision::awardedTo, Decision.Builder::awardedTo,
          "the provider a contract was awarded to")
      .many("participants", PERSON_ID, Decision::participants, Decision.Builder::addAllParticipants,
          "who took part in the discussion")
      .many("voters", PERSON_ID, Decision::voters, Decision.Builder::addAllVoters, "who voted")
      .many("withdrew", PERSON_ID, Decision::withdrew, Decision.Builder::addAllWithdrew, "who left the item")
      .many("declarations", PERSON_ID, Decision::declarations, Decision.Builder::addAllDeclarations,
          "who declared an interest at the meeting")
      .optional("chairedBy", PERSON_ID, Decision::chairedBy, Decision.Builder::chairedBy, "who chaired the item")
      .optional("escalation", Codec.enumeration(EscalationKind.class), Decision::escalation,
          Decision.Builder::escalation, "what was done when conflicts left the meeting unable to decide")
      .optional("referredTo", BODY_ID, Decision::referredTo, Decision.Builder::referredTo,
          "the body the item was referred to")
      .many("permittedToStay", PERSON_ID, Decision::permittedToStay, Decision.Builder::addAllPermittedToStay,
          "conflicted people the chair let stay")
      .optional("mitigation", TEXT, Decision::mitigation, Decision.Builder::mitigation,
          "how the conflicts were managed")
      .many("coOpted", PERSON_ID, Decision::coOpted, Decision.Builder::addAllCoOpted,
          "who was co-opted to restore the quorum")
      .many("ratifiedBy", ORGANISATION_ID, Decision::ratifiedBy, Decision.Builder::addAllRatifiedBy,
          "the member bodies that ratified it")
      .withDefault("procurement", Codec.BOOLEAN, Decision::isProcurement, Decision.Builder::procurement, false,
          "whether it awards a contract")
      .withDefault("inProcurementRegister", Codec.BOOLEAN, Decision::isInProcurementRegister,
          Decision.Builder::inProcurementRegister, false, "whether the award is in the procurement register");

  static final ObjectCodec<Waiver, Waiver.Builder> WAIVER = new ObjectCodec<Waiver, Waiver.Builder>("Waiver",
      "a finding accepted, with a justification, an owner and an optional expiry", Waiver::builder,
      Waiver.Builder::build)
      .required("key", FINDING_KEY, Waiver::key, Waiver.Builder::key, "the finding's key, as the report prints it")
      .required("justification", TEXT, Waiver::justification, Waiver.Builder::justification,
          "why the finding is accepted")
      .required("owner", NAME, Waiver::owner, Waiver.Builder::owner, "who answers for it")
      .optional("expiry", Codec.DATE, Waiver::expiry, Waiver.Builder::expiry, "the last day it holds");

  static final ObjectCodec<Power, Slots> POWER = new ObjectCodec<Power, Slots>("Power",
      "a power in law to pass the exercise of functions from one kind of body to another", Slots::new,
      s -> new Power(s.get("mechanism"), Set.copyOf(s.<List<OrganisationKind>>get("from")),
          Set.copyOf(s.<List<OrganisationKind>>get("to")), s.get("period"), s.get("section"), s.get("source")))
      .required("mechanism", Codec.enumeration(Mechanism.class), Power::mechanism, (s, v) -> s.put("mechanism", v),
          "the mechanism it allows")
      .required("from", Codec.list(Codec.enumeration(OrganisationKind.class)), p -> sorted(p.from()),
          (s, v) -> s.put("from", v), "the kinds of body that may pass functions on")
      .required("to", Codec.list(Codec.enumeration(OrganisationKind.class)), p -> sorted(p.to()),
          (s, v) -> s.put("to", v), "the kinds of body that may receive them")
      .required("period", PERIOD, Power::period, (s, v) -> s.put("period", v), "when the power is in force")
      .required("section", TEXT, Power::section, (s, v) -> s.put("section", v), "its section, such as s65Z5")
      .required("source", TEXT, Power::source, (s, v) -> s.put("source", v), "where it is published");

  private static List<OrganisationKind> sorted(Set<OrganisationKind> kinds) {
    return List.copyOf(kinds.isEmpty() ? EnumSet.noneOf(OrganisationKind.class) : EnumSet.copyOf(kinds));
  }

  static final ObjectCodec<LawParts, LawParts.Builder> LAW = new ObjectCodec<LawParts, LawParts.Builder>("Law",
      "the law the arrangement is judged under: England's table, with NHS England's abolition and any powers "
      + "and lifetimes given here", LawParts.Builder::new, LawParts.Builder::build)
      .optional("nhsEnglandAbolishedOn", Codec.DATE, LawParts::abolition, LawParts.Builder::abolition,
          "the day NHS England is abolished (the Health Bill 2026; provisional)")
      .many("lifetimes", LawParts.LIFETIME, LawParts::lifetimes, LawParts.Builder::lifetimes,
          "when kinds of statutory body may exist, where it differs from England's table")
      .many("powers", POWER, LawParts::powers, LawParts.Builder::powers, "powers added to England's table");

  /** An id as given, or empty when it is a derived default (building without it derives it again). */
  static <I extends Identifier<I>> Optional<I> givenId(I id) {
    return id.isDerived() ? Optional.empty() : Optional.of(id);
  }
}
