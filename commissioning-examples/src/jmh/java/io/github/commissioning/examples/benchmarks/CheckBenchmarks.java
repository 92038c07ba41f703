package io.github.commissioning.examples.benchmarks;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.accountability.Diagrams;
import io.github.commissioning.examples.Workloads;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The measures of the performance issue: the full check, the analysis alone, one query, and the floor. Each
 * is measured in ten one-second iterations after ten of warm-up; the checks of the large shapes (E10, CHAIN,
 * the deep tree) and the long diagram, of which a second holds ten or fewer, warm up for twenty. On two cores,
 * the one optimising compiler thread can take longer than ten seconds over their many large methods: on E10,
 * one rule's passes over 196,000 contracts were seen still interpreted 16 seconds after the JVM started.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
public class CheckBenchmarks {

  /** The warm-up of the checks of the large shapes, each operation a tenth of a second or more. */
  private static final int LONG_WARMUP = 20;

  static final RuleSet RULES = RuleSet.standard().asOf(LocalDate.of(2022, 1, 1));

  /** The three rules of the side-by-side comparison: coverage gaps, overlaps, and delegations of what is not held. */
  static final RuleSet THREE = RuleSet.of(RULES.rules().stream()
      .filter(r -> List.of("ACC-UNOWNED", "ACC-OVERLAP", "ACC-NOT-HELD").contains(r.id())).toList())
      .asOf(LocalDate.of(2022, 1, 1));

  /** E1: the real geography of England with realistic volumes. */
  @State(Scope.Benchmark)
  public static class E1 {
    Arrangement arrangement;
    Accountability accountability;
    final FunctionId function = FunctionId.of("pms.contracts");
    final AreaId area = AreaId.of("A81001");
    final LocalDate date = LocalDate.of(2021, 6, 1);

    @Setup(Level.Trial)
    public void setUp() {
      arrangement = Workloads.e1();
      accountability = Accountability.of(arrangement);
    }
  }

  /** A pool of one thread per core, for the check spread over an executor. */
  @State(Scope.Benchmark)
  public static class Pool {
    ExecutorService executor;
    RuleSet rules;

    @Setup(Level.Trial)
    public void setUp() {
      executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
      rules = RULES.withExecutor(executor);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      executor.shutdownNow();
    }
  }

  /** The shapes of the hostile-input issue: a deep function tree, a crowd of delegates, a long diagram. */
  @State(Scope.Benchmark)
  public static class Shapes {
    Arrangement deepTree;
    Arrangement crowd;
    Chain longChain;

    @Setup(Level.Trial)
    public void setUp() {
      deepTree = Workloads.deepFunctionTree(100_000);
      crowd = Workloads.crowd(10_000);
      longChain = Accountability.of(Workloads.chain(100_000))
          .chain(FunctionId.of("pms"), AreaId.of("A81001"), LocalDate.of(2021, 6, 1)).orElseThrow();
    }
  }

  /** E10: ten times every volume. */
  @State(Scope.Benchmark)
  public static class E10 {
    Arrangement arrangement;

    @Setup(Level.Trial)
    public void setUp() {
      arrangement = Workloads.e10();
    }
  }

  /** CHAIN: one chain of 100,000 delegations. */
  @State(Scope.Benchmark)
  public static class Chain100k {
    Arrangement arrangement;

    @Setup(Level.Trial)
    public void setUp() {
      arrangement = Workloads.chain(100_000);
    }
  }

  /**
   * The full standard check of E1.
   *
   * @return the full standard check of E1
   */
  @Benchmark
  public Report e1Check(E1 state) {
    return RULES.check(state.arrangement);
  }

  /**
   * The three rules that a plain-Java check of coverage gaps, overlaps and delegations of what is not held
   * would do, on E1: the analysis they share, and the rules.
   *
   * @param state the workload
   * @return the report
   */
  @Benchmark
  public Report e1Three(E1 state) {
    return THREE.check(state.arrangement);
  }

