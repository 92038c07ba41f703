package io.github.commissioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionsTest {

  /** A key whose hash is chosen, so that keys can be made to collide. */
  private record Key(String code, int hash) {
    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.code.equals(code);
    }
  }

  private record Item(Key key, String value) {
  }

  @Test
  void findsEachItemByItsKeyAndNothingForAnAbsentKey() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      items.add(new Item(new Key("k" + i, Integer.toString(i).hashCode()), "v" + i));
    }
    Positions<Item> positions = Positions.of(items, Item::key);
    for (int i = 0; i < items.size(); i++) {
      // an equal key, not the same instance
      Key key = new Key("k" + i, Integer.toString(i).hashCode());
      assertEquals(i, positions.positionOf(key));
      assertSame(items.get(i), positions.get(key));
      assertTrue(positions.contains(key));
    }
    assertEquals(-1, positions.positionOf(new Key("k1000", 7)));
    assertNull(positions.get(new Key("nope", 0)));
    assertFalse(positions.contains(new Key("nope", 0)));
  }

  @Test
  void keysWithTheSameHashAreToldApartByEquality() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      items.add(new Item(new Key("k" + i, 42), "v" + i));   // every key in one slot's run
    }
    Positions<Item> positions = Positions.of(items, Item::key);
    for (int i = 0; i < items.size(); i++) {
      assertEquals(i, positions.positionOf(new Key("k" + i, 42)));
    }
    assertEquals(-1, positions.positionOf(new Key("k100", 42)));
  }

  @Test
  void ofEqualKeysTheFirstIsFound() {
    List<Item> items = List.of(new Item(new Key("a", 1), "first"), new Item(new Key("b", 2), "other"),
        new Item(new Key("a", 1), "second"));
    Positions<Item> positions = Positions.of(items, Item::key);
    assertEquals(0, positions.positionOf(new Key("a", 1)));
    assertEquals("first", positions.get(new Key("a", 1)).value());
  }

  @Test
  void anEmptyListHasNoPositions() {
    Positions<Item> positions = Positions.of(List.of(), Item::key);
    assertEquals(-1, positions.positionOf(new Key("a", 1)));
  }
}
