package io.github.commissioning.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.Waiver;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example files of docs/examples: they meet the schemas, read, check and import as the docs say. */
class DocsExamplesTest {

  static final Path EXAMPLES = Path.of("../docs/examples");
  static final RuleSet RULES = RuleSet.standard().asOf(LocalDate.of(2026, 11, 30));

  @Test
  void theExampleArrangementMeetsTheSchemaAndHasOneErrorWhichItsWaiverAccepts() throws IOException {
    Path file = EXAMPLES.resolve("tees-valley.yaml");
    assertEquals(List.of(), SchemasTest.errors(SchemasTest.ARRANGEMENT, Files.readString(file), InputFormat.YAML));
    Arrangement arrangement = ArrangementFiles.read(file);
    Report report = RULES.check(arrangement);
    assertEquals(List.of("ACC-DISSOLVED|16C|X24>16C/pms/E38000247/2020-04-01|after"),
        report.findings().stream().map(f -> f.key().toString()).toList());
    Path waiversFile = EXAMPLES.resolve("tees-valley-waivers.yaml");
    assertEquals(List.of(), SchemasTest.errors(SchemasTest.WAIVERS, Files.readString(waiversFile), InputFormat.YAML));
    List<Waiver> waivers = ArrangementFiles.readWaivers(waiversFile);
    Report waived = RULES.check(arrangement.toBuilder().addAllWaivers(waivers).build());
    assertEquals(List.of(), waived.findings());
    assertEquals(1, waived.waived().size());
    assertEquals(List.of(), SchemasTest.errors(SchemasTest.REPORT,
        ArrangementFiles.writeReport(waived, ArrangementFiles.Syntax.JSON), InputFormat.JSON));
  }

  @Test
  void theSampleRegisterImportsItsMatchedRowsAndReportsTheRest() throws IOException {
    Arrangement arrangement = ArrangementFiles.read(EXAMPLES.resolve("tees-valley.yaml"));
    RegisterOfInterests.Import imported = RegisterOfInterests.read(EXAMPLES.resolve("register-of-interests.csv"),
        arrangement, LocalDate.of(2021, 6, 1));
    assertEquals(List.of("P1", "P-Paul-Hart"), List.of(arrangement.people().get(0).id().code(),
        imported.people().get(0).id().code()));
    List<Interest> interests = imported.interests();
    assertEquals(3, interests.size());
    assertEquals(List.of("P1 FINANCIAL A81001 2013-04-01/.. declared 2021-06-01",
        "P1 FINANCIAL FED1 2019-07-01/.. declared 2021-06-01",
        "P-Paul-Hart INDIRECT FED1 2020-10-01/2022-03-31 declared 2021-06-01"),
        interests.stream().map(i -> i.person().code() + " " + i.kind() + " " + i.organisation().code() + " "
            + i.period() + " declared " + i.declared().orElseThrow()).toList());
    assertEquals("Withdraws from decisions on the practice's contract", imported.actions().get(interests.get(0)));
    assertEquals(2, imported.rejected().size());
    RegisterOfInterests.RejectedRow trust = imported.rejected().get(0);
    assertEquals(5, trust.line());
    assertTrue(trust.reason().startsWith("no organisation of the arrangement has the code or exact name "
        + "'North Tees and Hartlepool NHS Foundation Trust'"), trust::toString);
    RegisterOfInterests.RejectedRow badDate = imported.rejected().get(1);
    assertEquals(6, badDate.line());
    assertTrue(badDate.reason().contains("'31/02/2021' is not a date"), badDate::toString);
    Arrangement withInterests = imported.applyTo(arrangement);
    assertEquals(3, withInterests.interests().size());
    assertEquals(1, withInterests.interests().stream().filter(i -> i.kind() == InterestKind.INDIRECT).count());
    assertEquals(2, withInterests.people().size());
  }

  @Test
  void aRegisterWithoutTheRequiredColumnsIsRefusedNamingThem() {
    FormatException e = assertThrows(FormatException.class, () -> RegisterOfInterests.read(
        "Name,Organisation\nDr A,X24\n", "register.csv", ArrangementFiles.read("{}", ArrangementFiles.Syntax.JSON,
            "empty"), LocalDate.of(2021, 6, 1)));
    assertEquals(3, e.problems().size(), e::getMessage);
    assertTrue(e.problems().get(0).message().startsWith("the header has no 'Declared Interest' column"), e::getMessage);
  }
}
