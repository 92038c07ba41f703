package io.github.commissioning.json;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one type is written to a JSON tree, read back from one (collecting every problem with its pointer), and
 * described in JSON Schema. One description per type gives all three, so the format, its reader and its schema
 * cannot drift apart.
 */
abstract class Codec<T> {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Writes a value as a tree. */
  abstract JsonNode write(T value);

  /** Reads a value, or returns null after adding at least one problem. */
  abstract @Nullable T read(JsonNode node, String pointer, Problems problems);

  /** The JSON Schema of the values, using {@code defs} for named types. */
  abstract ObjectNode schema(SchemaContext defs);

  /** What a value looks like, for messages: "a date such as 2021-06-01". */
  abstract String expected();

  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case STRING -> "the string \"" + abbreviate(node.stringValue()) + "\"";
      case NUMBER -> "the number " + abbreviate(node.toString());
      case BOOLEAN -> node.booleanValue() ? "true" : "false";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "… (" + text.length() + " characters)";
  }

  static ObjectNode type(String type) {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", type);
    return schema;
  }

  // ---------------------------------------------------------------------------------------------------------

  /** A string of at least one character that is not blank. */
  static Codec<String> string(String what) {
    return parsed(what, text -> {
      if (text.isBlank()) {
        throw new IllegalArgumentException("expected " + what + ", found an empty string");
      }
      return text;
    }, text -> text, defs -> type("string").put("minLength", 1).put("description", what), true);
  }

  /** An identifier: a string its factory accepts (not blank, at most 100 characters, no invisible characters). */
  static <I> Codec<I> id(String what, Function<String, I> of, Function<I, String> code) {
    return parsed(what, of, code, defs -> type("string").put("minLength", 1).put("description", what), true);
  }

  /**
   * A value written as text and read by a parser: a date, a period, a finding key. A parser's refusal is a
   * problem; {@code explain} says whether its message is worth showing beside what was expected.
   */
  static <T> Codec<T> parsed(String expected, Function<String, T> parse, Function<T, String> format,
      Function<SchemaContext, ObjectNode> schema, boolean explain) {
    return new Codec<>() {
      @Override
      JsonNode write(T value) {
        return NODES.stringNode(format.apply(value));
      }

      @Override
      @Nullable T read(JsonNode node, String pointer, Problems problems) {
        if (!node.isString()) {
          problems.add(pointer, "expected " + expected + ", found " + describe(node)
              + (node.isNumber() || node.isBoolean() ? "; put it in quotes to give it as text" : ""));
          return null;
        }
        try {
          return parse.apply(node.stringValue());
        } catch (DateTimeException | IllegalArgumentException e) {
          problems.add(pointer, explain ? String.valueOf(e.getMessage())
              : "expected " + expected + ", found \"" + abbreviate(node.stringValue()) + "\"");
          return null;
        }
      }

      @Override
      ObjectNode schema(SchemaContext defs) {
        return schema.apply(defs);
      }

      @Override
      String expected() {
        return expected;
      }
    };
  }

  static final Codec<LocalDate> DATE = parsed("a date as YYYY-MM-DD, such as 2021-06-01", LocalDate::parse,
      LocalDate::toString, defs -> type("string").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
      false);

  static final Codec<Integer> POSITIVE_INT = new Codec<>() {
    @Override
    JsonNode write(Integer value) {
      return NODES.numberNode(value);
    }

    @Override
    @Nullable Integer read(JsonNode node, String pointer, Problems problems) {
      if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
        problems.add(pointer, "expected " + expected() + ", found " + describe(node));
        return null;
      }
      return node.intValue();
    }

    @Override
    ObjectNode schema(SchemaContext defs) {
      return type("integer").put("minimum", 1).put("maximum", Integer.MAX_VALUE);
    }

    @Override
    String expected() {
      return "a whole number from 1 to " + Integer.MAX_VALUE;
    }
  };

  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    JsonNode write(Boolean value) {
      return NODES.booleanNode(value);
    }

    @Override
    @Nullable Boolean read(JsonNode node, String pointer, Problems problems) {
      if (!node.isBoolean()) {
        problems.add(pointer, "expected " + expected() + ", found " + describe(node));
        return null;
      }
      return node.booleanValue();
    }

    @Override
    ObjectNode schema(SchemaContext defs) {
      return type("boolean");
    }

    @Override
    String expected() {
      return "true or false";
    }
  };

  /** An enum, written by its constant's name. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    E[] constants = type.getEnumConstants();
    List<String> names = Arrays.stream(constants).map(Enum::name).toList();
    return new Codec<>() {
      @Override
      JsonNode write(E value) {
        return NODES.stringNode(value.name());
      }

      @Override
      @Nullable E read(JsonNode node, String pointer, Problems problems) {
        if (node.isString()) {
          for (E e : constants) {
            if (e.name().equals(node.stringValue())) {
              return e;
            }
          }
          problems.add(pointer, "unknown " + type.getSimpleName() + " \"" + abbreviate(node.stringValue()) + "\""
              + Names.suggestion(node.stringValue(), names) + "; give one of " + String.join(", ", names));
          return null;
        }
        problems.add(pointer, "expected " + expected() + ", found " + describe(node));
        return null;
      }

      @Override
      ObjectNode schema(SchemaContext defs) {
        return defs.define(type.getSimpleName(), () -> {
          ObjectNode schema = type("string");
          ArrayNode values = schema.putArray("enum");
          names.forEach(values::add);
          return schema;
        });
      }

      @Override
      String expected() {
        return "one of " + String.join(", ", names);
      }
    };
  }

  /** A list of values; sets are written in their own order. */
  static <V> Codec<List<V>> list(Codec<V> element) {
    return new Codec<>() {
      @Override
      JsonNode write(List<V> value) {
        ArrayNode array = NODES.arrayNode();
        for (V v : value) {
          array.add(element.write(v));
        }
        return array;
      }

      @Override
      @Nullable List<V> read(JsonNode node, String pointer, Problems problems) {
        if (!node.isArray()) {
          problems.add(pointer, "expected a list of " + element.expected() + ", found " + describe(node));
          return null;
        }
        int before = problems.count();
        List<V> values = new ArrayList<>(node.size());
        int i = 0;
        for (JsonNode item : node.values()) {
          V v = element.read(item, Problems.child(pointer, i++), problems);
          if (v != null) {
            values.add(v);
          }
        }
        return problems.count() > before ? null : values;
      }

      @Override
      ObjectNode schema(SchemaContext defs) {
        ObjectNode schema = type("array");
        schema.set("items", element.schema(defs));
        return schema;
      }

      @Override
      String expected() {
        return "a list of " + element.expected();
      }
    };
  }
}
