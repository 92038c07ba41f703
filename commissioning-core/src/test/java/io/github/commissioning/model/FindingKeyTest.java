package io.github.commissioning.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FindingKeyTest {

  private static final char[] ALPHABET = {'a', 'B', '1', '-', '|', '\\', ' ', '/'};

  /** A part of one to five characters from an alphabet rich in separators and escapes. */
  private static Gen<String> parts() {
    return lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(1, 5).map(list -> {
      StringBuilder text = new StringBuilder();
      list.forEach(i -> text.append(ALPHABET[i]));
      return text.toString();
    });
  }

  @Test
  void ordinaryKeysReadAsTheyAlwaysDid() {
    FindingKey key = FindingKey.of("ACC-UNOWNED", "pms", "2013-04-01");
    assertEquals("ACC-UNOWNED|pms|2013-04-01", key.toString());
    assertEquals("pms|2013-04-01", key.subjectKey());
    assertEquals(key, FindingKey.parse("ACC-UNOWNED|pms|2013-04-01"));
  }

  @Test
  void partsWithBarsAreEscapedSoThatDifferentKeysNeverShareText() {
    FindingKey first = FindingKey.of("ACC-DISSOLVED", "A", "B|C", "after");
    FindingKey second = FindingKey.of("ACC-DISSOLVED", "A|B", "C", "after");
    assertEquals("ACC-DISSOLVED|A|B\\|C|after", first.toString());
    assertEquals("ACC-DISSOLVED|A\\|B|C|after", second.toString());
    assertNotEquals(first, second);
    assertEquals(List.of("A|B", "C", "after"), FindingKey.parse(second.toString()).parts());
  }

  @Test
  void everyKeyRoundTripsThroughItsText() {
    qt().withExamples(1000).forAll(lists().of(parts()).ofSizeBetween(1, 4)).checkAssert(parts -> {
      FindingKey key = FindingKey.of("TEST-RULE", parts);
      assertEquals(key, FindingKey.parse(key.toString()));
      assertEquals(parts, FindingKey.parse(key.toString()).parts());
    });
  }

  @Test
  void differentPartsGiveDifferentText() {
    qt().withExamples(1000).forAll(lists().of(parts()).ofSizeBetween(1, 3), lists().of(parts()).ofSizeBetween(1, 3))
        .checkAssert((a, b) -> assertEquals(a.equals(b),
            FindingKey.of("R", a).toString().equals(FindingKey.of("R", b).toString())));
  }

  @Test
  void badTextIsRejectedWithWhatWouldFixIt() {
    IllegalArgumentException dangling = assertThrows(IllegalArgumentException.class,
        () -> FindingKey.parse("ACC-UNOWNED|pms\\"));
    assertEquals("Invalid finding key 'ACC-UNOWNED|pms\\': the '\\' at index 15 escapes neither '|' nor '\\'; "
        + "write a literal '\\' as '\\\\'", dangling.getMessage());
    IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
        () -> FindingKey.parse("ACC-UNOWNED"));
    assertEquals("Invalid finding key 'ACC-UNOWNED': expected the rule id and at least one part joined by '|', "
        + "such as ACC-UNOWNED|pms|2013-04-01", alone.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FindingKey.parse("ACC-UNOWNED||x"));
    assertThrows(IllegalArgumentException.class, () -> FindingKey.of("ACC UNOWNED", "x"));
  }

  @Test
  void aRenamedRuleKeepsTheParts() {
    FindingKey key = FindingKey.parse("OLD-ID|a\\|b");
    assertEquals("NEW-ID|a\\|b", key.withRuleId("NEW-ID").toString());
  }

  @Test
  void twoWaiversWhoseKeysDifferOnlyInEscapingAreTwoWaivers() {
    Waiver first = Waiver.of(FindingKey.of("ACC-UNOWNED", "a", "b"), "one", "Board", LocalDate.MAX);
    Waiver second = Waiver.of(FindingKey.of("ACC-UNOWNED", "a|b"), "two", "Board", LocalDate.MAX);
    assertNotEquals(first.key(), second.key());
    Arrangement.builder().addWaivers(first, second).build();
    InvalidArrangementException e = assertThrows(InvalidArrangementException.class,
        () -> Arrangement.builder().addWaivers(first, Waiver.of(first.key(), "again", "Board", LocalDate.MAX))
            .build());
    assertEquals(true, e.getMessage().contains("ACC-UNOWNED|a|b"), e.getMessage());
  }
}
