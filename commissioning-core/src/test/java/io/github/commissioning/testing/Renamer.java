package io.github.commissioning.testing;

import io.github.commissioning.geography.Area;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.AffiliationId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractId;
import io.github.commissioning.model.CoverageExpectation;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.DutyId;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestId;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.MembershipId;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.Person;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Succession;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.model.TransferId;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renames every id of an arrangement by putting a prefix before its code: a bijection on ids. */
final class Renamer {

  private final String prefix;

  Renamer(String prefix) {
    this.prefix = prefix;
  }

  private OrganisationId o(OrganisationId id) {
    return OrganisationId.of(prefix + id.code());
  }

  private FunctionId f(FunctionId id) {
    return FunctionId.of(prefix + id.code());
  }

  private FootprintId fp(FootprintId id) {
    return FootprintId.of(prefix + id.code());
  }

  private AreaId a(AreaId id) {
    return AreaId.of(prefix + id.code());
  }

  private PersonId p(PersonId id) {
    return PersonId.of(prefix + id.code());
  }

  private BodyId b(BodyId id) {
    return BodyId.of(prefix + id.code());
  }

  private <T, R> List<R> map(Collection<T> items, Function<T, R> f) {
    return items.stream().map(f).collect(Collectors.toList());
  }

  Arrangement rename(Arrangement arrangement) {
    if (!arrangement.waivers().isEmpty()) {
      throw new IllegalArgumentException("renaming waivers is not supported");
    }
    return Arrangement.builder()
        .addAllAreas(map(arrangement.areas(), x -> Area.of(a(x.id()), x.name())))
        .addAllFootprints(map(arrangement.footprints(), x -> Footprint.builder().from(x).id(fp(x.id()))
            .areas(map(x.areas(), this::a)).parts(map(x.parts(), this::fp)).build()))
        .addAllOrganisations(map(arrangement.organisations(), x -> Organisation.builder().from(x).id(o(x.id()))
            .footprint(x.footprint().map(this::fp)).successor(x.successor().map(this::o)).build()))
        .addAllAffiliations(map(arrangement.affiliations(), x -> Affiliation.builder().from(x)
            .id(AffiliationId.of(prefix + x.id().code())).member(o(x.member())).parent(o(x.parent())).build()))
        .addAllFunctions(map(arrangement.functions(), x -> CommissioningFunction.builder().from(x).id(f(x.id()))
            .parent(x.parent().map(this::f)).build()))
        .addAllDuties(map(arrangement.duties(), x -> Duty.builder().from(x).id(DutyId.of(prefix + x.id().code()))
            .holder(o(x.holder())).function(f(x.function())).footprint(fp(x.footprint())).build()))
        .addAllDelegations(map(arrangement.delegations(), x -> Delegation.builder().from(x)
            .id(DelegationId.of(prefix + x.id().code())).delegator(o(x.delegator())).delegate(o(x.delegate()))
            .function(f(x.function())).footprint(fp(x.footprint())).keptBack(map(x.keptBack(), this::f)).build()))
        .addAllPeople(map(arrangement.people(), x -> Person.of(p(x.id()), x.name())))
        .addAllBodies(map(arrangement.bodies(), x -> DecisionBody.builder().from(x).id(b(x.id()))
            .organisation(o(x.organisation())).remit(map(x.remit(), this::f)).build()))
        .addAllMemberships(map(arrangement.memberships(), x -> Membership.builder().from(x)
            .id(MembershipId.of(prefix + x.id().code())).person(p(x.person())).body(b(x.body())).build()))
        .addAllInterests(map(arrangement.interests(), x -> Interest.builder().from(x)
            .id(InterestId.of(prefix + x.id().code())).person(p(x.person())).organisation(o(x.organisation()))
            .through(x.through().map(this::p)).build()))
        .addAllDecisions(map(arrangement.decisions(), x -> Decision.builder().from(x)
            .id(DecisionId.of(prefix + x.id().code())).body(b(x.body())).function(f(x.function()))
            .affects(map(x.affects(), this::o)).awardedTo(x.awardedTo().map(this::o))
            .participants(map(x.participants(), this::p)).voters(map(x.voters(), this::p))
            .withdrew(map(x.withdrew(), this::p)).declarations(map(x.declarations(), this::p))
            .chairedBy(x.chairedBy().map(this::p)).referredTo(x.referredTo().map(this::b))
            .coOpted(map(x.coOpted(), this::p)).ratifiedBy(map(x.ratifiedBy(), this::o)).build()))
        .addAllContracts(map(arrangement.contracts(), x -> Contract.builder().from(x)
            .id(ContractId.of(prefix + x.id().code())).commissioner(o(x.commissioner()))
            .coordinatingCommissioner(x.coordinatingCommissioner().map(this::o))
            .associates(map(x.associates(), this::o)).provider(o(x.provider())).function(f(x.function()))
            .footprint(fp(x.footprint())).prime(x.prime().map(c -> ContractId.of(prefix + c.code()))).build()))
        .addAllTransfers(map(arrangement.transfers(), x -> Transfer.builder().from(x)
            .id(TransferId.of(prefix + x.id().code())).predecessor(o(x.predecessor()))
            .successions(map(x.successions(), s -> new Succession(o(s.successor()), fp(s.footprint()),
                s.function().map(this::f)))).build()))
        .addAllExpectations(map(arrangement.expectations(), e -> new CoverageExpectation(f(e.function()),
            e.footprint().map(this::fp), e.eachOf(), e.period())))
        .law(arrangement.law())
        .build();
  }
}
