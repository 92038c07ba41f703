package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnePlaceTest {

  static OnePlace.Result run(LocalDate abolition) {
    return OnePlace.run(new Out(new PrintStream(OutputStream.nullOutputStream()), Out.Format.TEXT), abolition);
  }

  @Test
  void whoOwnsPrimaryCareDentalAndSpecialisedServicesAtOnePracticeFrom2014To2027() {
    OnePlace.Result result = run(LocalDate.of(2027, 4, 1));
    assertEquals("D81001", result.practice);
    List<String> answers = result.answers;
    assertTrue(answers.contains("2014-06-01 Primary medical services: accountable NHS England; exercised by NHS England"));
    assertTrue(answers.contains("2022-06-30 Primary medical services: accountable NHS England; exercised by "
        + "NHS Cambridgeshire and Peterborough CCG"));
    assertTrue(answers.contains("2022-07-01 Primary medical services: accountable NHS England; exercised by "
        + "NHS Cambridgeshire and Peterborough ICB"));
    assertTrue(answers.contains("2022-07-01 Dental services: accountable NHS England; exercised by NHS England"));
    assertTrue(answers.contains("2023-04-01 Dental services: accountable NHS England; exercised by "
        + "NHS Cambridgeshire and Peterborough ICB"));
    assertTrue(answers.contains("2024-04-01 Specialised services: accountable NHS England; exercised by "
        + "East of England specialised services joint committee (illustrative)"));
    assertTrue(answers.contains("2026-04-01 Primary medical services: accountable NHS England; exercised by "
        + "NHS Central East ICB"));
    assertTrue(answers.contains("2026-04-01 GMS contract held with NHS England"));
    assertTrue(answers.contains("2027-04-01 Primary medical services: accountable NHS Central East ICB; exercised "
        + "by NHS Central East ICB"));
    assertTrue(answers.contains("2027-04-01 Dental services: accountable NHS Central East ICB; exercised by "
        + "NHS Central East ICB"));
    assertTrue(answers.contains("2027-04-01 Specialised services: accountable Department of Health and Social "
        + "Care; exercised by East of England specialised services joint committee (illustrative)"));
    assertTrue(answers.contains("2027-04-01 GMS contract held with NHS Central East ICB"));
    assertEquals(9 * 4, answers.size());
    // the one thing broken: the Secretary of State's joint committee has no power in the law as modelled
    assertEquals(List.of("ACC-INELIGIBLE-DELEGATE|X24-Y61-SPEC-JC@2027-04-01>DHSC/E40000007"),
        result.report.findings().stream().map(f -> f.key().toString()).toList());
  }

  @Test
  void aLaterAbolitionLeavesNhsEnglandAccountableUntilThen() {
    OnePlace.Result result = run(LocalDate.of(2028, 4, 1));
    assertTrue(result.answers.contains("2028-03-31 Primary medical services: accountable NHS England; exercised by "
        + "NHS Central East ICB"));
    assertTrue(result.answers.contains("2028-04-01 Primary medical services: accountable NHS Central East ICB; "
        + "exercised by NHS Central East ICB"));
  }
}
