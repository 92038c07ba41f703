package io.github.commissioning.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The main example program, which the README's run command starts: a tour of the examples on the real map
 * of England, or one of them.
 */
@Command(name = "commissioning-examples", mixinStandardHelpOptions = true, version = "commissioning 0.1.0",
    description = {"Who is accountable for what in NHS England commissioning, on the real map of England "
        + "from 2013 to 2027, and what is wrong with it.", ""},
    footer = {"", "Data: NHS Digital and ODS, Open Government Licence v3.0."})
public final class Main implements Callable<Integer> {

  /** The examples. */
  enum Example {
    all, delegated, aco, gp, mergers, england, transition, mergers2026, abolition, dental, specialised, place
  }

  @Option(names = {"-e", "--example"}, defaultValue = "all", paramLabel = "NAME",
      description = "Which example to run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  @SuppressWarnings("NullAway.Init")
  Example example;

  @Option(names = {"-d", "--date"}, defaultValue = "2021-06-01", paramLabel = "YYYY-MM-DD",
      description = "The date to ask about and to judge waivers on (default: ${DEFAULT-VALUE}).")
  @SuppressWarnings("NullAway.Init")
  LocalDate date;

  @Option(names = {"-a", "--abolition"}, defaultValue = "2027-04-01", paramLabel = "YYYY-MM-DD",
      description = "The day NHS England is abolished, for the abolition example (default: ${DEFAULT-VALUE}, the "
          + "Health Bill's target; provisional).")
  @SuppressWarnings("NullAway.Init")
  LocalDate abolition;

  @Option(names = {"-r", "--region"}, paramLabel = "CODE",
      description = "Show England's findings on the date for one place: an NHS England region (Y56 London, Y58 South "
          + "West, Y59 South East, Y60 Midlands, Y61 East of England, Y62 North West, Y63 North East and Yorkshire), "
          + "a CCG of 2021 (06H), an STP of 2021 or ICB of 2022 (QUE), or a new ICB of 2026 (ICB-CENTRAL-EAST).")
  @Nullable String region;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  @SuppressWarnings("NullAway.Init")
  Out.Format format;

  @CommandLine.Spec
  @SuppressWarnings("NullAway.Init")
  CommandLine.Model.CommandSpec spec;

  private final PrintStream stream;

  Main(PrintStream stream) {
    this.stream = stream;
  }

  @Override
  public Integer call() {
    if (region != null && England.load().place(region, date).isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Unknown region '" + region
          + "': give an NHS England region " + England.load().regionCodes() + ", a CCG of 2021 (06H), an STP or "
          + "ICB (QUE) or a new ICB of 2026 " + England.load().icbCodes2026());
    }
    Out out = new Out(stream, format);
    if (example == Example.all || example == Example.delegated) {
      DelegatedPrimaryCare.run(out, date);
    }
    if (example == Example.all || example == Example.aco) {
      AccountableCare.run(out, date);
    }
    if (example == Example.all || example == Example.gp) {
      GpLeaders.run(out, date);
    }
    if (example == Example.all || example == Example.mergers) {
      Mergers.run(out, date);
    }
    if (example == Example.all || example == Example.england) {
      EnglandAtScale.run(out, date, Optional.ofNullable(region));
    }
    if (example == Example.all || example == Example.transition) {
      Transition2022.run(out);
    }
    if (example == Example.all || example == Example.mergers2026) {
      Mergers2026.run(out);
    }
    if (example == Example.all || example == Example.abolition) {
      Abolition2027.run(out, abolition);
    }
    if (example == Example.all || example == Example.dental) {
      DentalPharmacyOptometry.run(out, date);
    }
    if (example == Example.all || example == Example.specialised) {
      Specialised2024.run(out);
    }
    if (example == Example.all || example == Example.place) {
      OnePlace.run(out, abolition);
    }
    stream.flush();
    return 0;
  }

  static CommandLine commandLine(PrintStream stream) {
    return new CommandLine(new Main(stream)).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /**
   * Runs the examples; {@code --help} lists the options.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    PrintStream stream = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int code = commandLine(stream).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
