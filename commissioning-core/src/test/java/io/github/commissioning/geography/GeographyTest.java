package io.github.commissioning.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeographyTest {

  private static AreaId area(String code) {
    return AreaId.of(code);
  }

  private static FootprintId fp(String code) {
    return FootprintId.of(code);
  }

  /** Two regions, each of two CCGs of two PCNs of three practices; practice codes interleave. */
  private static List<Footprint> hierarchy() {
    List<Footprint> footprints = new ArrayList<>();
    List<FootprintId> regions = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      List<FootprintId> ccgs = new ArrayList<>();
      for (int c = 0; c < 2; c++) {
        List<FootprintId> pcns = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
          List<AreaId> practices = new ArrayList<>();
          for (int k = 0; k < 3; k++) {
            // interleaved codes: neighbours in code order belong to different PCNs
            practices.add(area("P" + k + r + c + p));
          }
          FootprintId pcn = fp("PCN" + r + c + p);
          footprints.add(Footprint.of(pcn, "PCN " + r + c + p, FootprintLevel.NEIGHBOURHOOD, practices));
          pcns.add(pcn);
        }
        FootprintId ccg = fp("CCG" + r + c);
        footprints.add(Footprint.union(ccg, "CCG " + r + c, FootprintLevel.PLACE, pcns));
        ccgs.add(ccg);
      }
      FootprintId region = fp("R" + r);
      footprints.add(Footprint.union(region, "Region " + r, FootprintLevel.REGION, ccgs));
      regions.add(region);
    }
    footprints.add(Footprint.union(fp("ENG"), "England", FootprintLevel.NATIONAL, regions));
    return footprints;
  }

  @Test
  void nestedFootprintsAreContiguousRuns() {
    List<Footprint> footprints = hierarchy();
    Geography geography = Geography.of(List.of(), footprints);
    assertEquals(24, Access.index(geography).size());
    for (Footprint footprint : footprints) {
      AreaSet set = Access.areas(geography, footprint.id());
      assertEquals(AreaSet.range(set.first(), set.last() + 1), set, footprint + " is not one run: " + set);
    }
    assertEquals(Access.index(geography).all(), Access.areas(geography, fp("ENG")));
  }

  @Test
  void aStraddlingFootprintIsExact() {
    List<Footprint> footprints = new ArrayList<>(hierarchy());
    // a local authority taking one PCN from each CCG of region 0
    footprints.add(Footprint.union(fp("LA1"), "Straddling council", FootprintLevel.PLACE,
        List.of(fp("PCN001"), fp("PCN010"))));
    Geography geography = Geography.of(List.of(), footprints);
    AreaSet council = Access.areas(geography, fp("LA1"));
    AreaSet ccg00 = Access.areas(geography, fp("CCG00"));
    AreaSet ccg01 = Access.areas(geography, fp("CCG01"));
    assertEquals(6, council.size());
    assertEquals(Access.areas(geography, fp("PCN001")), council.intersection(ccg00));
    assertEquals(Access.areas(geography, fp("PCN010")), council.intersection(ccg01));
    assertFalse(ccg00.containsAll(council));
    assertTrue(Access.areas(geography, fp("R0")).containsAll(council));
    assertEquals(AreaSet.empty(), council.difference(ccg00.union(ccg01)));
  }

  @Test
  void areasAreNamedWhenDeclared() {
    Geography geography = Geography.of(List.of(Area.of(area("P0000"), "The Densham Surgery")), hierarchy());
    assertEquals("The Densham Surgery", geography.nameOf(area("P0000")));
    assertEquals("P1000", geography.nameOf(area("P1000")));
    assertEquals(AreaSet.of(Access.index(geography).indexOf(area("P0000"))), Access.areas(geography, List.of(area("P0000"))));
  }

  @Test
  void everyProblemIsListed() {
    List<Footprint> footprints = List.of(
        Footprint.union(fp("A"), "A", FootprintLevel.REGION, List.of(fp("B"))),
        Footprint.union(fp("B"), "B", FootprintLevel.SYSTEM, List.of(fp("C"), fp("X"))),
        Footprint.union(fp("C"), "C", FootprintLevel.PLACE, List.of(fp("A"))),
        Footprint.of(fp("D"), "D", FootprintLevel.PLACE, List.of(area("1"))),
        Footprint.of(fp("D"), "D again", FootprintLevel.PLACE, List.of(area("2"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Geography.of(List.of(), footprints));
    assertEquals("Invalid geography, 3 problems:\n"
        + "  - Footprint D: the id is used by 2 footprints; give each a distinct id\n"
        + "  - Footprint B: part X is not a footprint of this arrangement; add it or correct the id\n"
        + "  - Footprint A: it is defined through itself (A → B → C → A); remove one of these parts",
        e.getMessage());
  }

  @Test
  void unknownFootprintOrAreaIsAnError() {
    Geography geography = Geography.of(List.of(), hierarchy());
    IllegalArgumentException footprint = assertThrows(IllegalArgumentException.class, () -> Access.areas(geography, fp("Q")));
    assertEquals("Unknown footprint Q: it is not a footprint of this arrangement; add it or correct the id",
        footprint.getMessage());
    IllegalArgumentException area = assertThrows(IllegalArgumentException.class,
        () -> Access.index(geography).indexOf(area("Z")));
    assertEquals("Unknown area Z: no footprint of this arrangement names it; add it to a footprint or correct the id",
        area.getMessage());
  }

  @Test
  void emptyFootprintIsRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Footprint.builder().id(fp("E")).name("Empty").level(FootprintLevel.PLACE).build());
    assertEquals("Footprint E (Empty) has no areas and no parts: add areas with addAreas(…) or parts with addParts(…)",
        e.getMessage());
  }
}
