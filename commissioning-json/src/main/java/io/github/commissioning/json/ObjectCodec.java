package io.github.commissioning.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A type written as a JSON object with named fields, read through its builder. Unknown fields are rejected with
 * the nearest known name; missing required fields, wrong types and what the builder refuses are problems at
 * their pointers; reading goes on to find them all.
 *
 * @param <T> the type
 * @param <B> its builder
 */
final class ObjectCodec<T, B> extends Codec<T> {

  /** One field: how to get it from a value, and how to give it to a builder. */
  private record Field<T, B, V>(String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set,
      boolean required, String description) {
  }

  private final String name;
  private final String description;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final Map<String, Field<T, B, ?>> fields = new LinkedHashMap<>();

  ObjectCodec(String name, String description, Supplier<B> builder, Function<B, T> build) {
    this.name = name;
    this.description = description;
    this.builder = builder;
    this.build = build;
  }

  String name() {
    return name;
  }

  /** A field every value has. */
  <V> ObjectCodec<T, B> required(String field, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set,
      String what) {
    fields.put(field, new Field<>(field, codec, t -> Optional.of(get.apply(t)), set, true, what));
    return this;
  }

  /** A field a value may lack; written only when present. */
  <V> ObjectCodec<T, B> optional(String field, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set,
      String what) {
    fields.put(field, new Field<>(field, codec, get, set, false, what));
    return this;
  }

  /** A field with a default; written only when it differs from the default. */
  <V> ObjectCodec<T, B> withDefault(String field, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set,
      V defaultValue, String what) {
    fields.put(field, new Field<>(field, codec, t -> {
      V v = get.apply(t);
      return Objects.equals(v, defaultValue) ? Optional.empty() : Optional.of(v);
    }, set, false, what + " (default: " + defaultText(codec, defaultValue) + ")"));
    return this;
  }

  private static <V> String defaultText(Codec<V> codec, V value) {
    JsonNode node = codec.write(value);
    return node.isString() ? node.stringValue() : node.toString();
  }

  /** A list or set field; written only when not empty. */
  <V> ObjectCodec<T, B> many(String field, Codec<V> element, Function<T, ? extends Collection<V>> get,
      BiConsumer<B, List<V>> set, String what) {
    fields.put(field, new Field<T, B, List<V>>(field, list(element), t -> {
      Collection<V> values = get.apply(t);
      return values.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(values));
    }, set, false, what));
    return this;
  }

  @Override
  JsonNode write(T value) {
    ObjectNode object = NODES.objectNode();
    for (Field<T, B, ?> field : fields.values()) {
      writeField(object, field, value);
    }
    return object;
  }

  private static <T, B, V> void writeField(ObjectNode object, Field<T, B, V> field, T value) {
    field.get().apply(value).ifPresent(v -> object.set(field.name(), field.codec().write(v)));
  }

  @Override
  @Nullable T read(JsonNode node, String pointer, Problems problems) {
    B b = readInto(node, pointer, problems);
    if (b == null) {
      return null;
    }
    try {
      return build.apply(b);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problems.add(pointer, "this " + name + " cannot be made: " + e.getMessage());
      return null;
    }
  }

  /** Reads the fields into a new builder, or returns null after adding problems. */
  @Nullable B readInto(JsonNode node, String pointer, Problems problems) {
    if (!node.isObject()) {
      problems.add(pointer, "expected " + expected() + ", found " + describe(node));
      return null;
    }
    int before = problems.count();
    for (String given : node.propertyNames()) {
      if (!fields.containsKey(given)) {
        problems.add(Problems.child(pointer, given), "unknown field '" + Codec.abbreviate(given) + "' in "
            + article(name) + Names.suggestion(given, fields.keySet()) + "; its fields are "
            + String.join(", ", fields.keySet()));
      }
    }
    B b = builder.get();
    for (Field<T, B, ?> field : fields.values()) {
      readField(node, pointer, problems, b, field);
    }
    return problems.count() > before ? null : b;
  }

  private <V> void readField(JsonNode node, String pointer, Problems problems, B b, Field<T, B, V> field) {
    JsonNode child = node.get(field.name());
    if (child == null || child.isNull()) {
      if (field.required()) {
        problems.add(pointer, article(name) + " needs the field '" + field.name() + "': "
            + field.description() + ", " + field.codec().expected());
      }
      return;
    }
    V v = field.codec().read(child, Problems.child(pointer, field.name()), problems);
    if (v != null) {
      field.set().accept(b, v);
    }
  }

  static String article(String noun) {
    return ("AEIOU".indexOf(Character.toUpperCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
  }

  @Override
  ObjectNode schema(SchemaContext defs) {
    return defs.define(name, () -> {
      ObjectNode schema = type("object");
      schema.put("description", description);
      ObjectNode properties = schema.putObject("properties");
      List<String> required = new ArrayList<>();
      for (Field<T, B, ?> field : fields.values()) {
        ObjectNode property = field.codec().schema(defs).deepCopy();
        if (property.has("$ref")) {
          ObjectNode wrapped = NODES.objectNode();
          wrapped.put("description", field.description());
          wrapped.putArray("allOf").add(property);
          property = wrapped;
        } else {
          property.put("description", field.description());
        }
        properties.set(field.name(), property);
        if (field.required()) {
          required.add(field.name());
        }
      }
      if (!required.isEmpty()) {
        ArrayNode array = schema.putArray("required");
        required.forEach(array::add);
      }
      schema.put("additionalProperties", false);
      return schema;
    });
  }

  @Override
  String expected() {
    return article(name) + " (an object)";
  }
}
