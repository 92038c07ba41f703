package io.github.commissioning.internal;

import org.jspecify.annotations.Nullable;

/**
 * A list of ints for each item of a list, end to end in one array: item {@code i}'s ints are
 * {@code values()[start(i)]} to {@code values()[start(i) + size(i) - 1]}. Where every item has exactly one
 * int, as when each decision affects one organisation, no starts are kept. Immutable once built.
 */
public final class IntLists {

  /** Where each item's ints start, and past the last item's end; null when each item has exactly one. */
  private final int @Nullable [] starts;
  private final int[] values;

  private IntLists(int @Nullable [] starts, int[] values) {
    this.starts = starts;
    this.values = values;
  }

  /**
   * Returns the ints of every item, end to end. The caller must not change the array.
   *
   * @return the array, not null
   */
  public int[] values() {
    return values;
  }

  /**
   * Returns where an item's ints start in {@link #values()}.
   *
   * @param item the item's position
   * @return the start
   */
  public int start(int item) {
    return starts == null ? item : starts[item];
  }

  /**
   * Returns how many ints an item has.
   *
   * @param item the item's position
   * @return the count
   */
  public int size(int item) {
    return starts == null ? 1 : starts[item + 1] - starts[item];
  }

  /** Builds the lists item by item: {@link #next()} ends one item's ints and starts the next's. */
  public static final class Builder {
    private final int[] starts;
    private final IntList values;
    private int items;
    private boolean oneEach = true;

    /**
     * A builder for a number of items.
     *
     * @param items how many items
     */
    public Builder(int items) {
      this.starts = new int[items + 1];
      this.values = new IntList(Math.max(1, items));
    }

    /**
     * Adds an int to the item being built.
     *
     * @param value the int
     */
    public void add(int value) {
      values.add(value);
    }

    /** Ends the item being built. */
    public void next() {
      oneEach &= values.size() - starts[items] == 1;
      starts[++items] = values.size();
    }

    /**
     * Returns the lists; every item must have been ended.
     *
     * @return the lists, not null
     */
    public IntLists build() {
      if (items != starts.length - 1) {
        throw new IllegalStateException("Built " + items + " of " + (starts.length - 1) + " items");
      }
      int[] all = values.toArray();
      return new IntLists(oneEach ? null : starts, all);
    }
  }
}
