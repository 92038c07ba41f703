package io.github.commissioning.json;

/**
 * The limits every reader of this module sets, deliberately, so that a hostile or broken file gives a clear
 * error instead of a hang or an {@code OutOfMemoryError}. Each limit is far beyond what a real arrangement needs:
 * England's whole 2022 map (6,527 practice areas, 8,000 organisations) is about 3 MB of JSON and nests 5 deep.
 * <ul>
 *   <li>a document of at most {@value #MAX_DOCUMENT_CHARS} characters (bytes for JSON);
 *   <li>strings of at most {@value #MAX_STRING_LENGTH} characters, names of at most {@value #MAX_NAME_LENGTH};
 *   <li>nesting at most {@value #MAX_NESTING_DEPTH} deep;
 *   <li>numbers of at most {@value #MAX_NUMBER_LENGTH} digits (the format's only numbers are small counts);
 *   <li>in YAML, at most {@value #MAX_YAML_ALIASES} aliases to collections (against "billion laughs"), no
 *       recursive keys and no duplicate keys; in JSON, no duplicate keys;
 *   <li>at most {@value #MAX_PROBLEMS} problems listed (the rest are counted).
 * </ul>
 * No reader in this module uses polymorphic typing: a file can never name a Java class to instantiate.
 *
 * @since 0.1
 */
public final class ReadLimits {

  /** The longest document read, in characters (bytes for JSON): {@value}. */
  public static final int MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
  /** The longest string value: {@value} characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest property name: {@value} characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The deepest nesting of objects and arrays: {@value}. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest number: {@value} digits. */
  public static final int MAX_NUMBER_LENGTH = 20;
  /** The most YAML aliases to collections in one document: {@value}. */
  public static final int MAX_YAML_ALIASES = 50;
  /** The most problems listed in one {@link FormatException}: {@value}. */
  public static final int MAX_PROBLEMS = 1_000;

  private ReadLimits() {
  }
}
