package io.github.commissioning.model;

/** The parts of a default id derived from other codes. */
final class Codes {

  private Codes() {
  }

  /**
   * A code as one part of a derived id: {@code \\}, {@code /} and {@code >} are escaped with a backslash,
   * so that two different sets of parts never give the same id ({@code a/b} + {@code c} is not {@code a} +
   * {@code b/c}).
   */
  static String part(Object code) {
    String text = code.toString();
    if (text.indexOf('\\') < 0 && text.indexOf('/') < 0 && text.indexOf('>') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '/' || c == '>') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
