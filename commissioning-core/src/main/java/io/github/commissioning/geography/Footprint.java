package io.github.commissioning.geography;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A named set of areas at a level: England, a region, an STP, a CCG, a PCN or a local authority.
 * <p>
 * A footprint is defined by explicit areas, by parts (the union of other footprints), or both.
 * Footprints need not nest: coverage is computed by set algebra over the areas, so a local authority
 * that straddles two CCGs is handled exactly. A footprint that is, through its parts, part of itself is
 * a structural problem reported when the arrangement is built.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Footprint implements WithFootprint permits ImmutableFootprint {

  Footprint() {
  }

  /**
   * Obtains a footprint made of explicit areas.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @param level the level, not null
   * @param areas the areas, not null, not empty
   * @return the footprint, not null
   * @throws IllegalStateException if {@code areas} is empty
   */
  public static Footprint of(FootprintId id, String name, FootprintLevel level, Collection<AreaId> areas) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(areas, "areas");
    return builder().id(id).name(name).level(level).addAllAreas(areas).build();
  }

  /**
   * Obtains a footprint that is the union of other footprints.
   * <pre>{@code
   * Footprint england = Footprint.union(FootprintId.of("E92000001"), "England", NATIONAL, tees, durham);
   * }</pre>
   *
   * @param id the id, not null
   * @param name the name, not null
   * @param level the level, not null
   * @param parts the footprints it is the union of, not null, not empty
   * @return the footprint, not null
   * @throws IllegalStateException if {@code parts} is empty
   */
  public static Footprint union(FootprintId id, String name, FootprintLevel level, Footprint... parts) {
    Objects.requireNonNull(parts, "parts");
    List<FootprintId> ids = new ArrayList<>(parts.length);
    for (Footprint part : parts) {
      ids.add(Objects.requireNonNull(part, () -> "parts: element " + ids.size() + " is null").id());
    }
    return union(id, name, level, ids);
  }

  /**
   * Obtains a footprint that is the union of other footprints, named by their ids.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @param level the level, not null
   * @param parts the ids of the footprints it is the union of, not null, not empty
   * @return the footprint, not null
   * @throws IllegalStateException if {@code parts} is empty
   */
  public static Footprint union(FootprintId id, String name, FootprintLevel level, Collection<FootprintId> parts) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(parts, "parts");
    return builder().id(id).name(name).level(level).addAllParts(parts).build();
  }

  /**
   * Returns a new builder of footprints.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of this footprint, not null.
   *
   * @return the id of this footprint, not null
   */
  public abstract FootprintId id();

  /**
   * Returns the name of this footprint, not null.
   *
   * @return the name of this footprint, not null
   */
  public abstract String name();

  /**
   * Returns the level of this footprint, not null.
   *
   * @return the level of this footprint, not null
   */
  public abstract FootprintLevel level();

  /**
   * Returns the areas this footprint names directly, in id order.
   *
   * @return the areas, not null, empty if the footprint is only a union of parts
   */
  @Value.NaturalOrder
  public abstract SortedSet<AreaId> areas();

  /**
   * Returns the footprints whose union is part of this footprint, in id order.
   *
   * @return the parts, not null, empty if the footprint names only explicit areas
   */
  @Value.NaturalOrder
  public abstract SortedSet<FootprintId> parts();

  @Value.Check
  void check() {
    if (areas().isEmpty() && parts().isEmpty()) {
      throw new IllegalStateException("Footprint " + id() + " (" + name()
          + ") has no areas and no parts: add areas with addAreas(…) or parts with addParts(…)");
    }
  }

  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }

  /**
   * A builder of {@link Footprint}s. Obtain one from {@link Footprint#builder()}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableFootprint.Builder {
    Builder() {
    }
  }
}
