package io.github.commissioning.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The position of each item of a list by its key: a hash table with open addressing whose slots hold each key's
 * hash and its item's position in one {@code long}, with the items' keys in an array by position. A look-up
 * passes over a slot of another hash without reaching its key, and compares a key only when the hashes agree.
 * It costs sixteen to twenty-eight bytes an item where a {@code HashMap} of boxed positions costs about fifty,
 * and it is built in one pass.
 * <p>
 * When two items have equal keys the first is found. Immutable once built, so safe to share between threads.
 *
 * @param <T> the type of the items
 */
public final class Positions<T> {

  private final List<T> items;
  /** The key of the item at each position. */
  private final Object[] keys;
  /** At each slot, a key's hash in the high half and its item's position + 1 in the low; 0 for an empty slot. */
  private final long[] slots;
  private final int mask;
  /** How far a mixed hash is shifted right to leave as many bits as the table has slots. */
  private final int shift;

  private Positions(List<T> items, Function<? super T, ?> key) {
    this.items = items;
    this.keys = new Object[items.size()];
    // the least power of two with room for half as many again as there are items: a third to two thirds full
    int capacity = Integer.highestOneBit(Math.max(4, items.size() + items.size() / 2) - 1) << 1;
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
    for (int i = 0; i < items.size(); i++) {
      Object id = key.apply(items.get(i));
      keys[i] = id;
      if (positionOf(id) < 0) {   // of equal keys, the first is kept
        int slot = slotOf(id.hashCode());
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = ((long) id.hashCode() << 32) | (i + 1);
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
    int hash = id.hashCode();
    for (int slot = slotOf(hash); slots[slot] != 0; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if ((int) (entry >>> 32) == hash) {
        int position = (int) entry - 1;
        Object known = keys[position];
        if (known == id || known.equals(id)) {
          return position;
        }
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

  /**
   * A key's first slot: its hash times the golden ratio, top bits first. Ids' hashes come in runs (A81001,
   * A81002, …), which would otherwise fill runs of slots and make the probes long.
   */
  private int slotOf(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
