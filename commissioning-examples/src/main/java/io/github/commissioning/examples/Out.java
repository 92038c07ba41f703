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
      stream.println("# " + text);
    } else {
      stream.println(text);
      stream.println("=".repeat(text.length()));
    }
    stream.println();
  }

  void heading(String text) {
    if (format == Format.MARKDOWN) {
      stream.println("## " + text);
    } else {
      stream.println(text);
      stream.println("-".repeat(text.length()));
    }
    stream.println();
  }

  void line(String text) {
    stream.println(text);
  }

  void paragraph(String text) {
    stream.println(text);
    stream.println();
  }

  void bullet(String text) {
    stream.println((format == Format.MARKDOWN ? "- " : "  - ") + text);
  }

  void blank() {
    stream.println();
  }

  /** A block printed as is: indented in text, fenced in Markdown (with a language, such as mermaid). */
  void block(String language, String text) {
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    if (format == Format.MARKDOWN) {
      stream.println("```" + language);
      stream.println(body);
      stream.println("```");
    } else {
      for (String line : body.split("\n", -1)) {
        stream.println("    " + line);
      }
    }
    stream.println();
  }
}
