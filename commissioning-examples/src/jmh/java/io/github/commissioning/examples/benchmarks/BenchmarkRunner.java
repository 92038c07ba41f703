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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks through JMH's Runner API, then the 64 MB heap check in a child JVM, and prints, last,
 * one machine-readable line:
 * {@code BENCH e1_check_ms=… e10_check_ms=… floor_ms=… query_us=… chain_ms=… ratio_e10_e1=…
 * ratio_check_floor=… e1_heap_mb=…}.
 */
public final class BenchmarkRunner {

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
        .forks(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(2))
        .measurementIterations(5).measurementTime(TimeValue.seconds(2))
        .jvmArgs("-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch")
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> millis = new HashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      double score = result.getPrimaryResult().getScore();
      TimeUnit unit = result.getParams().getTimeUnit();
      millis.put(name, score * unit.toNanos(1) / 1e6);
    }
    double heap = heapCheck();
    double e1 = millis.getOrDefault("e1Check", Double.NaN);
    double e10 = millis.getOrDefault("e10Check", Double.NaN);
    double floor = millis.getOrDefault("e1Floor", Double.NaN);
    System.out.println(String.format(Locale.ROOT,
        "BENCH e1_check_ms=%.2f e10_check_ms=%.2f floor_ms=%.2f query_us=%.3f chain_ms=%.2f ratio_e10_e1=%.2f "
            + "ratio_check_floor=%.2f e1_heap_mb=%.1f e1_check_executor_ms=%.2f",
        e1, e10, floor, millis.getOrDefault("e1Query", Double.NaN) * 1000, millis.getOrDefault("chainCheck", Double.NaN),
        e10 / e1, e1 / floor, heap, millis.getOrDefault("e1CheckOnExecutor", Double.NaN)));
    System.out.println(String.format(Locale.ROOT,
        "SHAPES deep_tree_100k_check_ms=%.2f crowd_10k_check_ms=%.2f chain_100k_mermaid_ms=%.2f",
        millis.getOrDefault("deepTreeCheck", Double.NaN), millis.getOrDefault("crowdCheck", Double.NaN),
        millis.getOrDefault("chainDiagram", Double.NaN)));
  }

  /** Runs {@link HeapCheck} under -Xmx64m; returns its peak used heap, or NaN if it failed. */
  private static double heapCheck() throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        HeapCheck.class.getName())).redirectErrorStream(true).start();
    double peak = Double.NaN;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        System.out.println("heap check: " + line);
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
