package io.github.commissioning.rules;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaIndex;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.Person;
import io.github.commissioning.model.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What every rule of one check shares: the arrangement, its accountability (resolved once, on first
 * use), the date waivers are judged on, indexes other rules computed, and the wording of names.
 * <p>
 * A rule that needs its own index computes it once with {@link #shared(Object, Function)}.
 * <p>
 * This class is thread-safe.
 *
 * @since 0.1
 */
public final class Analysis {

  private final Arrangement arrangement;
  private final LocalDate asOf;
  private final @Nullable Executor executor;
  private final Supplier<Accountability> accountability;
  private final Supplier<Map<AreaSet, FootprintId>> footprintBySet;
  private final Map<Object, Object> shared = new ConcurrentHashMap<>();

  private Analysis(Arrangement arrangement, LocalDate asOf, @Nullable Executor executor) {
    this.arrangement = Objects.requireNonNull(arrangement, "arrangement");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.executor = executor;
    this.accountability = Suppliers.memoize(() -> {
      try {
        return executor == null ? Accountability.of(arrangement) : Accountability.of(arrangement, executor);
      } catch (RuntimeException e) {
        // every rule that needs it fails with this: name the analysis, not the rule that happened to ask first
        throw new IllegalStateException("the shared accountability analysis failed: " + e, e);
      }
    });
    this.footprintBySet = Suppliers.memoize(this::indexFootprints);
  }

  /**
   * Obtains the analysis of an arrangement.
   *
   * @param arrangement the arrangement, not null
   * @param asOf the date waivers and registers are judged on, not null
   * @return the analysis, not null
   */
  public static Analysis of(Arrangement arrangement, LocalDate asOf) {
    Objects.requireNonNull(arrangement, "arrangement");
    Objects.requireNonNull(asOf, "asOf");
    return new Analysis(arrangement, asOf, null);
  }

  /** The analysis of a check run by a rule set, on its executor if it has one. */
  static Analysis of(Arrangement arrangement, LocalDate asOf, @Nullable Executor executor) {
    return new Analysis(arrangement, asOf, executor);
  }

  /** Returns the executor the check may spread work over, or null to work on the calling thread. */
  @Nullable Executor executor() {
    return executor;
  }

  /**
   * Returns the arrangement, not null.
   *
   * @return the arrangement, not null
   */
  public Arrangement arrangement() {
    return arrangement;
  }

  /**
   * Returns the date waivers and registers are judged on, not null.
   *
   * @return the date waivers and registers are judged on, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the accountability of the arrangement, resolved once, not null.
   *
   * @return the accountability of the arrangement, resolved once, not null
   */
  public Accountability accountability() {
    return Objects.requireNonNull(accountability.get());
  }

  /**
   * Returns a value shared by the rules of this check, computing it on first use.
   *
   * @param <T> the type of the value
   * @param key the key, not null; a rule's own class or a constant of it
   * @param compute computes the value from this analysis, not null
   * @return the value, not null
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(Object key, Function<Analysis, T> compute) {
    // one computation per key, even when several threads ask at once; the others wait for it
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(compute, "compute");
    FutureTask<Object> task;
    Object existing = shared.get(key);
    if (existing == null) {
      FutureTask<Object> created = new FutureTask<>(() -> compute.apply(this));
      existing = shared.putIfAbsent(key, created);
      if (existing == null) {
        created.run();
        task = created;
      } else {
        task = (FutureTask<Object>) existing;
      }
    } else {
      task = (FutureTask<Object>) existing;
    }
    try {
      return (T) task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while computing shared value " + key, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("Cannot compute shared value " + key + ": " + cause, cause);
    }
  }

  /**
   * Returns how an organisation is named in messages: {@code NHS Tees Valley CCG (16C)}.
   *
   * @param id the id, not null
   * @return the name, not null
   */
  public String name(OrganisationId id) {
    Objects.requireNonNull(id, "id");
    return arrangement.organisation(id).map(Organisation::toString).orElse(id.code());
  }

  /**
   * Returns how a function is named in messages: {@code Primary medical services (pms)}.
   *
   * @param id the id, not null
   * @return the name, not null
   */
  public String name(FunctionId id) {
    Objects.requireNonNull(id, "id");
    return arrangement.function(id).map(CommissioningFunction::toString).orElse(id.code());
  }

  /**
   * Returns how a person is named in messages: {@code Dr A Patel (P1)}.
   *
   * @param id the id, not null
   * @return the name, not null
   */
  public String name(PersonId id) {
    Objects.requireNonNull(id, "id");
    return arrangement.person(id).map(Person::toString).orElse(id.code());
  }

  /**
   * Returns how a decision body is named in messages.
   *
   * @param id the id, not null
   * @return the name, not null
   */
  public String name(BodyId id) {
    Objects.requireNonNull(id, "id");
    return arrangement.body(id).map(DecisionBody::toString).orElse(id.code());
  }

  /**
   * Returns how a footprint is named in messages: {@code NHS Tees Valley CCG (E38000247)}.
   *
   * @param id the id, not null
   * @return the name, not null
   */
  public String name(FootprintId id) {
    Objects.requireNonNull(id, "id");
    return arrangement.footprint(id).map(Footprint::toString).orElse(id.code());
  }

  /**
   * Returns the footprint whose areas are exactly a set, preferring the largest level, then the first id.
   *
   * @param areas the areas, not null
   * @return the footprint, or empty if no footprint has exactly these areas
   */
  Optional<FootprintId> footprintOf(AreaSet areas) {
    return Optional.ofNullable(Objects.requireNonNull(footprintBySet.get()).get(areas));
  }

  /**
   * Describes a set of areas for a message: a footprint's name when the set is exactly a footprint, or
   * the first few area codes and how many more.
   *
   * @param areas the areas, not null
   * @return the description, such as {@code in County Durham (DUR)} or {@code in 2 areas (A81001, A81002)}
   */
  String describe(AreaSet areas) {
    Optional<FootprintId> footprint = footprintOf(areas);
    if (footprint.isPresent()) {
      return "in " + name(footprint.get());
    }
    AreaIndex index = Access.index(arrangement.geography());
    int[] members = areas.toArray();
    StringBuilder text = new StringBuilder("in ").append(members.length).append(members.length == 1 ? " area (" : " areas (");
    for (int i = 0; i < Math.min(5, members.length); i++) {
      text.append(i == 0 ? "" : ", ").append(index.areaAt(members[i]));
    }
    if (members.length > 5) {
      text.append(", … and ").append(members.length - 5).append(" more");
    }
    return text.append(')').toString();
  }

  /**
   * Describes some areas for a message: a footprint's name when they are exactly a footprint's areas,
   * or the first few area codes and how many more.
   * <pre>{@code
   * analysis.describe(arrangement.geography().areasOf(FootprintId.of("16C")));   // "in NHS Tees Valley CCG (16C)"
   * analysis.describe(List.of(AreaId.of("A81001"), AreaId.of("A81002")));       // "in 2 areas (A81001, A81002)"
   * }</pre>
   *
   * @param areas the areas, not null
   * @return the description, not null
   * @throws IllegalArgumentException if an area is not part of the arrangement
   */
  public String describe(Collection<AreaId> areas) {
    return describe(Access.areas(arrangement.geography(), Objects.requireNonNull(areas, "areas")));
  }

  /**
   * Returns the footprint whose areas are exactly some areas, preferring the largest level, then the
   * first id.
   *
   * @param areas the areas, not null
   * @return the footprint, or empty if no footprint has exactly these areas
   * @throws IllegalArgumentException if an area is not part of the arrangement
   */
  public Optional<FootprintId> footprintOf(Collection<AreaId> areas) {
    return footprintOf(Access.areas(arrangement.geography(), Objects.requireNonNull(areas, "areas")));
  }

  private Map<AreaSet, FootprintId> indexFootprints() {
    Map<AreaSet, FootprintId> bySet = new HashMap<>();
    List<Footprint> footprints = new ArrayList<>(arrangement.footprints());
    footprints.sort(Comparator.comparing(Footprint::level).thenComparing(Footprint::id));
    for (Footprint footprint : footprints) {
      bySet.putIfAbsent(Access.areas(arrangement.geography(), footprint.id()), footprint.id());
    }
    return bySet;
  }
}
