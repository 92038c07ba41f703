package io.github.commissioning.internal;

import java.util.Arrays;

/** A growable list of ints, to keep indexes of positions free of boxing. Not thread-safe. */
public final class IntList {
  private int[] items;
  private int size;

  /** Creates an empty list with room for a few ints. */
  public IntList() {
    this(4);
  }

  /**
   * Creates an empty list.
   *
   * @param capacity the room to start with, at least 1
   */
  public IntList(int capacity) {
    items = new int[Math.max(1, capacity)];
  }

  /**
   * Adds an int at the end.
   *
   * @param value the int
   */
  public void add(int value) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = value;
  }

  /**
   * Returns the int at a position.
   *
   * @param i the position, from 0 to {@link #size()} - 1
   * @return the int
   */
  public int get(int i) {
    return items[i];
  }

  /**
   * Returns the number of ints.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns a copy of the ints, which later additions do not change.
   *
   * @return the ints, in order
   */
  public int[] toArray() {
    return Arrays.copyOf(items, size);
  }
}
