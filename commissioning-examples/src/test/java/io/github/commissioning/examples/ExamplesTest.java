package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each example runs, and finds what it should: answers and findings, never timings. */
class ExamplesTest {

  private static final LocalDate JUNE_2021 = LocalDate.of(2021, 6, 1);

  private static Out out(ByteArrayOutputStream bytes) {
    return new Out(new PrintStream(bytes, true, StandardCharsets.UTF_8), Out.Format.TEXT);
  }

  private static List<String> keys(Report report) {
    return report.findings().stream().map(f -> f.key().toString()).toList();
  }

  @Test
  void delegatedPrimaryCareIsExercisedByTheCcgAndThePerformersListStaysWithNhsEngland() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DelegatedPrimaryCare.Result result = DelegatedPrimaryCare.run(out(bytes), JUNE_2021);
    assertEquals("NHS England (accountable) → NHS Tees Valley CCG (delegated, s13Z, 2020-04-01 to 2022-06-30)",
        result.contracts.toString());
    assertEquals(OrganisationId.of("X24"), result.performers.exercisedBy().id());
    assertEquals(List.of(), keys(result.report));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("flowchart LR"));
  }

  @Test
  void accountableCareFindsTheSelfCommissioningAndShowsItWaived() {
    AccountableCare.Result result = AccountableCare.run(out(new ByteArrayOutputStream()), JUNE_2021);
    assertEquals(List.of(OrganisationId.of("00L")), List.of(result.chain.exercisedBy().id()));
    assertEquals(List.of("00L-ACO-capitated: 00L -> ACO-NTH", "ACO-RTF-sub: ACO-NTH -> RTF"),
        result.contracts.stream().map(c -> c.id() + ": " + c.commissioner() + " -> " + c.provider()).toList());
    assertEquals(List.of("COI-SELF-COMMISSIONING|ACO-RTF-sub"), keys(result.before));
    assertEquals(List.of(), keys(result.after));
    assertEquals(List.of("COI-SELF-COMMISSIONING|ACO-RTF-sub"),
        result.after.waived().stream().map(f -> f.key().toString()).toList());
  }

  @Test
  void theWaiverNoLongerWaivesAfterItsExpiry() {
    AccountableCare.Result result = AccountableCare.run(out(new ByteArrayOutputStream()), LocalDate.of(2022, 5, 1));
    assertEquals(List.of("COI-SELF-COMMISSIONING|ACO-RTF-sub"), keys(result.after));
    assertEquals(1, result.after.expiredWaivers().size());
  }

  @Test
  void gpLeadersGoFromUndeclaredToInquorateToClean() {
    GpLeaders.Result result = GpLeaders.run(out(new ByteArrayOutputStream()), JUNE_2021);
    assertEquals(List.of("COI-CONFLICTED-VOTE|16C-GB-2021-06-LES|16C-P1", "COI-CONFLICTED-VOTE|16C-GB-2021-06-LES|16C-P4",
        "COI-INQUORATE|16C-GB-2021-06-LES", "COI-UNDECLARED|16C-GB-2021-06-LES|16C-P1",
        "COI-UNDECLARED|16C-GB-2021-06-LES|16C-P4", "COI-CONFLICTED-VOTE|16C-GB-2021-06-LES|16C-P8",
        "COI-INDIRECT|16C-GB-2021-06-LES|16C-P8"), keys(result.undeclared));
    assertEquals(List.of("COI-INQUORATE|16C-GB-2021-06-LES"), keys(result.withdrawn));
    assertEquals(List.of(), keys(result.referred));
  }

  @Test
  void mergersFindTheDelegationLeftWithTheClosedCcgAndTheDiffResolvesIt() {
    Mergers.Result result = Mergers.run(out(new ByteArrayOutputStream()), JUNE_2021);
    assertEquals(OrganisationId.of("00M"), result.before.exercisedBy().id());
    assertEquals(OrganisationId.of("16C"), result.after.exercisedBy().id());
    assertEquals(List.of("ACC-DISSOLVED|00M|X24-00M-pms|after", "ACC-CONFLICTING-DELEGATION|X24-00M-pms|X24-16C-pms"),
        keys(result.beforeReport));
    assertTrue(result.beforeReport.findings().get(0).message().endsWith("pass it to its successor NHS Tees Valley CCG (16C)"),
        result.beforeReport.findings().get(0).message());
    assertEquals(List.of(), keys(result.afterReport));
    assertEquals(2, result.diff.resolved().size());
    assertEquals(List.of(), result.diff.introduced());
  }

  @Test
  void englandAtScaleFindsEachPlantedDefectInItsRegion() {
    EnglandAtScale.Result result = EnglandAtScale.run(out(new ByteArrayOutputStream()), JUNE_2021, Optional.empty());
    assertEquals(List.of("ACC-DISSOLVED|QMJ|93C/community/E38000240/2021-04-01@2022-07-01>QMJ/E38000240|after",
        "ACC-DISSOLVED|QMJ|X24-93C-pms@2022-07-01>QMJ/E38000240|after", "ACC-ONWARD-UNPERMITTED|15F-JC-pms|2021-10-01",
        "ACC-RESERVED-DELEGATED|X24-00L-pms@2022-07-01>QHM/E38000130|pms.performers",
        "ACC-RESERVED-DELEGATED|X24-00L-pms|pms.performers", "ACC-UNOWNED|community|2021-04-01",
        "ACC-OVERLAP|community|02P|02Q"), keys(result.report));
    assertEquals(Map.of("East of England", 1, "London", 2, "North East and Yorkshire", 4), result.byRegion);
    assertEquals(List.of("ACC-RESERVED-DELEGATED|X24-00L-pms|pms.performers", "ACC-UNOWNED|community|2021-04-01",
        "ACC-OVERLAP|community|02P|02Q"), result.shown.stream().map(f -> f.key().toString()).toList());
  }

  @Test
  void englandAtScaleShowsAPlaceOnTheMapOfTheDateAskedAbout() {
    // a CCG of 2021, an STP of 2021 that became an ICB, and a new ICB of 2026 all resolve, on any date
    EnglandAtScale.Result basildon = EnglandAtScale.run(out(new ByteArrayOutputStream()), JUNE_2021,
        Optional.of("99E"));
    assertEquals(List.of("ACC-UNOWNED|community|2021-04-01"),
        basildon.shown.stream().map(f -> f.key().toString()).toList());
    EnglandAtScale.Result essex = EnglandAtScale.run(out(new ByteArrayOutputStream()), LocalDate.of(2026, 6, 1),
        Optional.of("ICB-ESSEX"));
    assertEquals(List.of("ACC-UNOWNED|community|2021-04-01"),
        essex.shown.stream().map(f -> f.key().toString()).toList());
    EnglandAtScale.Result london = EnglandAtScale.run(out(new ByteArrayOutputStream()), LocalDate.of(2026, 6, 1),
        Optional.of("QMJ"));
    assertEquals(2, london.shown.size());
    EnglandAtScale.Result tees = EnglandAtScale.run(out(new ByteArrayOutputStream()), LocalDate.of(2023, 6, 1),
        Optional.of("QHM"));
    assertEquals(List.of("ACC-RESERVED-DELEGATED|X24-00L-pms@2022-07-01>QHM/E38000130|pms.performers"),
        tees.shown.stream().map(f -> f.key().toString()).toList());
    England england = England.load();
    assertEquals("NHS Cambridgeshire and Peterborough ICB", england.place("QUE", LocalDate.of(2023, 1, 1))
        .orElseThrow().name());
    assertTrue(england.place("QUE", LocalDate.of(2021, 6, 1)).orElseThrow().name().endsWith("(before ICBs)"));
    assertTrue(england.place("QUE", LocalDate.of(2026, 6, 1)).orElseThrow().name().contains("abolished on 2026-04-01"));
    assertEquals(List.of(England.icbFootprint("QRL"), FootprintId.of("FRIMLEY-NE-HAMPSHIRE")),
        england.place("QRL", LocalDate.of(2026, 6, 1)).orElseThrow().footprints());
    assertEquals(Optional.empty(), england.place("Y99", JUNE_2021));
  }

  @Test
  void theMainJobRunsTheTourAndListsItsOptions() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    assertEquals(0, Main.commandLine(stream).execute("--example", "MERGERS", "--format", "markdown"));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("# 4. Mergers: three Tees CCGs become one\n"), text);
    assertTrue(text.contains("```\nNHS England (accountable) → NHS South Tees CCG"), text);
    ByteArrayOutputStream help = new ByteArrayOutputStream();
    Main.commandLine(stream).setOut(new PrintWriter(help, true, StandardCharsets.UTF_8)).execute("--help");
    assertTrue(help.toString(StandardCharsets.UTF_8).contains("--example=NAME"), help.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownRegionIsRejectedWithTheValidCodes() {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    int code = Main.commandLine(stream).setErr(new PrintWriter(errors, true, StandardCharsets.UTF_8))
        .execute("--example", "england", "--region", "Y99");
    assertEquals(2, code);
    assertTrue(errors.toString(StandardCharsets.UTF_8).contains("Unknown region 'Y99': give an NHS England region [Y56, "
        + "Y58, Y59, Y60, Y61, Y62, Y63], a CCG of 2021 (06H), an STP or ICB (QUE) or a new ICB of 2026 [ICB-CENTRAL-EAST, "),
        errors.toString(StandardCharsets.UTF_8));
  }

  @Test
  void markdownOutputEscapesWhatDataHolds() {
    assertEquals("\\# NHS \\*Tees\\* \\[CCG\\](http://x) \\<b\\> a\\|b  ERROR forged",
        Out.markdown("# NHS *Tees* [CCG](http://x) <b> a|b\n\nERROR forged"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Out out = new Out(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8), Out.Format.MARKDOWN);
    out.block("", "a\n```\nb");
    assertEquals("````\na\n```\nb\n````\n\n", bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
