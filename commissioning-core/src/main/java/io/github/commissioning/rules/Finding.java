package io.github.commissioning.rules;

import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.FindingKey;
import io.github.commissioning.model.Waiver;
import io.github.commissioning.value.Identifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a rule found: the rule id, the severity, the typed subjects, when, where, the evidence, a message
 * a governance lead can read, and a stable key.
 * <p>
 * The {@linkplain #key() key} is built from the rule id and the subjects' ids (and, where one rule finds
 * the same subjects more than once, a discriminator such as a start date), never from the message, so
 * improving a message does not orphan a waiver or change a diff.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Finding {

  private final String ruleId;
  private final Severity severity;
  private final List<Identifier<?>> subjects;
  private final Optional<String> discriminator;
  private final Optional<DateRange> period;
  private final Optional<FootprintId> footprint;
  private final List<AreaId> areas;
  private final List<String> evidence;
  private final String message;
  private final FindingKey key;

  private Finding(Builder builder, Severity severity) {
    this.ruleId = builder.ruleId;
    this.severity = severity;
    this.subjects = List.copyOf(builder.subjects);
    this.discriminator = Optional.ofNullable(builder.discriminator);
    this.period = Optional.ofNullable(builder.period);
    this.footprint = Optional.ofNullable(builder.footprint);
    this.areas = List.copyOf(builder.areas);
    this.evidence = List.copyOf(builder.evidence);
    this.message = Objects.requireNonNull(builder.message);
    List<String> parts = new ArrayList<>(subjects.size() + 1);
    subjects.forEach(s -> parts.add(s.code()));
    discriminator.ifPresent(parts::add);
    this.key = FindingKey.of(ruleId, parts);
  }

  /**
   * Returns a builder of a finding of a rule, with the rule's id and default severity.
   *
   * @param rule the rule, not null
   * @return the builder, not null
   */
  public static Builder builder(Rule rule) {
    return builder(Objects.requireNonNull(rule, "rule").info());
  }

  /**
   * Returns a builder of a finding of the rule a metadata describes, with its id and default severity:
   * the form for a rule made with {@link Rule#of(RuleInfo, Function)}.
   *
   * @param info the rule's metadata, not null
   * @return the builder, not null
   */
  public static Builder builder(RuleInfo info) {
    Objects.requireNonNull(info, "info");
    return new Builder(info.id(), info.defaultSeverity());
  }

  /**
   * Returns the id of the rule that found it, not null.
   *
   * @return the id of the rule that found it, not null
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the severity, not null.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the subjects: the typed ids of what the finding is about, most important first.
   *
   * @return the subjects: the typed ids of what the finding is about, most important first
   */
  public List<Identifier<?>> subjects() {
    return subjects;
  }

  /**
   * Returns when the problem holds, if it depends on dates.
   *
   * @return when the problem holds, if it depends on dates
   */
  public Optional<DateRange> period() {
    return period;
  }

  /**
   * Returns the footprint where the problem holds, if it is one footprint.
   *
   * @return the footprint where the problem holds, if it is one footprint
   */
  public Optional<FootprintId> footprint() {
    return footprint;
  }

  /**
   * Returns the areas where the problem holds, in area-index order; empty if it is not about areas.
   *
   * @return the areas where the problem holds, in area-index order; empty if it is not about areas
   */
  public List<AreaId> areas() {
    return areas;
  }

  /**
   * Returns the evidence: the facts of the arrangement that make the finding, one per line.
   *
   * @return the evidence: the facts of the arrangement that make the finding, one per line
   */
  public List<String> evidence() {
    return evidence;
  }

  /**
   * Returns a message that names the subjects and says what would fix the problem, not null.
   *
   * @return a message that names the subjects and says what would fix the problem, not null
   */
  public String message() {
    return message;
  }

  /**
   * Returns the subjects of a type, in order: {@code finding.subjectsOf(OrganisationId.class)}.
   *
   * @param <T> the type of id
   * @param type the class of the id type, not null
   * @return the subjects of that type, not null
   */
  public <T extends Identifier<?>> List<T> subjectsOf(Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Identifier<?> subject : subjects) {
      if (type.isInstance(subject)) {
        found.add(type.cast(subject));
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns the stable key: the rule id, the subjects' codes and any discriminator, such as
   * {@code ACC-UNOWNED|pms|2013-04-01}.
   *
   * @return the key, not null
   */
  public FindingKey key() {
    return key;
  }

  /**
   * Returns a copy of this finding with the severity altered.
   * This instance is immutable and unaffected by this method call.
   *
   * @param newSeverity the severity, not null
   * @return the finding, not null
   */
  public Finding withSeverity(Severity newSeverity) {
    if (newSeverity == severity) {
      return this;
    }
    Builder builder = new Builder(ruleId, newSeverity);
    builder.subjects.addAll(subjects);
    builder.discriminator = discriminator.orElse(null);
    builder.period = period.orElse(null);
    builder.footprint = footprint.orElse(null);
    builder.areas.addAll(areas);
    builder.evidence.addAll(evidence);
    builder.message = message;
    return builder.build();
  }

  /**
   * Returns a waiver of this finding: the form that cannot name the wrong finding.
   * <pre>{@code
   * Waiver accepted = finding.waiver("The CCG's successor takes the delegation over by transfer scheme",
   *     "Director of Governance", LocalDate.of(2022, 12, 31));
   * Arrangement waived = arrangement.with(accepted);
   * }</pre>
   *
   * @param justification why the finding is accepted, not null
   * @param owner who accepted it, not null
   * @param expiry the last day it waives, not null
   * @return the waiver, not null
   */
  public Waiver waiver(String justification, String owner, LocalDate expiry) {
    return Waiver.of(key, justification, owner, expiry);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof Finding other)) {
      return false;
    }
    return ruleId.equals(other.ruleId) && severity == other.severity && subjects.equals(other.subjects)
        && discriminator.equals(other.discriminator) && period.equals(other.period)
        && footprint.equals(other.footprint) && areas.equals(other.areas) && evidence.equals(other.evidence)
        && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, subjects, discriminator, period, footprint, areas, evidence, message);
  }

  @Override
  public String toString() {
    return severity + " " + key() + ": " + message;
  }

  /**
   * A builder of {@link Finding}s. Obtain one from {@link Finding#builder(Rule)}.
   * This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final String ruleId;
    private Severity severity;
    private final List<Identifier<?>> subjects = new ArrayList<>();
    private @Nullable String discriminator;
    private @Nullable DateRange period;
    private @Nullable FootprintId footprint;
    private final List<AreaId> areas = new ArrayList<>();
    private final List<String> evidence = new ArrayList<>();
    private @Nullable String message;

    private Builder(String ruleId, Severity severity) {
      this.ruleId = ruleId;
      this.severity = severity;
    }

    /**
     * Adds subjects, most important first, after those already added.
     *
     * @param ids the typed ids, not null, no element null
     * @return this builder
     * @throws NullPointerException naming the position of a null id
     */
    public Builder addSubjects(Identifier<?>... ids) {
      Objects.requireNonNull(ids, "ids");
      for (int i = 0; i < ids.length; i++) {
        subjects.add(Objects.requireNonNull(ids[i], () -> "subject ids: element " + subjects.size() + " is null"));
      }
      return this;
    }

    /**
     * Sets a discriminator, for a rule that finds the same subjects more than once (a start date).
     *
     * @param discriminator the discriminator, not null
     * @return this builder
     */
    public Builder discriminator(String discriminator) {
      this.discriminator = Objects.requireNonNull(discriminator, "discriminator");
      return this;
    }

    /**
     * Tells the findings of a rule about the same subjects apart by their order: the first has no
     * discriminator, the second {@code 2}, and so on, so that correcting a date never changes a key.
     */
    Builder occurrence(int index) {
      if (index > 0) {
        this.discriminator = String.valueOf(index + 1);
      }
      return this;
    }

    /**
     * Sets the severity, overriding the rule's default.
     *
     * @param severity the severity, not null
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets when the problem holds.
     *
     * @param period the period, not null
     * @return this builder
     */
    public Builder period(DateRange period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * Sets the footprint where the problem holds.
     *
     * @param footprint the footprint, not null
     * @return this builder
     */
    public Builder footprint(FootprintId footprint) {
      this.footprint = Objects.requireNonNull(footprint, "footprint");
      return this;
    }

    /**
     * Sets the areas where the problem holds, replacing any set before.
     *
     * @param areas the areas, not null, no element null
     * @return this builder
     * @throws NullPointerException naming the position of a null area
     */
    public Builder areas(List<AreaId> areas) {
      Objects.requireNonNull(areas, "areas");
      this.areas.clear();
      for (AreaId area : areas) {
        this.areas.add(Objects.requireNonNull(area, () -> "areas: element " + this.areas.size() + " is null"));
      }
      return this;
    }

    /**
     * Adds lines of evidence after those already added.
     *
     * @param lines the lines, not null, no element null
     * @return this builder
     * @throws NullPointerException naming the position of a null line
     */
    public Builder addEvidence(String... lines) {
      return addEvidence(Arrays.asList(Objects.requireNonNull(lines, "lines")));
    }

    /**
     * Adds lines of evidence after those already added.
     *
     * @param lines the lines, not null, no element null
     * @return this builder
     * @throws NullPointerException naming the position of a null line
     */
    public Builder addEvidence(List<String> lines) {
      Objects.requireNonNull(lines, "lines");
      for (String line : lines) {
        evidence.add(Objects.requireNonNull(line, () -> "evidence: line " + evidence.size() + " is null"));
      }
      return this;
    }

    /**
     * Sets the message.
     *
     * @param message the message, not null, not blank
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    /**
     * Builds the finding.
     *
     * @return the finding, not null
     * @throws IllegalStateException if there is no subject or no message
     */
    public Finding build() {
      if (subjects.isEmpty() || message == null || message.isBlank()) {
        throw new IllegalStateException("Invalid finding of rule " + ruleId + ": it needs at least one subject "
            + "(has " + subjects.size() + ") and a message (has " + (message == null ? "none" : "'" + message + "'")
            + ")");
      }
      return new Finding(this, severity);
    }
  }
}
