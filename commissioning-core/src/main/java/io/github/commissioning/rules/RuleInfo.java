package io.github.commissioning.rules;

import io.github.commissioning.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a rule is, as data: its id, title, explanation, default severity, status, sources, former ids,
 * the usual remedy, and where its documentation is.
 * <p>
 * Every {@link Rule} has one; a report heads each rule's findings with its title and severity and points
 * to its documentation. A user-written rule supplies the same:
 * <pre>{@code
 * RuleInfo info = RuleInfo.builder("LOCAL-NO-DEPUTY", "Committee without a deputy chair", Severity.WARNING)
 *     .explanation("Our standing orders require every committee to have a deputy chair.")
 *     .status(RuleStatus.PROVISIONAL)
 *     .remedy("Appoint a deputy chair.")
 *     .build();
 * }</pre>
 * <p>
 * Ids are upper-case words and digits joined by hyphens ({@code ACC-UNOWNED}), stable forever: a rule
 * that is renamed lists its old ids as {@linkplain #formerIds() former ids}, and a waiver written for a
 * former id keeps waiving.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleInfo {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  private final String id;
  private final String title;
  private final String explanation;
  private final Severity defaultSeverity;
  private final RuleStatus status;
  private final List<RuleSource> sources;
  private final List<String> formerIds;
  private final String remedy;
  private final Optional<String> documentation;

  private RuleInfo(Builder builder) {
    this.id = builder.id;
    this.title = builder.title;
    this.explanation = Objects.requireNonNull(builder.explanation);
    this.defaultSeverity = builder.defaultSeverity;
    this.status = builder.status;
    this.sources = List.copyOf(builder.sources);
    this.formerIds = List.copyOf(builder.formerIds);
    this.remedy = Objects.requireNonNull(builder.remedy);
    this.documentation = Optional.ofNullable(builder.documentation);
  }

  /**
   * Returns a builder of the metadata of a rule.
   *
   * @param id the stable id, upper-case words and digits joined by hyphens, not null
   * @param title a short title that reads as the problem, not null, not blank
   * @param defaultSeverity the severity of findings unless a {@link RuleSet} overrides it, not null
   * @return the builder, not null
   */
  public static Builder builder(String id, String title, Severity defaultSeverity) {
    return new Builder(id, title, defaultSeverity);
  }

  /**
   * Checks whether a text is a valid rule id: upper-case words and digits joined by hyphens.
   *
   * @param text the text, not null
   * @return true if it is a valid id
   */
  public static boolean isValidId(String text) {
    return ID.matcher(text).matches();
  }

  /**
   * Returns the stable id, such as {@code ACC-UNOWNED}, not null.
   *
   * @return the stable id, such as {@code ACC-UNOWNED}, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns a short title that reads as the problem, such as "Function with no duty holder", not null.
   *
   * @return a short title that reads as the problem, such as "Function with no duty holder", not null
   */
  public String title() {
    return title;
  }

  /**
   * Returns a paragraph on what the rule finds and why it matters, in the project's own words, not null.
   *
   * @return a paragraph on what the rule finds and why it matters, in the project's own words, not null
   */
  public String explanation() {
    return explanation;
  }

  /**
   * Returns the severity of findings unless a {@link RuleSet} overrides it, not null.
   *
   * @return the severity of findings unless a {@link RuleSet} overrides it, not null
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns whether the rule restates law or statutory guidance, or is provisional, not null.
   *
   * @return whether the rule restates law or statutory guidance, or is provisional, not null
   */
  public RuleStatus status() {
    return status;
  }

  /**
   * Returns the sources the rule rests on, most authoritative first; empty only for a provisional rule.
   *
   * @return the sources the rule rests on, most authoritative first; empty only for a provisional rule
   */
  public List<RuleSource> sources() {
    return sources;
  }

  /**
   * Returns the ids the rule had before, oldest first; waivers written for them still apply.
   *
   * @return the ids the rule had before, oldest first; waivers written for them still apply
   */
  public List<String> formerIds() {
    return formerIds;
  }

  /**
   * Returns the usual way to fix what the rule finds, not null.
   *
   * @return the usual way to fix what the rule finds, not null
   */
  public String remedy() {
    return remedy;
  }

  /**
   * Returns where the rule's documentation is: for the standard rules, the path of its page in the
   * project's repository, such as {@code docs/rules/ACC-UNOWNED.md}.
   *
   * @return the address or path, if the rule has documentation
   */
  public Optional<String> documentation() {
    return documentation;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof RuleInfo other)) {
      return false;
    }
    return id.equals(other.id) && title.equals(other.title) && explanation.equals(other.explanation)
        && defaultSeverity == other.defaultSeverity && status == other.status && sources.equals(other.sources)
        && formerIds.equals(other.formerIds) && remedy.equals(other.remedy)
        && documentation.equals(other.documentation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, explanation, defaultSeverity, status, sources, formerIds, remedy, documentation);
  }

  @Override
  public String toString() {
    return id + " (" + title + ", " + defaultSeverity + ", " + status + ")";
  }

  /**
   * A builder of {@link RuleInfo}. Obtain one from {@link RuleInfo#builder(String, String, Severity)}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private final String title;
    private final Severity defaultSeverity;
    private @Nullable String explanation;
    private RuleStatus status = RuleStatus.PROVISIONAL;
    private final List<RuleSource> sources = new ArrayList<>();
    private final List<String> formerIds = new ArrayList<>();
    private @Nullable String remedy;
    private @Nullable String documentation;

    private Builder(String id, String title, Severity defaultSeverity) {
      this.id = Objects.requireNonNull(id, "id");
      this.title = Objects.requireNonNull(title, "title");
      this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    }

    /**
     * Sets the explanation: what the rule finds and why it matters.
     *
     * @param explanation one paragraph, not null, not blank
     * @return this builder
     */
    public Builder explanation(String explanation) {
      this.explanation = Objects.requireNonNull(explanation, "explanation");
      return this;
    }

    /**
     * Sets the status; {@link RuleStatus#PROVISIONAL} unless set.
     *
     * @param status the status, not null
     * @return this builder
     */
    public Builder status(RuleStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Adds sources, most authoritative first.
     *
     * @param sources the sources, not null
     * @return this builder
     */
    public Builder sources(RuleSource... sources) {
      Objects.requireNonNull(sources, "sources");
      for (RuleSource value : sources) {
        this.sources.add(Objects.requireNonNull(value, "source"));
      }
      return this;
    }

    /**
     * Adds former ids, oldest first.
     *
     * @param formerIds the ids the rule had before, not null
     * @return this builder
     */
    public Builder formerIds(String... formerIds) {
      Objects.requireNonNull(formerIds, "formerIds");
      for (String value : formerIds) {
        this.formerIds.add(Objects.requireNonNull(value, "former id"));
      }
      return this;
    }

    /**
     * Sets the usual way to fix what the rule finds.
     *
     * @param remedy the remedy, not null, not blank
     * @return this builder
     */
    public Builder remedy(String remedy) {
      this.remedy = Objects.requireNonNull(remedy, "remedy");
      return this;
    }

    /**
     * Sets where the rule's documentation is.
     *
     * @param documentation an address or a path in the project's repository, not null, not blank
     * @return this builder
     */
    public Builder documentation(String documentation) {
      this.documentation = Objects.requireNonNull(documentation, "documentation");
      return this;
    }

    /**
     * Builds the metadata.
     *
     * @return the metadata, not null
     * @throws IllegalStateException if the id or a former id is not upper-case words and digits joined by
     *     hyphens, a former id repeats the id, the title, explanation or remedy is blank or missing, the
     *     documentation is blank, or a stable rule has no source
     */
    public RuleInfo build() {
      List<String> problems = new ArrayList<>();
      if (!isValidId(id)) {
        problems.add("id '" + Text.quote(id) + "' is not upper-case words and digits joined by hyphens, such as ACC-UNOWNED");
      }
      for (String former : formerIds) {
        if (!isValidId(former) || former.equals(id)) {
          problems.add("former id '" + Text.quote(former) + "' must be a valid id other than the rule's own");
        }
      }
      if (title.isBlank()) {
        problems.add("the title is blank");
      }
      if (explanation == null || explanation.isBlank()) {
        problems.add("the explanation is missing: say what the rule finds and why it matters");
      }
      if (remedy == null || remedy.isBlank()) {
        problems.add("the remedy is missing: say how to fix what the rule finds");
      }
      if (documentation != null && documentation.isBlank()) {
        problems.add("the documentation is blank");
      }
      if (status == RuleStatus.STABLE && sources.isEmpty()) {
        problems.add("a STABLE rule needs at least one source; add one, or make it PROVISIONAL");
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException("Invalid metadata of rule " + Text.quote(id) + ": " + String.join("; ", problems));
      }
      return new RuleInfo(this);
    }
  }
}
