package io.github.commissioning.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A source a rule rests on: a title, a link and what, in it, supports the rule.
 * <p>
 * For example, {@code RuleSource.of("National Health Service Act 2006, section 13Z",
 * "https://www.legislation.gov.uk/ukpga/2006/41/section/13Z", "subsection (6): arrangements do not affect
 * NHS England's liability")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleSource {

  private final String title;
  private final String link;
  private final String supports;

  private RuleSource(String title, String link, String supports) {
    this.title = title;
    this.link = link;
    this.supports = supports;
  }

  /**
   * Obtains a source.
   *
   * @param title the title of the document, not null, not blank
   * @param link where to read it, an {@code http} or {@code https} address, not null
   * @param supports what in the document supports the rule, not null, not blank
   * @return the source, not null
   * @throws IllegalArgumentException if the title or what it supports is blank, or the link is not an
   *     {@code http} or {@code https} address
   */
  public static RuleSource of(String title, String link, String supports) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(supports, "supports");
    if (title.isBlank() || supports.isBlank()) {
      throw new IllegalArgumentException("Invalid rule source: title '" + title + "' and what it supports '"
          + supports + "' must both be given");
    }
    if (!link.startsWith("https://") && !link.startsWith("http://")) {
      throw new IllegalArgumentException("Invalid link of rule source '" + title + "': '" + link
          + "'; give an http or https address");
    }
    return new RuleSource(title, link, supports);
  }

  /**
   * Returns the title of the document, not null.
   *
   * @return the title of the document, not null
   */
  public String title() {
    return title;
  }

  /**
   * Returns where to read it, an {@code http} or {@code https} address, not null.
   *
   * @return where to read it, an {@code http} or {@code https} address, not null
   */
  public String link() {
    return link;
  }

  /**
   * Returns what in the document supports the rule, not null.
   *
   * @return what in the document supports the rule, not null
   */
  public String supports() {
    return supports;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof RuleSource other && title.equals(other.title) && link.equals(other.link)
        && supports.equals(other.supports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, link, supports);
  }

  @Override
  public String toString() {
    return title + " (" + link + "): " + supports;
  }
}
