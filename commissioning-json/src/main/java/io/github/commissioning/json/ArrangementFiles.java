package io.github.commissioning.json;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Waiver;
import io.github.commissioning.rules.Report;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes arrangements, waivers and reports as JSON or YAML files, chosen by the file's extension
 * ({@code .json}; {@code .yaml} or {@code .yml}), with the {@linkplain ReadLimits read limits} set.
 * <pre>{@code
 * Arrangement arrangement = ArrangementFiles.read(Path.of("arrangement.yaml"));
 * Report report = RuleSet.standard().check(arrangement);
 * ArrangementFiles.writeReport(report, Path.of("report.json"));
 * }</pre>
 * A file that cannot be read gives a {@link FormatException} listing every problem with its JSON Pointer or line
 * and column. Writing is deterministic: the same arrangement gives the same bytes. The format is described in
 * the project's {@code docs/format.md} and by the JSON Schemas of {@link Schemas}.
 * <p>
 * To use the format inside your own mappers instead, register {@link CommissioningModule}.
 *
 * @since 0.1
 */
public final class ArrangementFiles {

  /** The two syntaxes. */
  public enum Syntax {
    /** JSON: {@code .json}. */
    JSON,
    /** YAML 1.2: {@code .yaml} or {@code .yml}. */
    YAML;

