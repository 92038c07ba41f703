package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class Transition2022Test {

  @Test
  void theCcgsDelegationsPassToTheirIcbsAndTheAbolitionLeavesNothingDangling() {
    Transition2022.Result result = Transition2022.run(new Out(new PrintStream(OutputStream.nullOutputStream()),
        Out.Format.TEXT));
    England england = England.load();
    String bassetlaw = england.practicesOf("02Q").get(0);
    String glossop = england.glossopPractices().get(0);
    String tameside = england.practicesOf("01Y").stream().filter(p -> !england.glossopPractices().contains(p))
        .findFirst().orElseThrow();
    assertEquals(List.of("A81001 2022-06-30 16C", "A81001 2022-07-01 QHM",
        bassetlaw + " 2022-06-30 02Q", bassetlaw + " 2022-07-01 QT1",
        tameside + " 2022-06-30 01Y", tameside + " 2022-07-01 QOP",
        glossop + " 2022-06-30 01Y", glossop + " 2022-07-01 QJ2"), result.answers);
    // without the transfers, each CCG's delegation and the north east's community duties outlive their CCGs
    List<String> dangling = result.without.findings().stream().map(f -> f.key().toString()).sorted().toList();
    long northEast = england.ccgCodes().stream().filter(c -> england.icbOf(c).orElseThrow().equals("QHM")).count();
    assertEquals(3 + northEast, dangling.size(), dangling.toString());
    assertEquals(List.of("ACC-DISSOLVED|01Y|X24-01Y-pms|after", "ACC-DISSOLVED|02Q|X24-02Q-pms|after",
        "ACC-DISSOLVED|16C|X24-16C-pms|after"), dangling.stream().filter(k -> k.contains("-pms")).toList());
    assertEquals(List.of(), result.with.findings().stream().map(f -> f.key().toString()).toList());
    assertEquals(3 + northEast, result.diff.resolved().size());
  }
}
