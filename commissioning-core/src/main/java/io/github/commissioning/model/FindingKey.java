package io.github.commissioning.model;

import io.github.commissioning.internal.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The stable identity of a finding: the rule id and the parts that tell one finding of the rule from
 * another (the codes of its subjects and, where a rule finds the same subjects more than once, a
 * discriminator).
 * <p>
 * Its text is the rule id and the parts joined by {@code |}, such as {@code ACC-UNOWNED|pms|2013-04-01}.
 * A part that itself contains {@code |} or {@code \} has them escaped with {@code \}, so that two
 * different findings never share a text: a part {@code B|C} is written {@code B\|C}. Ordinary codes
 * read the same as they always did. {@link #parse(CharSequence)} reads the text back:
 * {@code FindingKey.parse(key.toString()).equals(key)} for every key.
 * <p>
 * Waivers, diffs and the generators' expected findings all match on this key, never on a message, so
 * improving a message never orphans a waiver.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FindingKey implements Comparable<FindingKey> {

  private final String ruleId;
  private final List<String> parts;
  private final String text;

  private FindingKey(String ruleId, List<String> parts) {
    this.ruleId = ruleId;
    this.parts = parts;
    StringBuilder builder = new StringBuilder(ruleId);
    for (String part : parts) {
      escape(builder.append('|'), part);
    }
    this.text = builder.toString();
  }

  /**
   * Obtains a key from a rule id and its parts.
   *
   * @param ruleId the rule id, not null, not blank, without {@code |}, {@code \} or white space
   * @param parts the subjects' codes and any discriminator, most important first, not null, at least one,
   *     none empty
   * @return the key, not null
   * @throws IllegalArgumentException if the rule id is blank or contains {@code |}, {@code \} or white
   *     space, or there is no part, or a part is empty
   */
  public static FindingKey of(String ruleId, List<String> parts) {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(ruleId, "ruleId");
    if (ruleId.isEmpty() || ruleId.chars().anyMatch(c -> c == '|' || c == '\\' || Character.isWhitespace(c))) {
      throw new IllegalArgumentException("Invalid rule id in finding key: '" + Text.quote(ruleId)
          + "'; a rule id is not blank and has no '|', '\\' or white space");
    }
    List<String> copy = List.copyOf(parts);
    if (copy.isEmpty() || copy.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("Invalid finding key of rule " + ruleId + ": parts " + copy
          + "; a key needs at least one part, and no part may be empty");
    }
    for (String part : copy) {
      if (part.startsWith(ruleId + "|")) {
        // the whole key passed where its parts were expected: it would match no finding
        throw new IllegalArgumentException("Invalid finding key of rule " + ruleId + ": the part '"
            + (part.length() > 80 ? part.substring(0, 80) + "…" : part) + "' is a whole finding key; "
            + "read a key's text with FindingKey.parse(text), or pass only the subject codes");
      }
    }
    return new FindingKey(ruleId, copy);
  }

  /**
   * Obtains a key from a rule id and its parts.
   *
   * @param ruleId the rule id, not null
   * @param parts the subjects' codes and any discriminator, not null, at least one, none empty
   * @return the key, not null
   * @throws IllegalArgumentException as {@link #of(String, List)}
   */
  public static FindingKey of(String ruleId, String... parts) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(parts, "parts");
    return of(ruleId, Arrays.asList(parts));
  }

  /**
   * Obtains a key from its text, such as {@code ACC-UNOWNED|pms|2013-04-01}, as {@link #toString()}
   * writes it.
   *
   * @param text the text, not null
   * @return the key, not null
   * @throws IllegalArgumentException if the text has no part after the rule id, an empty part, or a
   *     {@code \} that escapes neither {@code |} nor {@code \}
   */
  public static FindingKey parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String input = text.toString();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\\') {
        if (i + 1 == input.length() || (input.charAt(i + 1) != '|' && input.charAt(i + 1) != '\\')) {
          throw new IllegalArgumentException("Invalid finding key '" + Text.quote(input) + "': the '\\' at index " + i
              + " escapes neither '|' nor '\\'; write a literal '\\' as '\\\\'");
        }
        field.append(input.charAt(++i));
      } else if (c == '|') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    if (fields.size() < 2) {
      throw new IllegalArgumentException("Invalid finding key '" + Text.quote(input)
          + "': expected the rule id and at least one part joined by '|', such as ACC-UNOWNED|pms|2013-04-01");
    }
    return of(fields.get(0), fields.subList(1, fields.size()));
  }

  private static void escape(StringBuilder builder, String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '|' || c == '\\') {
        builder.append('\\');
      }
      builder.append(c);
    }
  }

  /**
   * Returns the rule id, not null.
   *
   * @return the rule id, not null
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the parts after the rule id: the subjects' codes and any discriminator, not null.
   *
   * @return the parts after the rule id: the subjects' codes and any discriminator, not null
   */
  public List<String> parts() {
    return parts;
  }

  /**
   * Returns the text of the parts without the rule id, escaped as in {@link #toString()}.
   *
   * @return the subject key, such as {@code pms|2013-04-01}, not null
   */
  public String subjectKey() {
    return text.substring(ruleId.length() + 1);
  }

  /**
   * Returns a copy of this key with the rule id altered, as for a rule that was renamed.
   * This instance is immutable and unaffected by this method call.
   *
   * @param newRuleId the rule id, not null
   * @return the key, not null
   * @throws IllegalArgumentException as {@link #of(String, List)}
   */
  public FindingKey withRuleId(String newRuleId) {
    Objects.requireNonNull(newRuleId, "newRuleId");
    return newRuleId.equals(ruleId) ? this : of(newRuleId, parts);
  }

  @Override
  public int compareTo(FindingKey other) {
    Objects.requireNonNull(other, "other");
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || (obj instanceof FindingKey other && other.text.equals(text));
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the text of the key: the rule id and the escaped parts, joined by {@code |}.
   *
   * @return the text of the key: the rule id and the escaped parts, joined by {@code |}
   */
  @Override
  public String toString() {
    return text;
  }
}
