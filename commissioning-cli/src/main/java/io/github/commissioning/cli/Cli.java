package io.github.commissioning.cli;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.accountability.Chain;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.json.ArrangementFiles;
import io.github.commissioning.json.FormatException;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Waiver;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.ReportDiff;
import io.github.commissioning.rules.RuleSet;
import io.github.commissioning.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command-line tool: {@code check} arrangement files (in CI, failing the build on a new error), ask
 * {@code who} exercises a function where and when, {@code diff} two arrangements' reports, and {@code explain}
 * a rule.
 * <p>
 * Exit codes: {@value #OK} success (and, for {@code check}, no active finding at or above {@code --fail-on});
 * {@value #FINDINGS} findings at or above {@code --fail-on} ({@code check}), findings introduced ({@code diff}),
 * or no one exercises the function there ({@code who}); {@value #USAGE} a usage error (an unknown option, a bad
 * date, an unknown rule); {@value #INPUT} a file that cannot be read, or is not a valid arrangement or waivers
 * file (every problem is listed on stderr); {@value #INCOMPLETE} a rule failed to run, so the report is incomplete.
 */
@Command(name = "commissioning", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
    description = "Who is accountable for what in NHS England commissioning, and what is wrong with an arrangement.",
    subcommands = {Cli.Check.class, Cli.Who.class, Cli.Diff.class, Cli.Explain.class},
    footer = {"", "Exit codes: 0 success; 1 findings at or above --fail-on (check), findings introduced (diff), or no "
        + "one exercises the function (who); 2 usage error; 3 a file cannot be read or is invalid; 4 a rule failed "
        + "to run.", "Files are JSON (.json) or YAML (.yaml, .yml); see docs/format.md."})
public final class Cli implements Runnable {

  /** Success. */
  public static final int OK = 0;
  /** Findings at or above the threshold, findings introduced, or no answer. */
  public static final int FINDINGS = 1;
  /** A usage error. */
  public static final int USAGE = 2;
  /** A file that cannot be read or is invalid. */
  public static final int INPUT = 3;
  /** A rule failed to run. */
  public static final int INCOMPLETE = 4;

  /** Files larger than this show progress on stderr. */
  static final long PROGRESS_BYTES = 1_000_000;

  @CommandLine.Spec
  @SuppressWarnings("NullAway.Init")
  CommandLine.Model.CommandSpec spec;

  Cli() {
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Give a command: check, who, diff or explain");
  }

  /**
   * Returns the command line, ready to execute, with the exit codes above.
   *
   * @param clock the clock that gives today's date, the default of {@code --as-of}, not null
   * @return the command line, not null
   */
  public static CommandLine commandLine(Clock clock) {
    CommandLine line = new CommandLine(new Cli(), new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        if (type == Check.class) {
          return type.cast(new Check(clock));
        }
        if (type == Diff.class) {
          return type.cast(new Diff(clock));
        }
        return CommandLine.defaultFactory().create(type);
      }
    });
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("commissioning: " + e.getMessage());
      return INPUT;
    });
    return line;
  }

  /**
   * Runs the tool and exits with its code.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    // waivers are judged as of today in London, as the library does
    CommandLine line = commandLine(Clock.system(ZoneId.of("Europe/London")));
    line.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    line.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    System.exit(line.execute(args));
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"commissioning " + (version == null ? "(development build)" : version)};
    }
  }

  /** The output formats of a report. */
  enum Format {
    text, markdown, json
  }

  /** The severity at which {@code check} fails. */
  enum FailOn {
    error, warning, never;

    boolean fails(Report report) {
      return switch (this) {
        case error -> report.hasAtLeast(Severity.ERROR);
        case warning -> report.hasAtLeast(Severity.WARNING);
        case never -> false;
      };
    }
  }

  /** Reads an arrangement, with progress on stderr for a large file; problems go to stderr. */
  static Optional<Arrangement> read(Path file, PrintWriter err, boolean quiet) {
    try {
      long size = Files.size(file);
      boolean progress = !quiet && size > PROGRESS_BYTES;
      long start = System.nanoTime();
      if (progress) {
        err.printf(Locale.ROOT, "reading %s (%.1f MB)…%n", file, size / 1e6);
      }
      Arrangement arrangement = ArrangementFiles.read(file);
      if (progress) {
        err.printf(Locale.ROOT, "read %s in %d ms: %,d organisations, %,d footprints, %,d duties, %,d delegations%n",
            file, (System.nanoTime() - start) / 1_000_000, arrangement.organisations().size(),
            arrangement.footprints().size(), arrangement.duties().size(), arrangement.delegations().size());
      }
      return Optional.of(arrangement);
    } catch (FormatException e) {
      err.println(e.getMessage());
      return Optional.empty();
    } catch (NoSuchFileException e) {
      err.println(file + ": no such file");
      return Optional.empty();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println(file + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** {@code check}: the standard rules on each file. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Check arrangement files with the standard rules and print each report.")
  static final class Check implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Arrangement files (.json, .yaml, .yml).")
    @SuppressWarnings("NullAway.Init")
    List<Path> files;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
        description = "The date waivers are judged on (default: today).")
    @Nullable LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
        description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    @SuppressWarnings("NullAway.Init")
    Format format;

    @Option(names = "--waivers", paramLabel = "FILE", description = "A file of waivers to add to each arrangement.")
    @Nullable Path waivers;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
        description = "Exit 1 when an active finding is at least this severe: error, warning or never "
            + "(default: ${DEFAULT-VALUE}).")
    @SuppressWarnings("NullAway.Init")
    FailOn failOn;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    Check(Clock clock) {
      this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<Waiver> extra = List.of();
      if (waivers != null) {
        try {
          extra = ArrangementFiles.readWaivers(waivers);
        } catch (FormatException e) {
          err.println(e.getMessage());
          return INPUT;
        } catch (NoSuchFileException e) {
          err.println(waivers + ": no such file");
          return INPUT;
        }
      }
      LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
      RuleSet rules = RuleSet.standard().asOf(date);
      int code = OK;
      for (Path file : files) {
        Optional<Arrangement> read = read(file, err, quiet);
        if (read.isEmpty()) {
          code = Math.max(code, INPUT);
          continue;
        }
        Arrangement arrangement = extra.isEmpty() ? read.get() : read.get().toBuilder().addAllWaivers(extra).build();
        long start = System.nanoTime();
        Report report = rules.check(arrangement);
        if (!quiet && Files.size(file) > PROGRESS_BYTES) {
          err.printf(Locale.ROOT, "checked %s with %d rules in %d ms%n", file, report.rules().size(),
              (System.nanoTime() - start) / 1_000_000);
        }
        out.print(render(file, report, format));
        out.flush();
        if (!report.isComplete()) {
          code = Math.max(code, INCOMPLETE);
        } else if (failOn.fails(report)) {
          code = Math.max(code, FINDINGS);
        }
      }
      return code;
    }
  }

  static String render(Path file, Report report, Format format) {
    return switch (format) {
      case json -> ArrangementFiles.writeReport(report, ArrangementFiles.Syntax.JSON);
      case markdown -> Markdown.report(file.toString(), report);
      case text -> file + "\n" + report.toText() + (report.toText().endsWith("\n") ? "" : "\n");
    };
  }

  /** {@code who}: the chain from the accountable body to the one that exercises a function. */
  @Command(name = "who", mixinStandardHelpOptions = true,
      description = "Print who is accountable for a function in an area on a date, and who exercises it, through "
          + "which chain.")
  static final class Who implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The arrangement file.")
    @SuppressWarnings("NullAway.Init")
    Path file;

    @Option(names = "--function", required = true, paramLabel = "ID", description = "The function's id, such as pms.")
    @SuppressWarnings("NullAway.Init")
    String function;

    @Option(names = "--area", required = true, paramLabel = "ID", description = "The area's id, such as A81001.")
    @SuppressWarnings("NullAway.Init")
    String area;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The date.")
    @SuppressWarnings("NullAway.Init")
    LocalDate date;

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Optional<Arrangement> read = read(file, err, true);
      if (read.isEmpty()) {
        return INPUT;
      }
      Arrangement arrangement = read.get();
      FunctionId functionId;
      AreaId areaId;
      try {
        functionId = FunctionId.of(function);
        areaId = AreaId.of(area);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      if (arrangement.function(functionId).isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "No function '" + function + "' in " + file
            + "; its functions are " + arrangement.functions().stream().map(f -> f.id().code()).toList());
      }
      if (!arrangement.geography().areas().contains(areaId)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "No area '" + area + "' in " + file);
      }
      Optional<Chain> chain = Accountability.of(arrangement).chain(functionId, areaId, date);
      if (chain.isEmpty()) {
        out.println("No one holds " + function + " at " + area + " on " + date + ": an accountability gap.");
        return FINDINGS;
      }
      out.println(chain.get());
      out.println("accountable: " + chain.get().accountable().name() + " (" + chain.get().accountable().id() + ")");
      out.println("exercised by: " + chain.get().exercisedBy().name() + " (" + chain.get().exercisedBy().id() + ")");
      return OK;
    }
  }

  /** {@code diff}: the findings one arrangement's report has and the other's has not. */
  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "Check two arrangements and print the findings introduced, resolved and unchanged.")
  static final class Diff implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The arrangement before.")
    @SuppressWarnings("NullAway.Init")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The arrangement after.")
    @SuppressWarnings("NullAway.Init")
    Path after;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date waivers are judged on (default: "
        + "today).")
    @Nullable LocalDate asOf;

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    Diff(Clock clock) {
      this.clock = clock;
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Optional<Arrangement> first = read(before, err, false);
      Optional<Arrangement> second = read(after, err, false);
      if (first.isEmpty() || second.isEmpty()) {
        return INPUT;
      }
      RuleSet rules = RuleSet.standard().asOf(asOf != null ? asOf : LocalDate.now(clock));
      ReportDiff diff = Report.diff(rules.check(first.get()), rules.check(second.get()));
      out.print(diff.toText());
      if (!diff.toText().endsWith("\n")) {
        out.println();
      }
      return diff.introduced().isEmpty() ? OK : FINDINGS;
    }
  }

  /** {@code explain}: a rule's page. */
  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Print a rule's page: what it finds, its sources, an example, how to fix and waive it.")
  static final class Explain implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RULE-ID", description = "The rule's id, such as ACC-UNOWNED.")
    @SuppressWarnings("NullAway.Init")
    String rule;

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Map<String, String> ids = new TreeMap<>();
      RuleSet.standard().rules().forEach(r -> ids.put(r.id(), r.id()));
      RuleSet.standard().rules().forEach(r -> r.info().formerIds().forEach(f -> ids.put(f, r.id())));
      String id = ids.get(rule.toUpperCase(Locale.ROOT));
      if (id == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "Unknown rule '" + rule + "'"
            + Markdown.nearest(rule, new ArrayList<>(ids.keySet())) + "; the rules are "
            + String.join(", ", RuleSet.standard().rules().stream().map(r -> r.id()).toList()));
      }
      try (InputStream page = Cli.class.getResourceAsStream("rules/" + id + ".md")) {
        if (page == null) {
          throw new IllegalStateException("The page of " + id + " is missing from this build");
        }
        spec.commandLine().getOut().print(new String(page.readAllBytes(), StandardCharsets.UTF_8));
      }
      return OK;
    }
  }
}
