package io.github.commissioning.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.NoSuchElementException;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A set of areas, as indexes into an {@link AreaIndex}, stored compactly: the offset of its first
 * non-empty 64-bit word and only the words up to its last member.
 * <p>
 * Because the index numbers areas in the order of the footprint hierarchy, a footprint that nests in
 * another is one contiguous run, and its set costs words in proportion to its own size, not to the
 * size of England. Sets that do not nest (a local authority straddling two CCGs) are still exact.
 * <p>
 * All operations return new sets. This class is immutable and thread-safe.
 */
public final class AreaSet {

  private static final long[] NO_WORDS = {};
  private static final AreaSet EMPTY = new AreaSet(0, NO_WORDS);

  /** Index of the first word held; words before it are all zero. */
  private final int offset;
  /** The words from {@code offset}; the first and the last are non-zero, or the array is empty. */
  private final long[] words;
  private final int cardinality;

  private AreaSet(int offset, long[] words) {
    this.offset = offset;
    this.words = words;
    int count = 0;
    for (long word : words) {
      count += Long.bitCount(word);
    }
    this.cardinality = count;
  }

  /**
   * Returns the empty set.
   *
   * @return the empty set, not null
   */
  public static AreaSet empty() {
    return EMPTY;
  }

  /**
   * Obtains the set of the given indexes.
   *
   * @param indexes the area indexes, each zero or more, in any order, duplicates allowed
   * @return the set, not null
   * @throws IllegalArgumentException if an index is negative
   */
  public static AreaSet of(int... indexes) {
    if (indexes.length == 0) {
      return EMPTY;
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int index : indexes) {
      if (index < 0) {
        throw new IllegalArgumentException("Invalid area index " + index + ": indexes start at 0");
      }
      min = Math.min(min, index);
      max = Math.max(max, index);
    }
    int first = min >>> 6;
    long[] words = new long[(max >>> 6) - first + 1];
    for (int index : indexes) {
      words[(index >>> 6) - first] |= 1L << index;
    }
    return new AreaSet(first, words);
  }

  /**
   * Obtains the set of the indexes from {@code fromInclusive} up to, not including, {@code toExclusive}.
   *
   * @param fromInclusive the first index, zero or more
   * @param toExclusive the index after the last, at least {@code fromInclusive}
   * @return the set, not null
   * @throws IllegalArgumentException if the range is negative or inverted
   */
  public static AreaSet range(int fromInclusive, int toExclusive) {
    if (fromInclusive < 0 || toExclusive < fromInclusive) {
      throw new IllegalArgumentException(
          "Invalid area range [" + fromInclusive + ", " + toExclusive + "): need 0 <= from <= to");
    }
    if (fromInclusive == toExclusive) {
      return EMPTY;
    }
    int first = fromInclusive >>> 6;
    int last = (toExclusive - 1) >>> 6;
    long[] words = new long[last - first + 1];
    Arrays.fill(words, -1L);
    words[0] &= -1L << fromInclusive;
    words[words.length - 1] &= -1L >>> (63 - ((toExclusive - 1) & 63));
    return new AreaSet(first, words);
  }

  private static AreaSet trimmed(int offset, long[] words) {
    int from = 0;
    int to = words.length;
    while (from < to && words[from] == 0) {
      from++;
    }
    while (to > from && words[to - 1] == 0) {
      to--;
    }
    if (from == to) {
      return EMPTY;
    }
    long[] kept = from == 0 && to == words.length ? words : Arrays.copyOfRange(words, from, to);
    return new AreaSet(offset + from, kept);
  }

  private int endWord() {
    return offset + words.length;
  }

  private long word(int wordIndex) {
    int at = wordIndex - offset;
    return at >= 0 && at < words.length ? words[at] : 0L;
  }

  /**
   * Returns the union of this set and another.
   *
   * @param other the other set, not null
   * @return the areas in either set, not null
   */
  @SuppressWarnings("ReferenceEquality") // a set united with itself is itself: a shortcut, not a test of equality
  public AreaSet union(AreaSet other) {
    if (other.isEmpty() || other == this) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    if (other.offset >= offset && other.endWord() <= endWord() && containsAll(other)) {
      return this;
    }
    if (offset >= other.offset && endWord() <= other.endWord() && other.containsAll(this)) {
      return other;
    }
    int from = Math.min(offset, other.offset);
    int to = Math.max(endWord(), other.endWord());
    long[] result = new long[to - from];
    System.arraycopy(words, 0, result, offset - from, words.length);
    for (int i = 0; i < other.words.length; i++) {
      result[other.offset - from + i] |= other.words[i];
    }
    return new AreaSet(from, result);
  }

  /**
   * Returns the union of many sets, in one pass and one allocation.
   *
   * @param sets the sets, not null
   * @return the areas in any of them, not null
   */
  public static AreaSet unionOf(Collection<AreaSet> sets) {
    return combine(sets, false);
  }

  /**
   * Returns the areas that lie in two or more of the given sets, in one pass.
   *
   * @param sets the sets, not null
   * @return the areas covered more than once, not null
   */
  public static AreaSet overlapping(Collection<AreaSet> sets) {
    return combine(sets, true);
  }

  private static AreaSet combine(Collection<AreaSet> sets, boolean twice) {
    int from = Integer.MAX_VALUE;
    int to = Integer.MIN_VALUE;
    int nonEmpty = 0;
    AreaSet only = EMPTY;
    for (AreaSet set : sets) {
      if (!set.isEmpty()) {
        from = Math.min(from, set.offset);
        to = Math.max(to, set.endWord());
        nonEmpty++;
        only = set;
      }
    }
    if (nonEmpty == 0 || (twice && nonEmpty == 1)) {
      return EMPTY;
    }
    if (nonEmpty == 1) {
      return only;
    }
    long[] once = new long[to - from];
    long[] more = new long[twice ? to - from : 0];
    for (AreaSet set : sets) {
      for (int i = 0; i < set.words.length; i++) {
        int at = set.offset - from + i;
        if (twice) {
          more[at] |= once[at] & set.words[i];
        }
        once[at] |= set.words[i];
      }
    }
    return trimmed(from, twice ? more : once);
  }

