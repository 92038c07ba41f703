package io.github.commissioning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The metadata every rule carries, and its validation. */
class RuleInfoTest {

  private static RuleInfo.Builder valid() {
    return RuleInfo.builder("LOCAL-NO-DEPUTY", "Committee without a deputy chair", Severity.WARNING)
        .explanation("Our standing orders require a deputy chair.").remedy("Appoint a deputy chair.");
  }

  @Test
  void aUserRuleNeedsAnExplanationAndARemedyAndDefaultsToProvisional() {
    RuleInfo info = valid().build();
    assertEquals(RuleStatus.PROVISIONAL, info.status());
    assertEquals(List.of(), info.sources());
    assertEquals(List.of(), info.formerIds());
    assertEquals(Optional.empty(), info.documentation());
    assertEquals("LOCAL-NO-DEPUTY (Committee without a deputy chair, WARNING, PROVISIONAL)", info.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RuleInfo.builder("LOCAL-NO-DEPUTY", " ", Severity.WARNING).build());
    assertEquals("Invalid metadata of rule LOCAL-NO-DEPUTY: the title is blank; the explanation is missing: say what "
        + "the rule finds and why it matters; the remedy is missing: say how to fix what the rule finds",
        e.getMessage());
  }

  @Test
  void idsAreUpperCaseWordsJoinedByHyphensAndFormerIdsDifferFromTheId() {
    assertTrue(RuleInfo.isValidId("ACC-UNOWNED"));
    assertTrue(RuleInfo.isValidId("R1"));
    for (String bad : List.of("acc-unowned", "ACC|UNOWNED", "ACC UNOWNED", "-ACC", "ACC-", "ACC--X", "", "1ACC")) {
      assertEquals(false, RuleInfo.isValidId(bad), bad);
    }
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> valid().formerIds("LOCAL-NO-DEPUTY", "old id").build());
    assertEquals("Invalid metadata of rule LOCAL-NO-DEPUTY: former id 'LOCAL-NO-DEPUTY' must be a valid id other than "
        + "the rule's own; former id 'old id' must be a valid id other than the rule's own", e.getMessage());
    IllegalStateException id = assertThrows(IllegalStateException.class,
        () -> RuleInfo.builder("local", "t", Severity.INFO).explanation("e").remedy("r").build());
    assertEquals("Invalid metadata of rule local: id 'local' is not upper-case words and digits joined by hyphens, "
        + "such as ACC-UNOWNED", id.getMessage());
  }

  @Test
  void aStableRuleNeedsASource() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> valid().status(RuleStatus.STABLE).build());
    assertEquals("Invalid metadata of rule LOCAL-NO-DEPUTY: a STABLE rule needs at least one source; add one, or make "
        + "it PROVISIONAL", e.getMessage());
    RuleInfo stable = valid().status(RuleStatus.STABLE)
        .sources(RuleSource.of("Standing orders", "https://example.org/so", "clause 4")).build();
    assertEquals(1, stable.sources().size());
    assertThrows(IllegalStateException.class, () -> valid().documentation(" ").build());
  }

  @Test
  void equalMetadataIsEqual() {
    assertEquals(valid().build(), valid().build());
    assertEquals(valid().build().hashCode(), valid().build().hashCode());
    assertNotEquals(valid().build(), valid().formerIds("LOCAL-OLD").build());
    assertNotEquals(valid().build(), valid().documentation("https://example.org/rule").build());
    assertNotEquals(valid().build(), valid().remedy("Other.").build());
    assertNotEquals(valid().build(), valid().explanation("Other.").build());
    assertNotEquals(valid().build(), RuleInfo.builder("LOCAL-NO-DEPUTY", "Committee without a deputy chair",
        Severity.INFO).explanation("Our standing orders require a deputy chair.").remedy("Appoint a deputy chair.").build());
    assertNotEquals(valid().build(), valid().sources(RuleSource.of("t", "https://example.org", "s")).build());
    assertNotEquals(valid().sources(RuleSource.of("t", "https://e.org", "s")).build(),
        valid().status(RuleStatus.STABLE).sources(RuleSource.of("t", "https://e.org", "s")).build());
  }

  @Test
  void aSourceHasATitleAnHttpLinkAndWhatItSupports() {
    RuleSource source = RuleSource.of("NHS Act 2006, s13Z", "https://www.legislation.gov.uk/ukpga/2006/41/section/13Z",
        "subsection (6)");
    assertEquals("NHS Act 2006, s13Z (https://www.legislation.gov.uk/ukpga/2006/41/section/13Z): subsection (6)",
        source.toString());
    assertEquals(source, RuleSource.of(source.title(), source.link(), source.supports()));
    assertEquals(source.hashCode(), RuleSource.of(source.title(), source.link(), source.supports()).hashCode());
    assertNotEquals(source, RuleSource.of(source.title(), source.link(), "other"));
    IllegalArgumentException link = assertThrows(IllegalArgumentException.class,
        () -> RuleSource.of("t", "ftp://x", "s"));
    assertEquals("Invalid link of rule source 't': 'ftp://x'; give an http or https address", link.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> RuleSource.of(" ", "https://x", "s"));
    assertEquals("Invalid rule source: title ' ' and what it supports 's' must both be given", blank.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RuleSource.of("t", "https://x", ""));
    RuleSource.of("t", "http://x", "s");
  }

  @Test
  void everyStandardRulePointsToItsPageAndHasARemedy() {
    for (Rule rule : RuleSet.standard().rules()) {
      assertEquals(Optional.of("docs/rules/" + rule.id() + ".md"), rule.info().documentation());
      assertEquals(rule.id(), rule.info().id());
      assertTrue(rule.toString().startsWith(rule.id() + " "), rule::toString);
    }
  }
}
