package io.github.commissioning.json;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one document: the first {@link ReadLimits#MAX_PROBLEMS}, and a count of the rest. */
final class Problems {

  private final String source;
  private final List<FormatProblem> problems = new ArrayList<>();
  private int omitted;

  Problems(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  void add(String pointer, String message) {
    if (problems.size() < ReadLimits.MAX_PROBLEMS) {
      problems.add(new FormatProblem(source, pointer, 0, 0, message));
    } else {
      omitted++;
    }
  }

  int count() {
    return problems.size() + omitted;
  }

  boolean isEmpty() {
    return count() == 0;
  }

  /** Throws the problems found, if any. */
  void throwIfAny() {
    if (!isEmpty()) {
      throw new FormatException(problems, omitted);
    }
  }

  /** Escapes a property name for a JSON Pointer (RFC 6901). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, String name) {
    return pointer + "/" + escape(name);
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
