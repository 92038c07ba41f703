package io.github.commissioning.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.networknt.schema.InputFormat;
import io.github.commissioning.json.ArrangementFiles.Syntax;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.rules.RuleSet;
import io.github.commissioning.testing.Scenarios;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Write, then read, gives an equal arrangement and a byte-identical report, in JSON and in YAML. */
class RoundTripProperties {

  private static final int EXAMPLES = 60;
  static final RuleSet RULES = RuleSet.standard().asOf(LocalDate.of(2021, 6, 1));

  private static Gen<List<Integer>> choices() {
    return lists().of(integers().between(0, 40)).ofSizeBetween(0, 90);
  }

  @Test
  void writeThenReadGivesAnEqualArrangementAndTheSameReport() {
    qt().withExamples(EXAMPLES).forAll(choices()).checkAssert(choices -> {
      Arrangement arrangement = Scenarios.decode(choices).arrangement();
      String report = ArrangementFiles.writeReport(RULES.check(arrangement), Syntax.JSON);
      for (Syntax syntax : Syntax.values()) {
        String text = ArrangementFiles.write(arrangement, syntax);
        Arrangement back = ArrangementFiles.read(text, syntax, "scenario");
        assertEquals(arrangement, back, syntax::name);
        assertEquals(text, ArrangementFiles.write(back, syntax), syntax::name);
        assertEquals(report, ArrangementFiles.writeReport(RULES.check(back), Syntax.JSON), syntax::name);
      }
    });
  }

  @Test
  void everyGeneratedScenarioAndItsReportMeetTheSchemas() {
    qt().withExamples(EXAMPLES).forAll(choices()).checkAssert(choices -> {
      Arrangement arrangement = Scenarios.decode(choices).arrangement();
      assertEquals(List.of(), SchemasTest.errors(SchemasTest.ARRANGEMENT,
          ArrangementFiles.write(arrangement, Syntax.JSON), InputFormat.JSON));
      assertEquals(List.of(), SchemasTest.errors(SchemasTest.ARRANGEMENT,
          ArrangementFiles.write(arrangement, Syntax.YAML), InputFormat.YAML));
      assertEquals(List.of(), SchemasTest.errors(SchemasTest.REPORT,
          ArrangementFiles.writeReport(RULES.check(arrangement), Syntax.JSON), InputFormat.JSON));
    });
  }
}
