package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DentalPharmacyOptometryTest {

  @Test
  void nhsEnglandIsAccountableTheIcbOrTheHubExercisesAndThePracticeHoldsTheContract() {
    Answers result = DentalPharmacyOptometry.run(new Out(new PrintStream(
        OutputStream.nullOutputStream()), Out.Format.TEXT), LocalDate.of(2024, 6, 1));
    assertEquals(List.of("P82001 2022-06-30 exercises: NHS England", "P82001 2022-07-01 exercises: NHS Greater "
        + "Manchester ICB", "M81062 accountable: NHS England", "M81062 exercises: NHS Birmingham and Solihull ICB",
        "L82001 accountable: NHS England",
        "L82001 exercises: South West collaborative commissioning hub (illustrative joint committee)",
        "L82001 contract: GDS GDS-SW-1 held by A Truro dental practice (illustrative) with NHS England"),
        result.answers());
    // the Midlands committees in common's second decision lacks one ICB's ratification (planted)
    assertEquals(List.of("ACC-UNRATIFIED|Y60-POD-2024-05"),
        result.report().findings().stream().map(f -> f.key().toString()).toList());
    assertEquals(7, DentalPharmacyOptometry.icbsOf(DentalPharmacyOptometry.SOUTH_WEST).size());
  }

  @Test
  void beforeApril2023NhsEnglandExercisesDentalServicesItself() {
    var accountability = io.github.commissioning.accountability.Accountability.of(
        DentalPharmacyOptometry.arrangement());
    assertEquals("NHS England", accountability.exercisedBy(DentalPharmacyOptometry.DENTAL,
        io.github.commissioning.geography.AreaId.of("M81062"), LocalDate.of(2023, 3, 31)).orElseThrow().name());
  }
}
