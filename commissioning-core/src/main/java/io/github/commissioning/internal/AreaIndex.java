package io.github.commissioning.internal;

import io.github.commissioning.geography.AreaId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The numbering of an arrangement's areas, from 0 to {@code size() - 1}, that {@link AreaSet}s index.
 * <p>
 * Areas are numbered in the order of the footprint hierarchy (region, system, CCG, PCN, practice), so
 * every footprint that nests in the others is one contiguous run of indexes. Obtain an index from
 * {@link Access#index(io.github.commissioning.geography.Geography)}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AreaIndex {

  private final AreaId[] areas;
  private final Map<AreaId, Integer> positions;

  /**
   * Numbers some areas in the order given.
   *
   * @param ordered the areas, distinct
   */
  public AreaIndex(List<AreaId> ordered) {
    this.areas = ordered.toArray(new AreaId[0]);
    this.positions = new HashMap<>(areas.length * 2);
    for (int i = 0; i < areas.length; i++) {
      positions.put(areas[i], i);
    }
  }

  /**
   * Returns the number of areas.
   *
   * @return the size, zero or more
   */
  public int size() {
    return areas.length;
  }

  /**
   * Returns the index of an area.
   *
   * @param area the area, not null
   * @return the index, from 0 to {@code size() - 1}
   * @throws IllegalArgumentException if the area is not part of the arrangement
   */
  public int indexOf(AreaId area) {
    Integer position = positions.get(area);
    if (position == null) {
      throw new IllegalArgumentException("Unknown area " + area
          + ": no footprint of this arrangement names it; add it to a footprint or correct the id");
    }
    return position;
  }

  /**
   * Finds the index of an area.
   *
   * @param area the area, not null
   * @return the index, or empty if the area is not part of the arrangement
   */
  public OptionalInt find(AreaId area) {
    Integer position = positions.get(area);
    return position == null ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /**
   * Returns the area at an index.
   *
   * @param index the index, from 0 to {@code size() - 1}
   * @return the area, not null
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public AreaId areaAt(int index) {
    return areas[index];
  }

  /**
   * Returns the areas of a set, in index order.
   *
   * @param set the set, not null, within this index
   * @return the areas, not null
   */
  public List<AreaId> areasOf(AreaSet set) {
    return Arrays.stream(set.toArray()).mapToObj(i -> areas[i]).toList();
  }

  /**
   * Returns the set of all areas.
   *
   * @return the universe, not null
   */
  public AreaSet all() {
    return AreaSet.range(0, areas.length);
  }
}
