package io.github.commissioning.json;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A builder for the types made by a factory rather than a builder: the fields read so far, by name. */
final class Slots {

  private final Map<String, Object> values = new HashMap<>();

  void put(String name, Object value) {
    values.put(name, value);
  }

  // each codec puts and gets a field's value under one name, with one type: the cast is the codec's
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  <V> V get(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new IllegalStateException("field '" + name + "' is missing");
    }
    return (V) value;
  }

  @SuppressWarnings("unchecked")
  <V> Optional<V> find(String name) {
    @Nullable Object value = values.get(name);
    return Optional.ofNullable((V) value);
  }
}
