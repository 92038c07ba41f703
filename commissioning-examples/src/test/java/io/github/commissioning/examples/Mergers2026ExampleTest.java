package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class Mergers2026ExampleTest {

  @Test
  void theDraftSchemesLeaveEveryPartOfTheSplitsWithNobodyAndTheSchemesAsMadeLeaveNothing() {
    Mergers2026.Result result = Mergers2026.run(new Out(new PrintStream(OutputStream.nullOutputStream()),
        Out.Format.TEXT));
    assertEquals(List.of(
        "ACC-SUCCESSION-GAP|QJG-2026|QJG-RDE-community|commissioner",
        "ACC-SUCCESSION-GAP|QJG-2026|QJG/community/QJG-2022/2022-07-01|duty",
        "ACC-SUCCESSION-GAP|QJG-2026|X24-QJG-pms|delegate",
        "ACC-SUCCESSION-GAP|QM7-2026|QM7/community/QM7-2022/2022-07-01|duty",
        "ACC-SUCCESSION-GAP|QM7-2026|X24-QM7-pms|delegate",
        "ACC-UNOWNED|community|2026-04-01"),
        result.draft.findings().stream().map(f -> f.key().toString()).toList());
    // the gaps are exactly West Essex's and North East Essex's practices
    England england = England.load();
    assertEquals(england.practicesOf("07H").size() + england.practicesOf("06T").size(),
        result.draft.findings().get(result.draft.findings().size() - 1).areas().size());
    assertEquals(List.of(), result.made.findings());
    assertEquals(List.of("2026-03-31: NHS England (accountable) → NHS Hertfordshire and West Essex ICB (delegated, "
        + "s65Z5, 2022-07-01 to 2026-03-31)", "2026-04-01: NHS England (accountable) → NHS Essex ICB (delegated, "
        + "s65Z5, from 2026-04-01)"), result.westEssex);
  }
}
