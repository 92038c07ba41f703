package io.github.commissioning.json;

import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Law;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Power;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Law} as the format writes it: England's table, NHS England's abolition if any, then the lifetimes
 * and powers that differ from or add to the table.
 */
record LawParts(Optional<LocalDate> abolition, List<Lifetime> lifetimes, List<Power> powers) {

  /** When a kind of statutory body may exist. */
  record Lifetime(OrganisationKind kind, DateRange period) {
  }

  static final ObjectCodec<Lifetime, Slots> LIFETIME = new ObjectCodec<Lifetime, Slots>("Lifetime",
      "when a kind of statutory body may exist", Slots::new, s -> new Lifetime(s.get("kind"), s.get("period")))
      .required("kind", Codec.enumeration(OrganisationKind.class), Lifetime::kind, (s, v) -> s.put("kind", v),
          "the kind of body")
      .required("period", Codecs.PERIOD, Lifetime::period, (s, v) -> s.put("period", v), "when it may exist");

  /** Splits a law into its parts. */
  static LawParts of(Law law) {
    Law base = law.nhsEnglandAbolition().map(d -> Law.england().withNhsEnglandAbolishedOn(d)).orElse(Law.england());
    List<Power> powers = law.powers();
    List<Power> basePowers = base.powers();
    if (powers.size() < basePowers.size() || !powers.subList(0, basePowers.size()).equals(basePowers)) {
      throw new IllegalArgumentException("This law cannot be written: the format gives it as England's table "
          + "(Law.england()), then NHS England's abolition, then lifetimes and powers; build it in that order, and "
          + "give NHS England's abolition first");
    }
    List<Lifetime> lifetimes = new ArrayList<>();
    for (Map.Entry<OrganisationKind, DateRange> e : law.lifetimes().entrySet()) {
      if (!e.getValue().equals(base.lifetimes().get(e.getKey()))) {
        lifetimes.add(new Lifetime(e.getKey(), e.getValue()));
      }
    }
    LawParts parts = new LawParts(law.nhsEnglandAbolition(), lifetimes,
        List.copyOf(powers.subList(basePowers.size(), powers.size())));
    if (!parts.toLaw().equals(law)) {
      throw new IllegalArgumentException("This law cannot be written: the format gives it as England's table, "
          + "then NHS England's abolition, then lifetimes and powers; build it in that order, and give NHS "
          + "England's abolition first");
    }
    return parts;
  }

  Law toLaw() {
    Law law = abolition.map(d -> Law.england().withNhsEnglandAbolishedOn(d)).orElse(Law.england());
    for (Lifetime lifetime : lifetimes) {
      law = law.withLifetime(lifetime.kind(), lifetime.period());
    }
    for (Power power : powers) {
      law = law.withPower(power);
    }
    return law;
  }

  boolean isEngland() {
    return abolition.isEmpty() && lifetimes.isEmpty() && powers.isEmpty();
  }

  /** The builder the reader fills. */
  static final class Builder {
    private @Nullable LocalDate abolition;
    private List<Lifetime> lifetimes = List.of();
    private List<Power> powers = List.of();

    Builder abolition(LocalDate date) {
      this.abolition = Objects.requireNonNull(date);
      return this;
    }

    Builder lifetimes(List<Lifetime> items) {
      this.lifetimes = List.copyOf(items);
      return this;
    }

    Builder powers(List<Power> items) {
      this.powers = List.copyOf(items);
      return this;
    }

    LawParts build() {
      return new LawParts(Optional.ofNullable(abolition), lifetimes, powers);
    }
  }
}
