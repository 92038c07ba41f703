package io.github.commissioning.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IntListsTest {

  private static int[] listOf(IntLists lists, int item) {
    int start = lists.start(item);
    return Arrays.copyOfRange(lists.values(), start, start + lists.size(item));
  }

  @Test
  void keepsEachItemsIntsInOrderWhateverTheirCount() {
    IntLists.Builder builder = new IntLists.Builder(4);
    builder.add(7);
    builder.next();
    builder.next();              // an item with none
    builder.add(3);
    builder.add(-1);
    builder.add(5);
    builder.next();
    builder.add(9);
    builder.next();
    IntLists lists = builder.build();
    assertArrayEquals(new int[] {7}, listOf(lists, 0));
    assertArrayEquals(new int[] {}, listOf(lists, 1));
    assertArrayEquals(new int[] {3, -1, 5}, listOf(lists, 2));
    assertArrayEquals(new int[] {9}, listOf(lists, 3));
  }

  @Test
  void oneIntEachIsKeptWithoutStarts() {
    IntLists.Builder builder = new IntLists.Builder(3);
    for (int value : new int[] {4, 2, 8}) {
      builder.add(value);
      builder.next();
    }
    IntLists lists = builder.build();
    for (int item = 0; item < 3; item++) {
      assertEquals(item, lists.start(item));
      assertEquals(1, lists.size(item));
    }
    assertArrayEquals(new int[] {4, 2, 8}, lists.values());
  }

  @Test
  void noItemsAndItemsLeftUnendedAreTold() {
    assertEquals(0, new IntLists.Builder(0).build().values().length);
    IntLists.Builder builder = new IntLists.Builder(2);
    builder.add(1);
    builder.next();
    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertEquals("Built 1 of 2 items", e.getMessage());
  }
}
