package io.github.commissioning.model;

import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.geography.Geography;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaIndex;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.Days;
import io.github.commissioning.internal.IntList;
import io.github.commissioning.internal.SuccessionGap;
import io.github.commissioning.value.Identifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Follows an arrangement's transfers: cuts each duty, delegation and contract of a transferring body at the
 * transfer's date and gives the successors their parts, by function and by area, in date order, so that what
 * one transfer gives a successor a later transfer of the successor moves again. Linear in the items touched.
 */
final class Successions {

  /** What the transfers make of the stated parts. */
  record Result(List<Duty> duties, List<Delegation> delegations, List<Contract> contracts,
      List<Affiliation> affiliations, List<Footprint> footprints, List<SuccessionGap> gaps,
      Map<Identifier<?>, Transfer> carriedBy, Map<Identifier<?>, Identifier<?>> origins) {
  }

  private final Geography geography;
  private final AreaIndex index;
  private final Function<FunctionId, Optional<FunctionId>> parentOf;
  private final Map<FootprintId, Footprint> made = new LinkedHashMap<>();
  private final Map<AreaSet, FootprintId> madeByAreas = new HashMap<>();
  private final Map<FootprintId, AreaSet> madeAreas = new HashMap<>();
  /**
   * The ids of the live items, in a table with open addressing: one reference an id, where a {@code HashSet}
   * would take a node of 32 bytes more, while every stated item of the arrangement is held twice over.
   */
  private Object[] ids = new Object[1024];
  private int idCount;
  private final List<SuccessionGap> gaps = new ArrayList<>();
  private final Map<Identifier<?>, Transfer> carriedBy = new HashMap<>();
  /** Each carried part's stated part, however many transfers carried it. */
  private final Map<Identifier<?>, Identifier<?>> origins = new HashMap<>();
  /** The live items: stated ones at their positions, carried ones appended. */
  private final List<Object> items = new ArrayList<>();
  /** Positions of the live items each organisation is party to. */
  private final Map<OrganisationId, IntList> byParty = new HashMap<>();

  private Successions(Geography geography, Function<FunctionId, Optional<FunctionId>> parentOf) {
    this.geography = geography;
    this.index = Access.index(geography);
    this.parentOf = parentOf;
  }

  static Result apply(List<Transfer> transfers, List<Duty> duties, List<Delegation> delegations,
      List<Contract> contracts, List<Affiliation> affiliations, Geography geography,
      Function<FunctionId, Optional<FunctionId>> parentOf) {
    if (transfers.isEmpty()) {
      return new Result(duties, delegations, contracts, affiliations, List.of(), List.of(), Map.of(), Map.of());
    }
    Successions s = new Successions(geography, parentOf);
    s.items.addAll(duties);
    s.items.addAll(delegations);
    s.items.addAll(contracts);
    s.items.addAll(affiliations);
    for (int i = 0; i < s.items.size(); i++) {
      s.addId(id(s.items.get(i)));
      s.index(i);
    }
    List<Transfer> ordered = new ArrayList<>(transfers);
    ordered.sort(Comparator.comparing(Transfer::date).thenComparing(Transfer::id));
    for (Transfer t : ordered) {
      s.apply(t);
    }
    return s.result();
  }

