package io.github.commissioning.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierTest {

  @Test
  void identifiersOfDifferentTypesWithTheSameCodeAreNotEqual() {
    assertNotEquals(OrganisationId.of("16C"), FunctionId.of("16C"));
    assertEquals(OrganisationId.of("16C"), OrganisationId.of("16C"));
    assertEquals(OrganisationId.of("16C").hashCode(), OrganisationId.of("16C").hashCode());
  }

  @Test
  void identifiersOrderByCode() {
    assertTrue(OrganisationId.of("00C").compareTo(OrganisationId.of("16C")) < 0);
    assertEquals("E38000247", FootprintId.of("E38000247").toString());
    assertEquals("E38000247", FootprintId.of("E38000247").code());
  }

  @Test
  void blankCodeIsRejectedWithTheTypeAndValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrganisationId.of(" "));
    assertEquals("Invalid OrganisationId ' ': it must not be blank", e.getMessage());
  }

  @Test
  void paddedCodeIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FunctionId.of(" pms"));
    assertEquals("Invalid FunctionId ' pms': it must not start or end with whitespace; strip it", e.getMessage());
  }

  @Test
  void overlongAndControlCodesAreRejected() {
    IllegalArgumentException tooLong =
        assertThrows(IllegalArgumentException.class, () -> OrganisationId.of("x".repeat(101)));
    assertTrue(tooLong.getMessage().endsWith("it must be at most 100 characters, was 101"), tooLong.getMessage());
    IllegalArgumentException control = assertThrows(IllegalArgumentException.class, () -> OrganisationId.of("a\tb"));
    assertEquals("Invalid OrganisationId 'a\\u0009b': it must not contain control characters (U+0009 at position 1)",
        control.getMessage());
    assertTrue(tooLong.getMessage().startsWith("Invalid OrganisationId '" + "x".repeat(60) + "… (101 characters)'"),
        tooLong.getMessage());
  }

  @Test
  void invisibleAndWhitespaceLikeCodesAreRejected() {
    // a no-break space, a zero-width space, a byte order mark, bidirectional overrides and isolates, line and
    // paragraph separators, an en space, and a lone surrogate: each would make two organisations of one
    for (String bad : List.of("Q\u00A0", "Q\u00A0R", "Q\u200BR", "\uFEFFQ", "Q\u202ER", "Q\u2066R", "Q\u2028R",
        "Q\u2029R", "Q\u2002R", "Q\uD800R", "Q\uDC00", "Q\u00ADR")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrganisationId.of(bad),
          bad.chars().mapToObj(c -> Integer.toHexString(c)).toList().toString());
      assertTrue(e.getMessage().startsWith("Invalid OrganisationId 'Q") || e.getMessage().startsWith(
          "Invalid OrganisationId '\\uFEFF"), e.getMessage());
      assertTrue(e.getMessage().chars().allMatch(c -> c >= ' ' && c < 0x7F || c == '…'), e.getMessage());
    }
    // ordinary text still passes: an inner space, accents, a paired surrogate
    for (String good : List.of("NHS Tees", "Hôpital", "A\uD83D\uDE00", "16C/pms")) {
      assertEquals(good, OrganisationId.of(good).code());
    }
  }

  @Test
  void nullCodeIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> OrganisationId.of(null));
    assertEquals("OrganisationId code must not be null", e.getMessage());
  }
}
