package io.github.commissioning.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped schemas are the ones the codecs generate; run with {@code -Dcommissioning.writeSchemas=true} to
 * write them after changing the format, and review the difference.
 */
class SchemasTest {

  static final Path RESOURCES = Path.of("src/main/resources/io/github/commissioning/json");

  static Schema schema(String text) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
  }

  static final Schema ARRANGEMENT = schema(Schemas.generateArrangement());
  static final Schema REPORT = schema(Schemas.generateReport());
  static final Schema WAIVERS = schema(Schemas.generateWaivers());

  /** The schema's complaints about a document, as text. */
  static List<String> errors(Schema schema, String document, InputFormat format) {
    List<String> errors = new ArrayList<>();
    for (Error e : schema.validate(document, format)) {
      errors.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return errors;
  }

  @Test
  void theShippedSchemasAreTheGeneratedOnes() throws IOException {
    List<String> differ = new ArrayList<>();
    String[][] files = {{"arrangement.schema.json", Schemas.generateArrangement()},
        {"waivers.schema.json", Schemas.generateWaivers()}, {"report.schema.json", Schemas.generateReport()}};
    for (String[] file : files) {
      Path path = RESOURCES.resolve(file[0]);
      if (Boolean.getBoolean("commissioning.writeSchemas")) {
        Files.writeString(path, file[1], StandardCharsets.UTF_8);
      }
      if (!Files.readString(path, StandardCharsets.UTF_8).equals(file[1])) {
        differ.add(file[0]);
      }
    }
    assertEquals(List.of(), differ, "schemas differ from the format; write them with -Dcommissioning.writeSchemas=true");
    assertEquals(Schemas.generateArrangement(), Schemas.arrangement());
  }
}
