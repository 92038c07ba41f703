package io.github.commissioning.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Law;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.OrganisationKind;
import io.github.commissioning.model.Power;
import io.github.commissioning.testing.Scenarios;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The module on a user's own mappers: every part type, the arrangement, and a report. */
class CommissioningModuleTest {

  static final JsonMapper JSON = JsonMapper.builder().addModule(new CommissioningModule()).build();
  static final YAMLMapper YAML = YAMLMapper.builder().addModule(new CommissioningModule()).build();

  static final Arrangement ALL_DEFECTS = Scenarios.planted(io.github.commissioning.testing.DefectKind.values())
      .arrangement();
  static final Arrangement SUCCESSION = Scenarios.planted(io.github.commissioning.testing.DefectKind.SUCCESSION_GAP,
      io.github.commissioning.testing.DefectKind.TRANSFER_INELIGIBLE).arrangement();

  @Test
  void everyPartTypeRoundTripsThroughAUsersOwnMapper() {
    int checked = 0;
    for (Arrangement arrangement : List.of(ALL_DEFECTS, SUCCESSION)) {
      checked += roundTrip(arrangement);
    }
    assertTrue(checked > 100, "parts checked: " + checked);
    assertTrue(!SUCCESSION.transfers().isEmpty() && !ALL_DEFECTS.contracts().isEmpty()
        && !ALL_DEFECTS.decisions().isEmpty() && !ALL_DEFECTS.expectations().isEmpty());
    DateRange period = DateRange.startingOn(LocalDate.of(2022, 7, 1));
    assertEquals("\"2022-07-01/..\"", JSON.writeValueAsString(period));
    assertEquals(period, JSON.readValue("\"2022-07-01/..\"", DateRange.class));
  }

  static int roundTrip(Arrangement arrangement) {
    int checked = 0;
    List<List<?>> sections = List.of(arrangement.areas(), arrangement.footprints(), arrangement.organisations(),
        arrangement.affiliations(), arrangement.functions(), arrangement.duties(), arrangement.delegations(),
        arrangement.contracts(), arrangement.transfers(), arrangement.expectations(), arrangement.people(),
        arrangement.bodies(), arrangement.memberships(), arrangement.interests(), arrangement.decisions(),
        arrangement.waivers());
    for (List<?> section : sections) {
      for (Object part : section) {
        // the public type: a record, or the abstract class the Immutables implementation extends
        Class<?> type = part.getClass().isRecord() ? part.getClass() : part.getClass().getSuperclass();
        assertEquals(part, JSON.readValue(JSON.writeValueAsString(part), type));
        assertEquals(part, YAML.readValue(YAML.writeValueAsString(part), type));
        checked++;
      }
    }
    assertEquals(arrangement, JSON.readValue(JSON.writeValueAsString(arrangement), Arrangement.class));
    assertEquals(arrangement, YAML.readValue(YAML.writeValueAsString(arrangement), Arrangement.class));
    return checked;
  }

  @Test
  void aLawWithAbolitionLifetimesAndPowersRoundTrips() {
    Law law = Law.england().withNhsEnglandAbolishedOn(LocalDate.of(2027, 4, 1))
        .withLifetime(OrganisationKind.ICB, DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2030, 3, 31)))
        .withPower(new Power(Mechanism.JOINT_COMMITTEE, Set.of(OrganisationKind.SECRETARY_OF_STATE),
            Set.of(OrganisationKind.JOINT_COMMITTEE, OrganisationKind.ICB), DateRange.startingOn(LocalDate.of(2027, 4, 1)),
            "s5A (illustrative)", "https://example.org/illustrative"));
    Arrangement arrangement = ALL_DEFECTS.with(law);
    String yaml = ArrangementFiles.write(arrangement, ArrangementFiles.Syntax.YAML);
    assertTrue(yaml.contains("nhsEnglandAbolishedOn: 2027-04-01"), yaml);
    assertEquals(arrangement, ArrangementFiles.read(yaml, ArrangementFiles.Syntax.YAML, "law"));
    Law unwritable = Law.england().withPower(law.powers().get(law.powers().size() - 1))
        .withNhsEnglandAbolishedOn(LocalDate.of(2027, 4, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArrangementFiles.write(ALL_DEFECTS.with(unwritable), ArrangementFiles.Syntax.JSON));
    assertTrue(e.getMessage().contains("give NHS England's abolition first"), e::getMessage);
  }

  @Test
  void aBadValueThroughTheModuleListsItsProblems() {
    DatabindException e = assertThrows(DatabindException.class, () -> JSON.readValue(
        "{\"delegator\": \"X24\", \"delegat\": \"16C\", \"function\": \"pms\", \"footprint\": \"F\", "
            + "\"mechanism\": \"DELEGATE\", \"period\": \"2020-04-01/..\"}", Delegation.class));
    FormatException cause = assertInstanceOf(FormatException.class, e.getCause());
    assertEquals(List.of("/delegat", "", "/mechanism"),
        cause.problems().stream().map(FormatProblem::pointer).toList(), cause::getMessage);
  }
}
