package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.FootprintLevel;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EnglandTest {

  private static final England ENGLAND = England.load();
  private static final Arrangement ARRANGEMENT = ENGLAND.builder().build();

  @Test
  void theJanuary2022GeographyHasTheKnownCounts() {
    assertEquals(6527, ARRANGEMENT.geography().areas().size());
    Map<FootprintLevel, Integer> levels = new TreeMap<>();
    ARRANGEMENT.footprints().forEach(f -> levels.merge(f.level(), 1, Integer::sum));
    assertEquals(Map.of(FootprintLevel.NATIONAL, 1, FootprintLevel.REGION, 7, FootprintLevel.SYSTEM, 90,
        FootprintLevel.PLACE, 106 + 3, FootprintLevel.NEIGHBOURHOOD, 1254), levels);
    assertEquals(68, ENGLAND.unallocatedPractices(), "1,255 PCN codes: 1,254 PCNs and the placeholder U");
    assertEquals(6527, ARRANGEMENT.geography().areasOf(England.ENGLAND).size());
  }

  @Test
  void theOrganisationsHaveTheKnownCounts() {
    Map<OrganisationKind, Integer> kinds = new TreeMap<>();
    ARRANGEMENT.organisations().forEach(o -> kinds.merge(o.kind(), 1, Integer::sum));
    assertEquals(1, kinds.get(OrganisationKind.NHS_ENGLAND));
    assertEquals(7, kinds.get(OrganisationKind.REGIONAL_TEAM));
    assertEquals(42, kinds.get(OrganisationKind.ICS));
    assertEquals(42 + 6, kinds.get(OrganisationKind.ICB), "42 of 2022, 6 new ones of 2026");
    assertEquals(106, kinds.get(OrganisationKind.CCG));
    assertEquals(1254, kinds.get(OrganisationKind.PCN));
    assertEquals(6527, kinds.get(OrganisationKind.GP_PRACTICE));
    assertEquals(212, kinds.get(OrganisationKind.NHS_TRUST) + kinds.get(OrganisationKind.FOUNDATION_TRUST));
  }

  @Test
  void realCodesNamesAndDatesAreKept() {
    Organisation tees = ARRANGEMENT.organisation(OrganisationId.of("16C")).orElseThrow();
    assertEquals("NHS Tees Valley CCG", tees.name());
    assertEquals(DateRange.of(LocalDate.of(2020, 4, 1), LocalDate.of(2022, 6, 30)), tees.existence());
    assertEquals("The Densham Surgery", ARRANGEMENT.organisation(OrganisationId.of("A81001")).orElseThrow().name());
    assertEquals(DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2020, 3, 31)),
        ENGLAND.ccg("00C").orElseThrow().existence());
    assertEquals("NHS Darlington CCG", ENGLAND.ccg("00C").orElseThrow().name());
    assertTrue(ARRANGEMENT.geography().areasOf(ENGLAND.footprintOf("Y63"))
        .containsAll(ARRANGEMENT.geography().areasOf(ENGLAND.footprintOf("16C"))));
  }

  @Test
  void titleCaseKeepsAcronyms() {
    assertEquals("NHS North East and North Cumbria ICB - 16C", England.titleCase("NHS NORTH EAST AND NORTH CUMBRIA ICB - 16C"));
    assertEquals("Stockton PCN", England.titleCase("STOCKTON PCN"));
  }

  @Test
  void theIcbsOfJuly2022ComeFromTheOdsFileWithBassetlawAndGlossopMoved() {
    assertEquals(42, ENGLAND.icbCodes().size());
    Organisation nenc = ARRANGEMENT.organisation(OrganisationId.of("QHM")).orElseThrow();
    assertEquals("NHS North East and North Cumbria ICB", nenc.name());
    assertEquals(DateRange.startingOn(LocalDate.of(2022, 7, 1)), nenc.existence());
    assertEquals("QHM", ENGLAND.icbOf("16C").orElseThrow());
    // Bassetlaw (02Q) was in the South Yorkshire STP in January 2022, and is in Nottingham and Nottinghamshire's ICB
    assertEquals("QT1", ENGLAND.icbOf("02Q").orElseThrow());
    var geography = ARRANGEMENT.geography();
    assertTrue(geography.encloses(England.icbFootprint("QT1"), ENGLAND.footprintOf("02Q")));
    assertTrue(geography.areasOf(England.icbFootprint("QF7")).stream()
        .noneMatch(geography.areasOf(ENGLAND.footprintOf("02Q"))::contains));
    // Glossop: the five Tameside and Glossop practices in SK13, all of Glossop PCN, moved to Derby and Derbyshire
    assertEquals(List.of("C81077", "C81081", "C81106", "C81615", "C81640"),
        ENGLAND.glossopPractices().stream().sorted().toList());
    for (String practice : ENGLAND.glossopPractices()) {
      assertTrue(geography.areasOf(England.icbFootprint("QJ2")).contains(AreaId.of(practice)), practice);
      assertTrue(!geography.areasOf(England.icbFootprint("QOP")).contains(AreaId.of(practice)), practice);
    }
    // the 42 ICB footprints partition England
    int total = 0;
    for (String icb : ENGLAND.icbCodes()) {
      total += geography.areasOf(England.icbFootprint(icb)).size();
    }
    assertEquals(6527, total);
    assertEquals(106, ENGLAND.transfers2022().size());
  }

  @Test
  void frimleyIsSplitThreeWaysByPostcodeAndNorthEastHampshireHasTheFourteenPracticesReported() {
    var geography = ARRANGEMENT.geography();
    assertEquals(45, geography.areasOf(io.github.commissioning.geography.FootprintId.of("FRIMLEY-EAST-BERKSHIRE")).size());
    assertEquals(13, geography.areasOf(io.github.commissioning.geography.FootprintId.of("FRIMLEY-SURREY")).size());
    // 14: the number of practices Hampshire and the Isle of Wight ICB reported taking on (Haslemere Herald, 2026)
    assertEquals(14, geography.areasOf(io.github.commissioning.geography.FootprintId.of("FRIMLEY-NE-HAMPSHIRE")).size());
    assertEquals(ENGLAND.practicesOf("D4U1Y").size(), 45 + 13 + 14);
  }
}
