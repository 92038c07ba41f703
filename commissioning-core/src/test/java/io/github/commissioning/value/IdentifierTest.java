package io.github.commissioning.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
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
    assertTrue(control.getMessage().endsWith("it must not contain control characters"), control.getMessage());
  }

  @Test
  void nullCodeIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> OrganisationId.of(null));
    assertEquals("OrganisationId code must not be null", e.getMessage());
  }
}
