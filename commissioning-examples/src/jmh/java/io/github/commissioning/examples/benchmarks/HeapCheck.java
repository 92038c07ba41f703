package io.github.commissioning.examples.benchmarks;

import io.github.commissioning.examples.Workloads;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.rules.Report;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Loads E1 from the bundled files and checks it once, then prints the peak used heap: the sum, over the
 * heap's memory pools, of their peak usage since the JVM started. Run it with {@code -Xmx64m} to show that
 * E1 loads and checks in 64 MB.
 */
public final class HeapCheck {

  private HeapCheck() {
  }

  /**
   * Runs the check.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Arrangement arrangement = Workloads.e1();
    Report report = CheckBenchmarks.RULES.check(arrangement);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("HEAP findings=" + report.findings().size() + " peak_mb=" + peak / (1024.0 * 1024.0)
        + " max_mb=" + Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
  }
}
