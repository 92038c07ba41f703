package io.github.commissioning.internal;

import java.util.Locale;

/** Values quoted in error messages: bounded, with anything invisible or line-breaking escaped. */
public final class Text {

  /** The most characters of a bad value an error message shows. */
  public static final int SHOWN = 60;

  private Text() {
  }

  /**
   * Returns at most {@link #SHOWN} characters of a value, with control, invisible and line-breaking
   * characters and lone surrogates shown as {@code \\uXXXX}, and the length when it was cut.
   *
   * @param value the value
   * @return the text to quote
   */
  public static String quote(String value) {
    return quote(value, SHOWN);
  }

  /**
   * Returns at most {@code limit} characters of a value, escaped as {@link #quote(String)} does.
   *
   * @param value the value
   * @param limit the most characters to show
   * @return the text to quote
   */
  public static String quote(String value, int limit) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), limit) + 16);
    for (int i = 0; i < Math.min(value.length(), limit); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) || (c != ' ' && (Character.isWhitespace(c)
          || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT))) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (value.length() > limit) {
      out.append("… (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }
}
