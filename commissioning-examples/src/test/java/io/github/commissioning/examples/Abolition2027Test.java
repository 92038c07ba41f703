package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Abolition2027Test {

  @Test
  void primaryCareBecomesTheIcbsOwnAndTheSecretaryOfStatesJointCommitteeHasNoPower() {
    Abolition2027.Result result = Abolition2027.run(new Out(new PrintStream(OutputStream.nullOutputStream()),
        Out.Format.TEXT), Abolition2027.DEFAULT_DATE);
    String east = England.load().practicesOf("06K").get(0);
    assertEquals(List.of(
        "2027-03-31 primary medical services at A81001: NHS England (accountable) → NHS North East and North Cumbria "
            + "ICB (delegated, s65Z5, 2022-07-01 to 2027-03-31)",
        "2027-03-31 specialised services at " + east + ": NHS England (accountable) → East of England specialised "
            + "services joint committee (illustrative) (joint committee, s65Z5, 2024-04-01 to 2027-03-31)",
        "2027-04-01 primary medical services at A81001: NHS North East and North Cumbria ICB (accountable)",
        "2027-04-01 specialised services at " + east + ": Department of Health and Social Care (accountable) → East "
            + "of England specialised services joint committee (illustrative) (joint committee, NO POWER IN LAW on "
            + "2027-04-01, from 2027-04-01)"), result.chains);
    assertEquals(List.of("ACC-INELIGIBLE-DELEGATE|X24-EAST-spec@2027-04-01>DHSC/E40000007"),
        result.report.findings().stream().map(f -> f.key().toString()).toList());
  }

  @Test
  void anotherDateMovesEverythingToThatDate() {
    Abolition2027.Result result = Abolition2027.run(new Out(new PrintStream(OutputStream.nullOutputStream()),
        Out.Format.TEXT), LocalDate.of(2028, 4, 1));
    assertEquals("2028-04-01 primary medical services at A81001: NHS North East and North Cumbria ICB (accountable)",
        result.chains.get(2));
  }
}
