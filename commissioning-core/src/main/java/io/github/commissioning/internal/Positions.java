package io.github.commissioning.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The position of each item of a list by its key, in one array of ints: a hash table with open addressing that
 * holds positions, not entries, with the items' keys in an array by position, so that a look-up compares keys
 * without reaching the items. It costs ten to sixteen bytes an item where a {@code HashMap} of boxed positions
 * costs about fifty, and it is built in one pass.
 * <p>
 * When two items have equal keys the first is found. Immutable once built, so safe to share between threads.
 *
 * @param <T> the type of the items
 */
public final class Positions<T> {

  private final List<T> items;
  /** The key of the item at each position. */
  private final Object[] keys;
  /** Position + 1 of an item at each slot, 0 for an empty slot. */
  private final int[] slots;
  private final int mask;

  private Positions(List<T> items, Function<? super T, ?> key) {
    this.items = items;
    this.keys = new Object[items.size()];
    // the least power of two with room for half as many again as there are items: a third to two thirds full
    int capacity = Integer.highestOneBit(Math.max(4, items.size() + items.size() / 2) - 1) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int i = 0; i < items.size(); i++) {
      Object id = key.apply(items.get(i));
      keys[i] = id;
      int slot = spread(id.hashCode()) & mask;
      boolean present = false;
      while (slots[slot] != 0 && !present) {
        present = keys[slots[slot] - 1].equals(id);
        slot = (slot + 1) & mask;
      }
      if (!present) {
        slots[slot] = i + 1;
      }
    }
  }

  /**
   * Indexes a list by a key of its items.
   *
   * @param items the items, not null; the list is kept, not copied, so it must not change
   * @param key the key of an item, never null
   * @param <T> the type of the items
   * @return the positions, not null
   */
  public static <T> Positions<T> of(List<T> items, Function<? super T, ?> key) {
    return new Positions<>(Objects.requireNonNull(items, "items"), Objects.requireNonNull(key, "key"));
  }

  /**
   * Returns the position of the first item with a key.
   *
   * @param id the key, not null
   * @return the position, or -1 if no item has the key
   */
  public int positionOf(Object id) {
    for (int slot = spread(id.hashCode()) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int position = slots[slot] - 1;
      Object known = keys[position];
      if (known == id || known.equals(id)) {
        return position;
      }
    }
    return -1;
  }

  /**
   * Returns the first item with a key.
   *
   * @param id the key, not null
   * @return the item, or null if no item has the key
   */
  public @Nullable T get(Object id) {
    int position = positionOf(id);
    return position < 0 ? null : items.get(position);
  }

  /**
   * Checks whether an item has a key.
   *
   * @param id the key, not null
   * @return true if one has
   */
  public boolean contains(Object id) {
    return positionOf(id) >= 0;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
