package io.github.commissioning.examples;

import java.io.PrintStream;

/** Where an example prints: plain text or Markdown, the same content either way. */
public final class Out {

  /** The output formats. */
  public enum Format {
    /** Plain text with underlined headings. */
    TEXT,
    /** GitHub-flavoured Markdown. */
    MARKDOWN
  }

  private final PrintStream stream;
  private final Format format;

  /**
   * Creates an output.
   *
   * @param stream where to print, not null
   * @param format the format, not null
   */
  public Out(PrintStream stream, Format format) {
    this.stream = stream;
    this.format = format;
  }

  /**
   * Returns the format.
   *
   * @return the format
   */
  public Format format() {
    return format;
  }

  void title(String text) {
    if (format == Format.MARKDOWN) {
      stream.println("# " + markdown(text));
    } else {
      stream.println(text);
      stream.println("=".repeat(text.length()));
    }
    stream.println();
  }

  void heading(String text) {
    if (format == Format.MARKDOWN) {
      stream.println("## " + markdown(text));
    } else {
      stream.println(text);
      stream.println("-".repeat(text.length()));
    }
    stream.println();
  }

  void line(String text) {
    stream.println(format == Format.MARKDOWN ? markdown(text) : text);
  }

  void paragraph(String text) {
    stream.println(format == Format.MARKDOWN ? markdown(text) : text);
    stream.println();
  }

  void bullet(String text) {
    stream.println(format == Format.MARKDOWN ? "- " + markdown(text) : "  - " + text);
  }

  /**
   * Text as Markdown shows it, whatever it holds: the characters Markdown gives a meaning are escaped, and a
   * line break inside a name becomes a space, so that data cannot add headings, links or list items.
   *
   * @param text the text
   * @return the escaped text
   */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|~".indexOf(c) >= 0 || (i == 0 && "#+-".indexOf(c) >= 0)) {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  void blank() {
    stream.println();
  }

  /** A block printed as is: indented in text, fenced in Markdown (with a language, such as mermaid). */
  void block(String language, String text) {
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    if (format == Format.MARKDOWN) {
      // a fence longer than any run of backticks in the body, so that the body cannot close it
      String fence = "```";
      while (body.contains(fence)) {
        fence += "`";
      }
      stream.println(fence + language);
      stream.println(body);
      stream.println(fence);
    } else {
      for (String line : body.split("\n", -1)) {
        stream.println("    " + line);
      }
    }
    stream.println();
  }
}
