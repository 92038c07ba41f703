package io.github.commissioning.examples.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks through JMH's Runner API — three forks of ten one-second iterations each, after ten of
 * warm-up (twenty for E10, CHAIN, the deep tree and the long diagram: see {@link CheckBenchmarks}), in JVMs with
 * a fixed, pre-touched 3 GB heap and the parallel collector, with JMH's GC profiler —
 * then the 48 MB heap check in a child JVM (and, if E1 does not fit, the same check with 8 MB more at a time,
 * up to 192 MB, for {@code e1_fits_xmx_mb}, which is -1 if it fits in none), and prints, last, one
 * machine-readable line:
 * {@code BENCH e1_check_ms=… e10_check_ms=… floor_ms=… query_us=… chain_ms=… ratio_e10_e1=… ratio_check_floor=…
 * e1_heap_mb=… e1_check_executor_ms=… e1_three_ms=… ratio_three_floor=… e1_alloc_mb=… e1_check_err_pct=… exercised_by_ns=…
 * deep_tree_100k_check_ms=… crowd_10k_check_ms=… chain_100k_mermaid_ms=… e1_fits_xmx_mb=…}. The ratios are
 * computed within the run; {@code e1_check_err_pct} is JMH's 99.9 % error of the E1 check as a share of its score.
 */
public final class BenchmarkRunner {

  /** The heap, in MB, that the E1 load and check must fit in. */
  static final int HEAP_LIMIT_MB = 48;

  private BenchmarkRunner() {
  }

  /**
   * Runs everything.
   *
   * @param args ignored
   * @throws RunnerException if JMH fails
   * @throws IOException if the heap check cannot be started
   * @throws InterruptedException if interrupted while waiting for it
   */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    Options options = new OptionsBuilder()
        .include(CheckBenchmarks.class.getName() + ".*")
        .forks(3)
        // warm-up and measurement as CheckBenchmarks declares them: ten one-second iterations of each, and
        // twenty of warm-up for the checks of the large shapes
        .jvmArgs("-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC")
        .addProfiler(GCProfiler.class)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> millis = new HashMap<>();
    Map<String, Double> errors = new HashMap<>();
    double alloc = Double.NaN;
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      double score = result.getPrimaryResult().getScore();
      TimeUnit unit = result.getParams().getTimeUnit();
      millis.put(name, score * unit.toNanos(1) / 1e6);
      errors.put(name, 100 * result.getPrimaryResult().getScoreError() / score);
      Result<?> norm = result.getSecondaryResults().get("gc.alloc.rate.norm");
      if (name.equals("e1Check") && norm != null) {
        alloc = norm.getScore() / (1024.0 * 1024.0);
      }
    }
    double heap = heapCheck(HEAP_LIMIT_MB);
    // when E1 does not fit, the least heap it does fit in, in steps of 8 MB: how far the target is
    int fits = Double.isNaN(heap) ? -1 : HEAP_LIMIT_MB;
    for (int mb = HEAP_LIMIT_MB + 8; fits < 0 && mb <= 4 * HEAP_LIMIT_MB; mb += 8) {
      if (!Double.isNaN(heapCheck(mb))) {
        fits = mb;
      }
    }
    double e1 = millis.getOrDefault("e1Check", Double.NaN);
    double e10 = millis.getOrDefault("e10Check", Double.NaN);
    double floor = millis.getOrDefault("e1Floor", Double.NaN);
    double three = millis.getOrDefault("e1Three", Double.NaN);
    System.out.println(String.format(Locale.ROOT,
        "BENCH e1_check_ms=%.2f e10_check_ms=%.2f floor_ms=%.2f query_us=%.3f chain_ms=%.2f ratio_e10_e1=%.2f "
            + "ratio_check_floor=%.2f e1_heap_mb=%.1f e1_check_executor_ms=%.2f e1_three_ms=%.2f "
            + "ratio_three_floor=%.2f e1_alloc_mb=%.1f e1_check_err_pct=%.1f exercised_by_ns=%.1f "
            + "deep_tree_100k_check_ms=%.2f crowd_10k_check_ms=%.2f chain_100k_mermaid_ms=%.2f e1_fits_xmx_mb=%d",
        e1, e10, floor, millis.getOrDefault("e1Query", Double.NaN) * 1000, millis.getOrDefault("chainCheck", Double.NaN),
        e10 / e1, e1 / floor, heap, millis.getOrDefault("e1CheckOnExecutor", Double.NaN), three, three / floor, alloc,
        errors.getOrDefault("e1Check", Double.NaN), millis.getOrDefault("e1ExercisedBy", Double.NaN) * 1e6,
        millis.getOrDefault("deepTreeCheck", Double.NaN),
        millis.getOrDefault("crowdCheck", Double.NaN), millis.getOrDefault("chainDiagram", Double.NaN), fits));
  }

  /** Runs {@link HeapCheck} with a heap of so many MB; returns its peak used heap, or NaN if it failed. */
  private static double heapCheck(int megabytes) throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process = new ProcessBuilder(List.of(java, "-Xmx" + megabytes + "m", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
        HeapCheck.class.getName())).redirectErrorStream(true).start();
    double peak = Double.NaN;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        System.out.println("heap check (-Xmx" + megabytes + "m): " + line);
        if (line.startsWith("HEAP ")) {
          for (String part : line.split(" ")) {
            if (part.startsWith("peak_mb=")) {
              peak = Double.parseDouble(part.substring("peak_mb=".length()));
            }
          }
        }
      }
    }
    int code = process.waitFor();
    return code == 0 ? peak : Double.NaN;
  }
}