    /**
     * Returns the syntax a file's extension names.
     *
     * @param file the file, not null
     * @return the syntax, not null
     * @throws IllegalArgumentException if the extension is neither {@code .json}, {@code .yaml} nor {@code .yml}
     */
    public static Syntax of(Path file) {
      Path name = Objects.requireNonNull(file, "file").getFileName();
      String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
      if (text.endsWith(".json")) {
        return JSON;
      }
      if (text.endsWith(".yaml") || text.endsWith(".yml")) {
        return YAML;
      }
      throw new IllegalArgumentException("Cannot tell the syntax of '" + file + "' from its name: name it .json, "
          + ".yaml or .yml");
    }
  }

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxDocumentLength(ReadLimits.MAX_DOCUMENT_CHARS)
      .maxStringLength(ReadLimits.MAX_STRING_LENGTH)
      .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
      .maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)
      .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
      .build();

  private static final JsonMapper JSON_MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .addModule(new CommissioningModule())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private static final YAMLMapper YAML_MAPPER = YAMLMapper.builder(YAMLFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .loadSettings(LoadSettings.builder().setAllowDuplicateKeys(false).setAllowRecursiveKeys(false)
              .setMaxAliasesForCollections(ReadLimits.MAX_YAML_ALIASES).setCodePointLimit(ReadLimits.MAX_DOCUMENT_CHARS)
              .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES).disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build())
      .addModule(new CommissioningModule())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private ArrangementFiles() {
  }

  /**
   * Returns a JSON mapper with the read limits set, strict duplicate detection, and {@link CommissioningModule}
   * registered: a starting point for your own.
   *
   * @return the mapper, not null
   */
  public static JsonMapper jsonMapper() {
    return JSON_MAPPER;
  }

  /**
   * Returns a YAML mapper with the read limits set (aliases limited, no duplicate or recursive keys), and
   * {@link CommissioningModule} registered.
   *
   * @return the mapper, not null
   */
  public static YAMLMapper yamlMapper() {
    return YAML_MAPPER;
  }

  private static ObjectMapper mapper(Syntax syntax) {
    return syntax == Syntax.JSON ? JSON_MAPPER : YAML_MAPPER;
  }

  // reading -------------------------------------------------------------------------------------------------

  /**
   * Reads an arrangement from a file, JSON or YAML by its extension.
   *
   * @param file the file, not null
   * @return the arrangement, not null
   * @throws FormatException listing every problem in the file, each with its pointer or line and column
   * @throws IOException if the file cannot be read
   */
  public static Arrangement read(Path file) throws IOException {
    JsonNode tree = tree(file);
    return fromTree(ArrangementCodec.INSTANCE, tree, file.toString());
  }

  /**
   * Reads an arrangement from text.
   *
   * @param text the document, not null
   * @param syntax JSON or YAML, not null
   * @param source what to call the document in problems, such as a file name, not null
   * @return the arrangement, not null
   * @throws FormatException listing every problem in the document
   */
  public static Arrangement read(String text, Syntax syntax, String source) {
    Objects.requireNonNull(text, "text");
    JsonNode tree = tree(new StringReader(text), syntax, source);
    return fromTree(ArrangementCodec.INSTANCE, tree, source);
  }

  /**
   * Reads waivers from a file: a list of waivers, each with a key, a justification, an owner and an optional
   * expiry.
   *
   * @param file the file, JSON or YAML by its extension, not null
   * @return the waivers, in file order, not null
   * @throws FormatException listing every problem in the file
   * @throws IOException if the file cannot be read
   */
  public static List<Waiver> readWaivers(Path file) throws IOException {
    JsonNode tree = tree(file);
    return fromTree(Codec.list(Codecs.WAIVER), tree, file.toString());
  }

  /**
   * Reads waivers from text.
   *
   * @param text the document, not null
   * @param syntax JSON or YAML, not null
   * @param source what to call the document in problems, not null
   * @return the waivers, not null
   * @throws FormatException listing every problem in the document
   */
  public static List<Waiver> readWaivers(String text, Syntax syntax, String source) {
    Objects.requireNonNull(text, "text");
    return fromTree(Codec.list(Codecs.WAIVER), tree(new StringReader(text), syntax, source), source);
  }

  private static <T> T fromTree(Codec<T> codec, JsonNode tree, String source) {
    Problems problems = new Problems(source);
    T value = codec.read(tree, "", problems);
    problems.throwIfAny();
    return Objects.requireNonNull(value);
  }

  private static JsonNode tree(Path file) throws IOException {
    Syntax syntax = Syntax.of(file);
    long size = Files.size(file);
    if (size > ReadLimits.MAX_DOCUMENT_CHARS) {
      throw new FormatException(List.of(new FormatProblem(file.toString(), "", 0, 0, "the file is " + size
          + " bytes, more than the " + ReadLimits.MAX_DOCUMENT_CHARS + " this reader takes (ReadLimits."
          + "MAX_DOCUMENT_CHARS); split the arrangement, or check that this is the file you meant")), 0);
    }
    // a reader that reports malformed UTF-8 rather than replacing it
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return tree(in, syntax, file.toString());
    }
  }

  private static JsonNode tree(Reader in, Syntax syntax, String source) {
    try {
      return syntax == Syntax.JSON ? check(JSON_MAPPER.readTree(in), source)
          : yamlTree(YAML_MAPPER.createParser(in), source);
    } catch (JacksonException e) {
      throw parseProblem(e, source);
    }
  }

  /**
   * Reads one YAML document, refusing aliases: Jackson reads an alias ({@code *name}) as the text of its name,
   * which would silently change a value, and aliases are what alias bombs are made of.
   */
  private static JsonNode yamlTree(JsonParser parser, String source) {
    try (JsonParser guarded = new JsonParserDelegate(parser) {
      @Override
      public @Nullable JsonToken nextToken() {
        JsonToken token = super.nextToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          throw problem(source, parser.currentLocation(), "a YAML alias (*" + parser.getString() + ") is not "
              + "read: write the value out in full (this reader takes no aliases, against alias bombs and misreads)");
        }
        return token;
      }
    }) {
      // a second document is refused as trailing content (FAIL_ON_TRAILING_TOKENS), with its line
      return check(YAML_MAPPER.readTree(guarded), source);
    }
  }

  private static FormatException problem(String source, @Nullable TokenStreamLocation location, String message) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new FormatException(List.of(new FormatProblem(source, "", line, column, message)), 0);
  }

  private static JsonNode check(@Nullable JsonNode tree, String source) {
    if (tree == null || tree.isMissingNode()) {
      throw new FormatException(List.of(new FormatProblem(source, "", 0, 0,
          "the document is empty: write an arrangement, starting with format: " + ArrangementCodec.FORMAT)), 0);
    }
    return tree;
  }

  static FormatException parseProblem(JacksonException e, String source) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.toLowerCase(Locale.ROOT).contains("duplicate")) {
      message += "; give each key once";
    } else if (message.startsWith("Trailing token")) {
      message = "more content after the document (a second YAML document, or a second JSON value): give one "
          + "document per file";
    } else if (message.contains("exceeds")) {
      message += " (see ReadLimits)";
    } else {
      message += "; check the syntax near here";
    }
    return problem(source, e.getLocation(), message);
  }

  // writing -------------------------------------------------------------------------------------------------

  /**
   * Writes an arrangement to a file, JSON or YAML by its extension, in UTF-8.
   *
   * @param arrangement the arrangement, not null
   * @param file the file, not null
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the arrangement's law cannot be written (see {@link Schemas})
   */
  public static void write(Arrangement arrangement, Path file) throws IOException {
    Files.writeString(file, write(arrangement, Syntax.of(file)), StandardCharsets.UTF_8);
  }

  /**
   * Writes an arrangement as text.
   *
   * @param arrangement the arrangement, not null
   * @param syntax JSON or YAML, not null
   * @return the document, ending with a newline, not null
   */
  public static String write(Arrangement arrangement, Syntax syntax) {
    return text(ArrangementCodec.INSTANCE.write(Objects.requireNonNull(arrangement, "arrangement")), syntax);
  }

  /**
   * Writes waivers as text, a list readable by {@link #readWaivers(Path)}.
   *
   * @param waivers the waivers, not null
   * @param syntax JSON or YAML, not null
   * @return the document, not null
   */
  public static String writeWaivers(List<Waiver> waivers, Syntax syntax) {
    return text(Codec.list(Codecs.WAIVER).write(List.copyOf(waivers)), syntax);
  }

  /**
   * Writes a report to a file, JSON or YAML by its extension, in UTF-8.
   *
   * @param report the report, not null
   * @param file the file, not null
   * @throws IOException if the file cannot be written
   */
  public static void writeReport(Report report, Path file) throws IOException {
    Files.writeString(file, writeReport(report, Syntax.of(file)), StandardCharsets.UTF_8);
  }

  /**
   * Writes a report as text: every finding's key, rule, severity, subjects, period, footprint, areas, evidence
   * and message, and the waived findings with their waivers.
   *
   * @param report the report, not null
   * @param syntax JSON or YAML, not null
   * @return the document, ending with a newline, not null
   */
  public static String writeReport(Report report, Syntax syntax) {
    return text(ReportCodec.INSTANCE.write(Objects.requireNonNull(report, "report")), syntax);
  }

  private static String text(JsonNode tree, Syntax syntax) {
    try {
      String text = mapper(Objects.requireNonNull(syntax, "syntax")).writeValueAsString(tree);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }
}