  /**
   * What the transfers made, the working tables let go first and each map copied before the next: building E1
   * this is the most the heap holds at once.
   */
  private Result result() {
    ids = new Object[0];
    byParty.clear();
    List<Duty> d = new ArrayList<>();
    List<Delegation> g = new ArrayList<>();
    List<Contract> c = new ArrayList<>();
    List<Affiliation> a = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Duty duty) {
        d.add(duty);
      } else if (item instanceof Delegation delegation) {
        g.add(delegation);
      } else if (item instanceof Contract contract) {
        c.add(contract);
      } else {
        a.add((Affiliation) item);
      }
    }
    items.clear();
    Map<Identifier<?>, Transfer> carried = Map.copyOf(carriedBy);
    carriedBy.clear();
    Map<Identifier<?>, Identifier<?>> from = Map.copyOf(origins);
    origins.clear();
    // stated items keep their positions; carried ones follow, delegations in the order they were made
    return new Result(List.copyOf(d), List.copyOf(g), List.copyOf(c), List.copyOf(a), List.copyOf(made.values()),
        List.copyOf(gaps), carried, from);
  }

  /** Adds an id to the live ids; false if it is there already. */
  private boolean addId(Identifier<?> id) {
    if (3 * (idCount + 1) > 2 * ids.length) {
      Object[] old = ids;
      ids = new Object[old.length * 2];
      idCount = 0;
      for (Object known : old) {
        if (known != null) {
          addId((Identifier<?>) known);
        }
      }
    }
    int mask = ids.length - 1;
    int slot = (id.hashCode() ^ (id.hashCode() >>> 16)) & mask;
    while (ids[slot] != null) {
      if (ids[slot].equals(id)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    ids[slot] = id;
    idCount++;
    return true;
  }

  private void index(int position) {
    for (OrganisationId party : parties(items.get(position))) {
      byParty.computeIfAbsent(party, k -> new IntList()).add(position);
    }
  }

  private static List<OrganisationId> parties(Object item) {
    if (item instanceof Duty d) {
      return List.of(d.holder());
    } else if (item instanceof Delegation d) {
      return List.of(d.delegator(), d.delegate());
    } else if (item instanceof Affiliation a) {
      return List.of(a.member(), a.parent());
    }
    Contract c = (Contract) item;
    return List.of(c.commissioner(), c.provider());
  }

  private static Identifier<?> id(Object item) {
    if (item instanceof Duty d) {
      return d.id();
    } else if (item instanceof Delegation d) {
      return d.id();
    } else if (item instanceof Affiliation a) {
      return a.id();
    }
    return ((Contract) item).id();
  }

  private static DateRange period(Object item) {
    if (item instanceof Duty d) {
      return d.period();
    } else if (item instanceof Delegation d) {
      return d.period();
    } else if (item instanceof Affiliation a) {
      return a.period();
    }
    return ((Contract) item).term();
  }

  private static FunctionId function(Object item) {
    if (item instanceof Duty d) {
      return d.function();
    } else if (item instanceof Delegation d) {
      return d.function();
    }
    return ((Contract) item).function();
  }

  private static FootprintId footprint(Object item) {
    if (item instanceof Duty d) {
      return d.footprint();
    } else if (item instanceof Delegation d) {
      return d.footprint();
    }
    return ((Contract) item).footprint();
  }

  private void apply(Transfer t) {
    IntList parties = byParty.get(t.predecessor());
    if (parties == null) {
      return;
    }
    long day = t.date().toEpochDay();
    for (int position : parties.toArray()) {
      Object item = items.get(position);
      DateRange period = period(item);
      if (!parties(item).contains(t.predecessor()) || period.isInverted() || Days.start(period) >= day
          || Days.endExclusive(period) <= day) {
        continue;   // not party any more, or not running across the date
      }
      if (item instanceof Contract c && c.endsOnTransfer() && c.commissioner().equals(t.predecessor())) {
        items.set(position, c.withTerm(DateRange.of(period.start(), t.date().minusDays(1))));
        carriedBy.put(c.id(), t);
        continue;
      }
      if (item instanceof Affiliation a) {
        seat(position, a, t);
        continue;
      }
      AreaSet areas = areasOf(footprint(item));
      List<Succession> matched = matching(t, function(item));
      AreaSet taken = AreaSet.empty();
      List<Object> pieces = new ArrayList<>();
      for (Succession s : matched) {
        AreaSet part = areas.intersection(areasOf(s.footprint()));
        if (!part.isEmpty()) {
          taken = taken.union(part);
          if (becomesOwn(item, t.predecessor(), s.successor())) {
            continue;   // the successor is the other party: it now holds what it exercised, and nothing passes
          }
          FootprintId fp = part.equals(areas) ? footprint(item) : footprintOf(footprint(item), s.footprint(), part, "&");
          pieces.add(replace(item, t, s.successor(), fp, period));
        }
      }
      AreaSet rest = areas.difference(taken);
      if (!rest.isEmpty()) {
        DateRange after = period.end().map(e -> DateRange.of(t.date(), e)).orElse(DateRange.startingOn(t.date()));
        if (t.kind().endsBody()) {
          gaps.add(new SuccessionGap(t, id(item), role(item, t.predecessor()), Optional.of(function(item)), rest,
              after));
        } else if (!taken.isEmpty()) {
          FootprintId fp = footprintOf(footprint(item), null, rest, "-");
          pieces.add(replace(item, t, t.predecessor(), fp, period));
        }
      }
      if (pieces.isEmpty() && !t.kind().endsBody()) {
        continue;   // nothing moves: the body keeps it whole
      }
      items.set(position, cut(item, t.date()));
      carriedBy.put(id(item), t);
      for (Object piece : pieces) {
        if (addId(id(piece))) {
          items.add(piece);
          index(items.size() - 1);
        }
      }
    }
  }

  /** Whether passing an item to a successor would leave the successor on both sides of it. */
  private static boolean becomesOwn(Object item, OrganisationId from, OrganisationId successor) {
    if (item instanceof Delegation d) {
      return d.delegator().equals(from) ? d.delegate().equals(successor) : d.delegator().equals(successor);
    } else if (item instanceof Contract c) {
      return c.commissioner().equals(from) ? c.provider().equals(successor) : c.commissioner().equals(successor);
    }
    return false;
  }

  /**
   * A seat or a membership of the predecessor (a CCG's seat on a joint committee, a regional team that is part of
   * NHS England) passes to the successors for every function the transfer names, or, if it names none such, to
   * every successor; with none named at all, a transfer that ends the body leaves it with nobody, and a gap is
   * reported.
   */
  private void seat(int position, Affiliation a, Transfer t) {
    boolean asMember = a.member().equals(t.predecessor());
    List<OrganisationId> successors = new ArrayList<>();
    for (Succession s : t.successions()) {
      if (s.function().isEmpty() && !successors.contains(s.successor())) {
        successors.add(s.successor());
      }
    }
    if (successors.isEmpty()) {
      for (Succession s : t.successions()) {
        if (!successors.contains(s.successor())) {
          successors.add(s.successor());
        }
      }
    }
    if (successors.isEmpty() && !t.kind().endsBody()) {
      return;
    }
    DateRange period = a.period();
    DateRange after = period.end().map(e -> DateRange.of(t.date(), e)).orElse(DateRange.startingOn(t.date()));
    items.set(position, a.withPeriod(DateRange.of(period.start(), t.date().minusDays(1))));
    carriedBy.put(a.id(), t);
    if (successors.isEmpty()) {
      gaps.add(new SuccessionGap(t, a.id(), asMember ? "member" : "parent", Optional.empty(), AreaSet.empty(),
          after));
      return;
    }
    for (OrganisationId successor : successors) {
      if (successor.equals(asMember ? a.parent() : a.member())) {
        continue;   // the successor is the other party: nothing to hold
      }
      Affiliation piece = Affiliation.builder().from(a)
          .id(AffiliationId.derived(a.id().code() + "@" + t.date() + ">" + Codes.part(successor)))
          .member(asMember ? successor : a.member()).parent(asMember ? a.parent() : successor).period(after).build();
      carriedBy.put(piece.id(), t);
      origins.put(piece.id(), origins.getOrDefault(a.id(), a.id()));
      if (addId(piece.id())) {
        items.add(piece);
        index(items.size() - 1);
      }
    }
  }

  private static String role(Object item, OrganisationId party) {
    if (item instanceof Duty) {
      return "duty";
    } else if (item instanceof Delegation d) {
      return d.delegator().equals(party) ? "delegator" : "delegate";
    }
    return ((Contract) item).commissioner().equals(party) ? "commissioner" : "provider";
  }

  /** The successions that take an item's function: those naming it or its nearest ancestor, else those naming none. */
  private List<Succession> matching(Transfer t, FunctionId function) {
    Set<FunctionId> named = new HashSet<>();
    for (Succession s : t.successions()) {
      s.function().ifPresent(named::add);
    }
    Optional<FunctionId> at = Optional.of(function);
    int steps = 0;
    while (at.isPresent() && steps++ < 10_000) {
      if (named.contains(at.get())) {
        FunctionId level = at.get();
        return t.successions().stream().filter(s -> s.function().equals(Optional.of(level))).toList();
      }
      at = parentOf.apply(at.get());
    }
    return t.successions().stream().filter(s -> s.function().isEmpty()).toList();
  }

  /** A footprint of the geography, or one an earlier transfer made. */
  private Footprint footprintNamed(FootprintId id) {
    Footprint madeOne = made.get(id);
    return madeOne != null ? madeOne : geography.footprint(id).orElseThrow();
  }

  /** The areas of a footprint of the geography, or of one an earlier transfer made. */
  private AreaSet areasOf(FootprintId id) {
    Footprint madeOne = made.get(id);
    return madeOne == null ? Access.areas(geography, id) : madeAreas.computeIfAbsent(id,
        k -> Access.areas(geography, madeOne.areas()));
  }

  private FootprintId footprintOf(FootprintId of, @Nullable FootprintId with, AreaSet part, String joiner) {
    if (with != null && areasOf(with).equals(part)) {
      return with;
    }
    FootprintId known = madeByAreas.get(part);
    if (known != null) {
      return known;
    }
    Footprint base = footprintNamed(of);
    String code = Codes.part(of) + joiner + (with == null ? "rest" : Codes.part(with));
    FootprintId id = Access.derivedFootprintId(code);
    while (made.containsKey(id) || geography.footprint(id).isPresent()) {
      code = code + "'";
      id = Access.derivedFootprintId(code);
    }
    String name = with == null ? "the rest of " + base.name()
        : "the part of " + base.name() + " in " + footprintNamed(with).name();
    made.put(id, Footprint.of(id, name, base.level(), index.areasOf(part)));
    madeByAreas.put(part, id);
    return id;
  }

  private Object replace(Object item, Transfer t, OrganisationId successor, FootprintId footprint, DateRange period) {
    DateRange after = period.end().map(e -> DateRange.of(t.date(), e)).orElse(DateRange.startingOn(t.date()));
    String suffix = "@" + t.date() + ">" + Codes.part(successor) + "/" + Codes.part(footprint);
    Object piece;
    if (item instanceof Duty d) {
      piece = Duty.builder().from(d).id(DutyId.derived(d.id().code() + suffix))
          .holder(successor).footprint(footprint).period(after).build();
    } else if (item instanceof Delegation d) {
      Delegation.Builder b = Delegation.builder();
      b.from(d);
      b.id(DelegationId.derived(d.id().code() + suffix)).footprint(footprint).period(after);
      if (d.delegator().equals(t.predecessor())) {
        b.delegator(successor);
      } else {
        b.delegate(successor);
      }
      piece = b.build();
    } else {
      Contract c = (Contract) item;
      Contract.Builder b = Contract.builder();
      b.from(c);
      b.id(ContractId.derived(c.id().code() + suffix)).footprint(footprint).term(after);
      if (c.commissioner().equals(t.predecessor())) {
        b.commissioner(successor);
      } else {
        b.provider(successor);
      }
      piece = b.build();
    }
    carriedBy.put(id(piece), t);
    origins.put(id(piece), origins.getOrDefault(id(item), id(item)));
    return piece;
  }

  private static Object cut(Object item, LocalDate date) {
    DateRange before = DateRange.of(period(item).start(), date.minusDays(1));
    if (item instanceof Duty d) {
      return d.withPeriod(before);
    } else if (item instanceof Delegation d) {
      return d.withPeriod(before);
    }
    return ((Contract) item).withTerm(before);
  }
}
