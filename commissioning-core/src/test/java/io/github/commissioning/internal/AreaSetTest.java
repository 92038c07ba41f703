package io.github.commissioning.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class AreaSetTest {

  @Test
  void aRunFarIntoTheUniverseStoresOnlyItsOwnWords() {
    AreaSet run = AreaSet.range(1_000_010, 1_000_650); // 640 areas across 11 words
    assertEquals(640, run.size());
    assertEquals(11, run.storedWords());
    assertEquals(1_000_010, run.first());
    assertEquals(1_000_649, run.last());
  }

  @Test
  void textShowsRuns() {
    assertEquals("[0..5, 9, 64..66]", AreaSet.of(0, 1, 2, 3, 4, 5, 9, 64, 65, 66).toString());
    assertEquals("[]", AreaSet.empty().toString());
  }

  @Test
  void membersComeBackInOrder() {
    AreaSet set = AreaSet.of(130, 2, 65, 2);
    assertArrayEquals(new int[] {2, 65, 130}, set.toArray());
    assertTrue(set.contains(65));
    assertFalse(set.contains(66));
    assertFalse(set.contains(-1));
  }

  @Test
  void emptyResultsAreTheEmptySet() {
    AreaSet a = AreaSet.range(0, 64);
    AreaSet b = AreaSet.range(128, 192);
    assertEquals(AreaSet.empty(), a.intersection(b));
    assertEquals(AreaSet.empty(), a.difference(a));
    assertEquals(0, a.difference(a).hashCode());
  }

  @Test
  void negativeIndexIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AreaSet.of(3, -2));
    assertEquals("Invalid area index -2: indexes start at 0", e.getMessage());
  }

  @Test
  void invertedRangeIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AreaSet.range(5, 2));
    assertEquals("Invalid area range [5, 2): need 0 <= from <= to", e.getMessage());
  }

  @Test
  void complementNeedsAUniverseHoldingTheSet() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AreaSet.of(10).complement(5));
    assertEquals("Invalid universe size 5: this set holds index 10", e.getMessage());
    assertEquals(AreaSet.of(0, 1, 3, 4), AreaSet.of(2).complement(5));
  }

  @Test
  void firstOfEmptyIsAnError() {
    assertThrows(NoSuchElementException.class, () -> AreaSet.empty().first());
    assertThrows(NoSuchElementException.class, () -> AreaSet.empty().last());
  }
}
