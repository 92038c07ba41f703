package io.github.commissioning.json;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/** The named definitions ({@code $defs}) of a schema being generated. */
final class SchemaContext {

  private final Map<String, ObjectNode> defs = new TreeMap<>();

  /** Defines a named type once, returning a reference to it. */
  ObjectNode define(String name, Supplier<ObjectNode> schema) {
    if (!defs.containsKey(name)) {
      defs.put(name, Codec.NODES.objectNode());   // placeholder against recursion
      defs.put(name, schema.get());
    }
    return Codec.NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  Map<String, ObjectNode> defs() {
    return defs;
  }
}
