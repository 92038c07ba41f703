package io.github.commissioning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's commands, in process: what they print and the exit codes they return. */
class CliTest {

  static final Path EXAMPLE = Path.of("../docs/examples/tees-valley.yaml");
  static final Path WAIVERS = Path.of("../docs/examples/tees-valley-waivers.yaml");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

  record Run(int code, String out, String err) {
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.commandLine(CLOCK).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
        .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void checkFailsOnAnErrorAndPassesOnceItIsWaived() {
    Run failing = run("check", EXAMPLE.toString());
    assertEquals(Cli.FINDINGS, failing.code(), failing::toString);
    assertTrue(failing.out().contains("ERROR ACC-DISSOLVED: NHS Tees Valley CCG (16C) closed on 2022-06-30"),
        failing::out);
    assertTrue(failing.out().contains("waivers judged as of 2026-11-30"), failing::out);
    Run waived = run("check", EXAMPLE.toString(), "--waivers", WAIVERS.toString());
    assertEquals(Cli.OK, waived.code(), waived::toString);
    assertEquals(Cli.OK, run("check", EXAMPLE.toString(), "--fail-on", "never").code());
    Run expired = run("check", EXAMPLE.toString(), "--waivers", WAIVERS.toString(), "--as-of", "2027-01-01");
    assertEquals(Cli.FINDINGS, expired.code(), "the waiver expires on 2026-12-31");
  }

  @Test
  void checkWritesJsonAndMarkdown() {
    Run json = run("check", EXAMPLE.toString(), "--format", "json", "--as-of", "2026-11-30");
    assertTrue(json.out().startsWith("{\n  \"format\" : \"commissioning-report/1\""), json::out);
    assertTrue(json.out().contains("\"key\" : \"ACC-DISSOLVED|16C|X24>16C/pms/E38000247/2020-04-01|after\""),
        json::out);
    Run markdown = run("check", EXAMPLE.toString(), "--format", "markdown");
    assertTrue(markdown.out().startsWith("# Commissioning check: \\.\\./docs/examples/tees\\-valley\\.yaml\n"),
        markdown::out);
    assertTrue(markdown.out().contains("## ACC-DISSOLVED: "), markdown::out);
  }

  @Test
  void anInvalidFileListsEveryProblemAndExitsThree(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), Files.readString(EXAMPLE)
        .replace("delegate: 16C", "delegat: 16C").replace("level: PLACE", "level: TOWN"));
    Run run = run("check", bad.toString());
    assertEquals(Cli.INPUT, run.code(), run::toString);
    assertTrue(run.err().startsWith("3 problems in " + bad), run::err);
    assertTrue(run.err().contains("at /delegations/0/delegat: unknown field 'delegat' in a Delegation (did you mean "
        + "'delegate'?); its fields are id, delegator, delegate, "), run::err);
    assertEquals(Cli.INPUT, run("check", dir.resolve("missing.yaml").toString()).code());
    assertEquals(Cli.INPUT, run("check", EXAMPLE.toString(), "--waivers", bad.toString()).code());
  }

  @Test
  void whoPrintsTheChain() {
    Run run = run("who", EXAMPLE.toString(), "--function", "pms", "--area", "A81001", "--date", "2021-06-01");
    assertEquals(Cli.OK, run.code(), run::toString);
    assertEquals("NHS England (accountable) → NHS Tees Valley CCG (delegated, s13Z, from 2020-04-01)\n"
        + "accountable: NHS England (X24)\nexercised by: NHS Tees Valley CCG (16C)\n", run.out());
    Run before = run("who", EXAMPLE.toString(), "--function", "pms", "--area", "A81001", "--date", "2012-06-01");
    assertEquals(Cli.FINDINGS, before.code(), before::toString);
    Run unknown = run("who", EXAMPLE.toString(), "--function", "dental", "--area", "A81001", "--date", "2021-06-01");
    assertEquals(Cli.USAGE, unknown.code());
    assertTrue(unknown.err().contains("No function 'dental'"), unknown::err);
  }

  @Test
  void diffShowsTheFindingResolved(@TempDir Path dir) throws IOException {
    Path after = Files.writeString(dir.resolve("after.yaml"), Files.readString(EXAMPLE)
        .replace("period: 2020-04-01/..\n    keptBack", "period: 2020-04-01/2022-06-30\n    keptBack"));
    Run run = run("diff", EXAMPLE.toString(), after.toString());
    assertEquals(Cli.OK, run.code(), run::toString);
    assertTrue(run.out().contains("resolved"), run::out);
    assertEquals(Cli.FINDINGS, run("diff", after.toString(), EXAMPLE.toString()).code());
  }

  @Test
  void explainPrintsTheRulesPage() {
    Run run = run("explain", "acc-unowned");
    assertEquals(Cli.OK, run.code(), run::toString);
    assertTrue(run.out().startsWith("# ACC-UNOWNED: "), run::out);
    Run unknown = run("explain", "ACC-UNOWED");
    assertEquals(Cli.USAGE, unknown.code());
    assertTrue(unknown.err().contains("Unknown rule 'ACC-UNOWED'; did you mean ACC-UNOWNED?"), unknown::err);
  }

  @Test
  void helpVersionAndUsageErrors() {
    Run help = run("--help");
    assertEquals(Cli.OK, help.code());
    assertTrue(help.out().contains("Exit codes: 0 success"), help::out);
    assertTrue(run("--version").out().startsWith("commissioning "));
    assertEquals(Cli.USAGE, run("check").code());
    assertEquals(Cli.USAGE, run("check", EXAMPLE.toString(), "--fail-on", "sometimes").code());
    assertEquals(Cli.USAGE, run("check", EXAMPLE.toString(), "--as-of", "2026-13-01").code());
    assertEquals(Cli.USAGE, run().code());
  }

  @Test
  void aLongInputShowsProgressOnStderr(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    StringBuilder areas = new StringBuilder();
    for (int i = 0; i < 120_000; i++) {
      areas.append(i == 0 ? "" : ", ").append("\"P").append(i).append('"');
    }
    Files.writeString(big, "{\"footprints\": [{\"id\": \"ENG\", \"name\": \"England\", \"level\": \"NATIONAL\", "
        + "\"areas\": [" + areas + "]}], \"organisations\": [{\"id\": \"X24\", \"name\": \"NHS England\", "
        + "\"kind\": \"NHS_ENGLAND\", \"footprint\": \"ENG\"}]}");
    assertTrue(Files.size(big) > Cli.PROGRESS_BYTES, () -> "size " + big.toFile().length());
    Run run = run("check", big.toString(), "--fail-on", "never");
    assertEquals(Cli.OK, run.code(), run::err);
    assertTrue(run.err().startsWith("reading " + big + " ("), run::err);
    assertTrue(run.err().contains("checked " + big + " with 38 rules in "), run::err);
    assertEquals("", run("check", big.toString(), "--fail-on", "never", "--quiet").err());
  }
}
