package io.github.commissioning.examples.benchmarks;

import io.github.commissioning.examples.Workloads;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.rules.Report;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Loads E1 from the bundled files and checks it once, sampling the used heap during the check, then prints
 * the heap used once E1 is loaded and the peak during the check. Run it with {@code -Xmx48m} to show that E1
 * loads and checks in 48 MB.
 */
public final class HeapCheck {

  private HeapCheck() {
  }

  /**
   * Runs the check.
   *
   * @param args ignored
   */
  public static void main(String[] args) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long[] peak = {0};
    boolean[] running = {true};
    Thread sampler = new Thread(() -> {
      while (running[0]) {
        synchronized (peak) {
          peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
        }
        try {
          Thread.sleep(0, 200_000);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    Arrangement arrangement = Workloads.e1();
    System.gc();
    long loaded = memory.getHeapMemoryUsage().getUsed();
    sampler.setDaemon(true);
    sampler.start();
    Report report = CheckBenchmarks.RULES.check(arrangement);
    running[0] = false;
    sampler.join();
    synchronized (peak) {
      peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
    }
    System.out.println("HEAP findings=" + report.findings().size() + " loaded_mb=" + mb(loaded) + " peak_mb="
        + mb(peak[0]) + " max_mb=" + mb(Runtime.getRuntime().maxMemory()));
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }
}
