package io.github.commissioning.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas (draft 2020-12) of the format, shipped in this jar: one for arrangements, one for waiver
 * files and one for reports. They are generated from the same descriptions the reader and writer use, and a
 * test keeps the shipped files equal to them.
 * <pre>{@code
 * String schema = Schemas.arrangement();   // {"$schema": "https://json-schema.org/draft/2020-12/schema", ...}
 * }</pre>
 *
 * @since 0.1
 */
public final class Schemas {

  /** The resource path of the arrangement schema in this jar. */
  public static final String ARRANGEMENT = "/io/github/commissioning/json/arrangement.schema.json";
  /** The resource path of the waivers schema in this jar. */
  public static final String WAIVERS = "/io/github/commissioning/json/waivers.schema.json";
  /** The resource path of the report schema in this jar. */
  public static final String REPORT = "/io/github/commissioning/json/report.schema.json";

  static final String BASE = "https://commissioning.github.io/schemas/";

  private Schemas() {
  }

  /**
   * Returns the JSON Schema of arrangement files.
   *
   * @return the schema, as JSON text
   */
  public static String arrangement() {
    return resource(ARRANGEMENT);
  }

  /**
   * Returns the JSON Schema of waiver files.
   *
   * @return the schema, as JSON text
   */
  public static String waivers() {
    return resource(WAIVERS);
  }

  /**
   * Returns the JSON Schema of reports.
   *
   * @return the schema, as JSON text
   */
  public static String report() {
    return resource(REPORT);
  }

  private static String resource(String path) {
    try (InputStream in = Objects.requireNonNull(Schemas.class.getResourceAsStream(path), path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Generates a schema, as the shipped files hold it. */
  static String generate(String name, String title, Codec<?> codec) {
    SchemaContext defs = new SchemaContext();
    ObjectNode body = codec.schema(defs);
    ObjectNode schema = Codec.NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", BASE + name);
    schema.put("title", title);
    schema.setAll(body);
    if (!defs.defs().isEmpty()) {
      ObjectNode all = schema.putObject("$defs");
      defs.defs().forEach(all::set);
    }
    return ArrangementFiles.jsonMapper().writeValueAsString(schema) + "\n";
  }

  static String generateArrangement() {
    return generate("arrangement.schema.json", "A commissioning arrangement", ArrangementCodec.INSTANCE);
  }

  static String generateWaivers() {
    return generate("waivers.schema.json", "Waivers of findings", Codec.list(Codecs.WAIVER));
  }

  static String generateReport() {
    return generate("report.schema.json", "A commissioning report", ReportCodec.INSTANCE);
  }
}