  /**
   * The full standard check of E1, its analysis spread over a pool of one thread per core: the option a
   * caller turns on with {@code RuleSet.withExecutor}. The default check runs on the calling thread.
   *
   * @param state the workload
   * @param pool the pool
   * @return the report
   */
  @Benchmark
  public Report e1CheckOnExecutor(E1 state, Pool pool) {
    return pool.rules.check(state.arrangement);
  }

  /**
   * Building the accountability analysis of E1 alone.
   *
   * @return building the accountability analysis of E1 alone
   */
  @Benchmark
  public Accountability e1Analysis(E1 state) {
    return Accountability.of(state.arrangement);
  }

  /**
   * One query: who exercises contract management for a practice on a date, with the chain.
   *
   * @return one query: who exercises contract management for a practice on a date, with the chain
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Optional<Chain> e1Query(E1 state) {
    return state.accountability.chain(state.function, state.area, state.date);
  }

  /**
   * One {@code exercisedBy} query: who exercises contract management for a practice on a date.
   *
   * @param state the workload
   * @return the organisation
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Optional<Organisation> e1ExercisedBy(E1 state) {
    return state.accountability.exercisedBy(state.function, state.area, state.date);
  }

  /**
   * The floor: one pass over the same arrangement that only builds its id indexes, the least any checker
   * must do.
   */
  @Benchmark
  public Map<Object, Object> e1Floor(E1 state) {
    return Floor.indexes(state.arrangement);
  }

  /**
   * The full standard check of E10.
   *
   * @return the full standard check of E10
   */
  @Benchmark
  @Warmup(iterations = LONG_WARMUP)
  public Report e10Check(E10 state) {
    return RULES.check(state.arrangement);
  }

  /**
   * The full standard check of a chain of 100,000 delegations.
   *
   * @return the full standard check of a chain of 100,000 delegations
   */
  @Benchmark
  @Warmup(iterations = LONG_WARMUP)
  public Report chainCheck(Chain100k state) {
    return RULES.check(state.arrangement);
  }

  /** The floor, shared with the heap check. */
  static final class Floor {
    private Floor() {
    }

    static Map<Object, Object> indexes(Arrangement a) {
      Map<Object, Object> index = new HashMap<>(1 << 18);
      a.footprints().forEach(x -> index.put(x.id(), x));
      a.organisations().forEach(x -> index.put(x.id(), x));
      a.affiliations().forEach(x -> index.put(x.id(), x));
      a.functions().forEach(x -> index.put(x.id(), x));
      a.duties().forEach(x -> index.put(x.id(), x));
      a.delegations().forEach(x -> index.put(x.id(), x));
      a.people().forEach(x -> index.put(x.id(), x));
      a.bodies().forEach(x -> index.put(x.id(), x));
      a.memberships().forEach(x -> index.put(x.id(), x));
      a.interests().forEach(x -> index.put(x.id(), x));
      a.decisions().forEach(x -> index.put(x.id(), x));
      return index;
    }
  }

  /**
   * The full check of a function tree 100,000 functions deep.
   *
   * @param shapes the shapes
   * @return the report
   */
  @Benchmark
  @Warmup(iterations = LONG_WARMUP)
  public Report deepTreeCheck(Shapes shapes) {
    return RULES.check(shapes.deepTree);
  }

  /**
   * The full check of one area delegated to 10,000 organisations at once.
   *
   * @param shapes the shapes
   * @return the report
   */
  @Benchmark
  public Report crowdCheck(Shapes shapes) {
    return RULES.check(shapes.crowd);
  }

  /**
   * The Mermaid text of a chain of 100,000 links.
   *
   * @param shapes the shapes
   * @return the text
   */
  @Benchmark
  @Warmup(iterations = LONG_WARMUP)
  public String chainDiagram(Shapes shapes) {
    return Diagrams.mermaid(shapes.longChain);
  }
}