  /**
   * Returns the intersection of this set and another.
   *
   * @param other the other set, not null
   * @return the areas in both sets, not null
   */
  public AreaSet intersection(AreaSet other) {
    int from = Math.max(offset, other.offset);
    int to = Math.min(endWord(), other.endWord());
    if (from >= to) {
      return EMPTY;
    }
    long[] result = new long[to - from];
    for (int w = from; w < to; w++) {
      result[w - from] = word(w) & other.word(w);
    }
    return trimmed(from, result);
  }

  /**
   * Returns the areas of this set that are not in another.
   *
   * @param other the set to take away, not null
   * @return the difference, not null
   */
  public AreaSet difference(AreaSet other) {
    if (isEmpty() || !intersects(other)) {
      return this;
    }
    long[] result = words.clone();
    for (int i = 0; i < result.length; i++) {
      result[i] &= ~other.word(offset + i);
    }
    return trimmed(offset, result);
  }

  /**
   * Returns the complement of this set within a universe of {@code size} areas, indexes 0 to size - 1.
   *
   * @param size the number of areas in the universe, at least one more than the greatest member
   * @return the areas of the universe not in this set, not null
   * @throws IllegalArgumentException if a member of this set lies outside the universe
   */
  public AreaSet complement(int size) {
    if (!isEmpty() && last() >= size) {
      throw new IllegalArgumentException(
          "Invalid universe size " + size + ": this set holds index " + last());
    }
    return range(0, size).difference(this);
  }

  /**
   * Checks whether this set holds every area of another.
   *
   * @param other the other set, not null
   * @return true if {@code other} is a subset of this set
   */
  @SuppressWarnings("ReferenceEquality") // a set holds itself: a shortcut, not a test of equality
  public boolean containsAll(AreaSet other) {
    if (other == this) {
      return true;
    }
    if (other.cardinality > cardinality) {
      return false;
    }
    for (int i = 0; i < other.words.length; i++) {
      long w = other.words[i];
      if ((w & ~word(other.offset + i)) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks whether this set and another share an area.
   *
   * @param other the other set, not null
   * @return true if the intersection is not empty
   */
  public boolean intersects(AreaSet other) {
    int from = Math.max(offset, other.offset);
    int to = Math.min(endWord(), other.endWord());
    for (int w = from; w < to; w++) {
      if ((word(w) & other.word(w)) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks whether this set holds an area.
   *
   * @param index the area index
   * @return true if the area is a member
   */
  public boolean contains(int index) {
    return index >= 0 && (word(index >>> 6) & (1L << index)) != 0;
  }

  /**
   * Checks whether this set is empty.
   *
   * @return true if the set has no areas
   */
  public boolean isEmpty() {
    return cardinality == 0;
  }

  /**
   * Returns the number of areas in this set.
   *
   * @return the count, zero or more
   */
  public int size() {
    return cardinality;
  }

  /**
   * Returns the smallest index in this set.
   *
   * @return the first index
   * @throws NoSuchElementException if the set is empty
   */
  public int first() {
    if (isEmpty()) {
      throw new NoSuchElementException("The area set is empty");
    }
    return (offset << 6) + Long.numberOfTrailingZeros(words[0]);
  }

  /**
   * Returns the greatest index in this set.
   *
   * @return the last index
   * @throws NoSuchElementException if the set is empty
   */
  public int last() {
    if (isEmpty()) {
      throw new NoSuchElementException("The area set is empty");
    }
    return ((endWord() - 1) << 6) + 63 - Long.numberOfLeadingZeros(words[words.length - 1]);
  }

  /**
   * Performs an action for each index in this set, in ascending order.
   *
   * @param action the action, not null
   */
  public void forEach(IntConsumer action) {
    for (int i = 0; i < words.length; i++) {
      long w = words[i];
      int base = (offset + i) << 6;
      while (w != 0) {
        action.accept(base + Long.numberOfTrailingZeros(w));
        w &= w - 1;
      }
    }
  }

  /**
   * Returns the indexes of this set in ascending order.
   *
   * @return a new array, not null
   */
  public int[] toArray() {
    int[] result = new int[cardinality];
    int[] at = {0};
    forEach(index -> result[at[0]++] = index);
    return result;
  }

  /**
   * Returns the indexes of this set as a stream, in ascending order.
   *
   * @return the stream, not null
   */
  public IntStream stream() {
    return IntStream.of(toArray());
  }

  /**
   * Returns the number of 64-bit words this set stores, a measure of its memory.
   *
   * @return the word count, zero or more
   */
  public int storedWords() {
    return words.length;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof AreaSet other && other.offset == offset && Arrays.equals(other.words, words));
  }

  @Override
  public int hashCode() {
    return isEmpty() ? 0 : offset * 31 + Arrays.hashCode(words);
  }

  /**
   * Returns the set as runs of indexes, such as {@code [0..5, 9]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    int[] indexes = toArray();
    for (int i = 0; i < indexes.length; ) {
      int j = i;
      while (j + 1 < indexes.length && indexes[j + 1] == indexes[j] + 1) {
        j++;
      }
      if (text.length() > 1) {
        text.append(", ");
      }
      text.append(indexes[i]);
      if (j > i) {
        text.append("..").append(indexes[j]);
      }
      i = j + 1;
    }
    return text.append(']').toString();
  }
}
