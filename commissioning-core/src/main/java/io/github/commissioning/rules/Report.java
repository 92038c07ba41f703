package io.github.commissioning.rules;

import io.github.commissioning.model.FindingKey;
import io.github.commissioning.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The findings of one check, in a deterministic order: by severity, then rule id, then key; with the
 * {@linkplain #rules() metadata of every rule that ran}.
 * <p>
 * Active findings and waived findings are kept apart. A waiver past its expiry no longer waives: its
 * finding is active again, and the report lists the waiver as expired. A waiver that matches no
 * finding is listed as unused. A waiver written for a rule's former id waives as if written for its id.
 * <p>
 * Typed access: {@link #findingsOfSeverity(Severity)}, {@link #findingsOfRule(String)},
 * {@link #hasAtLeast(Severity)}, and {@link Finding#subjectsOf(Class)} on each finding. For example, a
 * build gate: {@code if (report.hasAtLeast(Severity.ERROR)) fail(report.toText());}
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Report {

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::ruleId).thenComparing(Finding::key).thenComparing(Finding::message);

  private final SortedMap<String, RuleInfo> rules;
  private final List<Finding> findings;
  private final List<Finding> waived;
  private final Map<FindingKey, Waiver> waiverByKey;
  private final Map<FindingKey, Waiver> expiredByKey;
  private final List<Waiver> expiredWaivers;
  private final List<Waiver> unusedWaivers;
  private final LocalDate asOf;
  private final List<RuleFailure> failures;

  private Report(SortedMap<String, RuleInfo> rules, List<Finding> findings, List<Finding> waived,
      Map<FindingKey, Waiver> waiverByKey, Map<FindingKey, Waiver> expiredByKey, List<Waiver> expiredWaivers,
      List<Waiver> unusedWaivers, LocalDate asOf, List<RuleFailure> failures) {
    this.rules = rules;
    this.findings = findings;
    this.waived = waived;
    this.waiverByKey = waiverByKey;
    this.expiredByKey = expiredByKey;
    this.expiredWaivers = expiredWaivers;
    this.unusedWaivers = unusedWaivers;
    this.asOf = asOf;
    this.failures = failures;
  }

  /**
   * Obtains a report of the findings of some rules, applying waivers as of a date.
   *
   * @param rules the metadata of every rule that ran, not null, with distinct ids and former ids
   * @param findings the findings, not null, in any order, each of one of the rules
   * @param waivers the waivers, not null
   * @param asOf the date waivers are judged on, not null
   * @return the report, not null
   * @throws IllegalArgumentException if two rules share an id or a former id, or a finding is of none of
   *     the rules
   */
  public static Report of(List<RuleInfo> rules, List<Finding> findings, List<Waiver> waivers, LocalDate asOf) {
    return of(rules, findings, waivers, asOf, List.of());
  }

  /**
   * Obtains a report of the findings of some rules, applying waivers as of a date, with the rules that
   * could not be judged.
   *
   * @param rules the metadata of every rule that ran, not null, with distinct ids and former ids
   * @param findings the findings, not null, in any order, each of one of the rules
   * @param waivers the waivers, not null
   * @param asOf the date waivers are judged on, not null
   * @param failures the rules that failed and what they did, not null
   * @return the report, not null
   * @throws IllegalArgumentException if two rules share an id or a former id, or a finding is of none of
   *     the rules
   */
  public static Report of(List<RuleInfo> rules, List<Finding> findings, List<Waiver> waivers, LocalDate asOf,
      List<RuleFailure> failures) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(failures, "failures");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(waivers, "waivers");
    Objects.requireNonNull(asOf, "asOf");
    TreeMap<String, RuleInfo> byId = new TreeMap<>();
    Map<String, String> currentId = new HashMap<>();
    for (RuleInfo info : rules) {
      for (String id : idsOf(info)) {
        String previous = currentId.put(id, info.id());
        if (previous != null) {
          throw new IllegalArgumentException("Two rules share the id " + id + ": " + previous + " and " + info.id()
              + "; give each rule its own id and former ids");
        }
      }
      byId.put(info.id(), info);
    }
    for (Finding finding : findings) {
      if (!byId.containsKey(finding.ruleId())) {
        throw new IllegalArgumentException("Finding " + finding.key() + " is of rule " + finding.ruleId()
            + ", which is not among the rules of the report " + byId.keySet() + "; pass that rule's metadata too");
      }
    }
    Map<FindingKey, Waiver> byKey = new HashMap<>();
    for (Waiver w : waivers) {
      String id = currentId.get(w.ruleId());
      byKey.put(id == null ? w.key() : w.key().withRuleId(id), w);
    }
    List<Finding> active = new ArrayList<>();
    List<Finding> waived = new ArrayList<>();
    Map<FindingKey, Waiver> applied = new LinkedHashMap<>();
    Map<FindingKey, Waiver> expiredByKey = new LinkedHashMap<>();
    Set<Waiver> used = new HashSet<>();
    Set<Waiver> expired = new LinkedHashSet<>();
    for (Finding finding : findings) {
      Waiver waiver = byKey.get(finding.key());
      if (waiver == null) {
        active.add(finding);
      } else {
        used.add(waiver);
        if (waiver.isInForceOn(asOf)) {
          waived.add(finding);
          applied.put(finding.key(), waiver);
        } else {
          active.add(finding);
          expiredByKey.put(finding.key(), waiver);
          expired.add(waiver);
        }
      }
    }
    active.sort(ORDER);
    waived.sort(ORDER);
    Comparator<Waiver> waiverOrder = Comparator.comparing(Waiver::key);
    List<Waiver> expiredInOrder = new ArrayList<>(expired);
    expiredInOrder.sort(waiverOrder);
    List<Waiver> unused = new ArrayList<>();
    for (Waiver waiver : waivers) {
      if (!used.contains(waiver)) {
        unused.add(waiver);
      }
    }
    unused.sort(waiverOrder);
    return new Report(Collections.unmodifiableSortedMap(byId), List.copyOf(active), List.copyOf(waived),
        Map.copyOf(applied), Map.copyOf(expiredByKey), List.copyOf(expiredInOrder), List.copyOf(unused), asOf,
        failures.stream().sorted().toList());
  }

  private static List<String> idsOf(RuleInfo info) {
    List<String> ids = new ArrayList<>(info.formerIds());
    ids.add(0, info.id());
    return ids;
  }

  /**
   * Returns the metadata of every rule that ran, in id order; a rule with no finding is here too.
   *
   * @return the metadata of every rule that ran, in id order; a rule with no finding is here too
   */
  public List<RuleInfo> rules() {
    return List.copyOf(rules.values());
  }

  /**
   * Returns the metadata of a rule that ran.
   *
   * @param ruleId the rule id, not null
   * @return the metadata, or empty if no rule with that id ran
   */
  public Optional<RuleInfo> rule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return Optional.ofNullable(rules.get(ruleId));
  }

  /**
   * Checks whether a rule ran, so that its silence means it found nothing.
   *
   * @param ruleId the rule id, not null
   * @return true if the rule ran
   */
  public boolean ran(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return rules.containsKey(ruleId);
  }

  /**
   * Returns the active findings: those not waived, in report order.
   *
   * @return the active findings: those not waived, in report order
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the active findings of one severity, in report order.
   *
   * @param severity the severity, not null
   * @return the findings, not null
   */
  public List<Finding> findingsOfSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Returns the active findings of one rule, in report order.
   *
   * @param ruleId the rule id, not null
   * @return the findings, not null; empty if the rule found nothing or did not run (see {@link #ran(String)})
   */
  public List<Finding> findingsOfRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * Checks whether an active finding is at least as serious as a severity: {@code hasAtLeast(WARNING)} is
   * true if there is an error or a warning.
   *
   * @param severity the least severity, not null
   * @return true if some active finding has that severity or a more serious one
   */
  public boolean hasAtLeast(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().anyMatch(f -> f.severity().compareTo(severity) <= 0);
  }

  /**
   * Returns the waived findings, in report order.
   *
   * @return the waived findings, in report order
   */
  public List<Finding> waived() {
    return waived;
  }

  /**
   * Returns the waiver that waives a finding.
   *
   * @param finding the finding, not null
   * @return the waiver, or empty if the finding is not waived
   */
  public Optional<Waiver> waiverOf(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    return Optional.ofNullable(waiverByKey.get(finding.key()));
  }

  /**
   * Returns the waivers past their expiry whose findings are active again.
   *
   * @return the waivers past their expiry whose findings are active again
   */
  public List<Waiver> expiredWaivers() {
    return expiredWaivers;
  }

  /**
   * Returns the waivers that match no finding.
   *
   * @return the waivers that match no finding
   */
  public List<Waiver> unusedWaivers() {
    return unusedWaivers;
  }

  /**
   * Returns the rules that could not be judged and what each did, in rule id order; their findings are
   * missing from this report.
   *
   * @return the failures, not null; empty when every rule ran to the end
   */
  public List<RuleFailure> failures() {
    return failures;
  }

  /**
   * Checks whether every rule ran to the end, so that a report without findings means a clean arrangement.
   *
   * @return true if no rule failed
   */
  public boolean isComplete() {
    return failures.isEmpty();
  }

  /**
   * Returns the date waivers were judged on.
   *
   * @return the date waivers were judged on
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Checks whether there is no active finding.
   *
   * @return true if the report is clean
   */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /**
   * Returns the number of active findings of each severity, every severity present.
   *
   * @return the counts, unmodifiable
   */
  public Map<Severity, Integer> countsBySeverity() {
    EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the number of active findings of each rule that has any, in rule id order.
   *
   * @return the counts, unmodifiable
   */
  public SortedMap<String, Integer> countsByRule() {
    TreeMap<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
    return Collections.unmodifiableSortedMap(counts);
  }

  /**
   * Compares two reports by finding key: what the change between them introduced, resolved and left,
   * telling a finding resolved apart from one whose rule did not run in the later report.
   *
   * @param before the earlier report, not null
   * @param after the later report, not null
   * @return the difference, not null
   */
  public static ReportDiff diff(Report before, Report after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return ReportDiff.of(before, after);
  }

  /**
   * Renders the report as plain text a governance lead can read: a summary line, then the findings of
   * each rule under a heading with the rule's title, severity and status and where its documentation
   * is. The same report gives the same text, byte for byte.
   *
   * @return the text, not null
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    Map<Severity, Integer> counts = countsBySeverity();
    text.append("Commissioning arrangement check: ").append(findings.size())
        .append(findings.size() == 1 ? " finding (" : " findings (")
        .append(count(counts, Severity.ERROR)).append(count(counts, Severity.ERROR) == 1 ? " error, " : " errors, ")
        .append(count(counts, Severity.WARNING)).append(count(counts, Severity.WARNING) == 1 ? " warning, " : " warnings, ")
        .append(count(counts, Severity.INFO)).append(" info), ")
        .append(waived.size()).append(" waived; ").append(rules.size()).append(rules.size() == 1 ? " rule" : " rules")
        .append(" ran; waivers judged as of ").append(asOf).append('\n');
    if (!failures.isEmpty()) {
      text.append("\nRules that failed: their findings are missing from this report\n");
      failures.forEach(f -> text.append("  ").append(f).append('\n'));
    }
    appendGrouped(text, findings, finding -> {
      Waiver w = expiredByKey.get(finding.key());
      if (w != null) {
        text.append("  waiver expired on ").append(w.expiry().orElseThrow()).append(": ")
            .append(Wording.oneLine(w.justification())).append(" (").append(Wording.oneLine(w.owner())).append(")\n");
      }
    });
    if (!waived.isEmpty()) {
      text.append("\nWaived findings\n");
      appendGrouped(text, waived, finding -> {
        Waiver waiver = Objects.requireNonNull(waiverByKey.get(finding.key()));
        text.append("  waived by ").append(Wording.oneLine(waiver.owner()))
            .append(waiver.expiry().map(e -> " until " + e).orElse(" with no expiry"))
            .append(": ").append(Wording.oneLine(waiver.justification())).append('\n');
      });
    }
    if (!unusedWaivers.isEmpty()) {
      text.append("\nWaivers that match no finding\n");
      unusedWaivers.forEach(w -> text.append("  ").append(w.key()).append(" (").append(Wording.oneLine(w.owner()))
          .append(")\n"));
    }
    if (!findings.isEmpty()) {
      text.append("\nFindings by rule\n");
      countsByRule().forEach((rule, n) -> text.append("  ").append(rule).append(": ").append(n).append('\n'));
    }
    return text.toString();
  }

  private static int count(Map<Severity, Integer> counts, Severity severity) {
    return counts.getOrDefault(severity, 0);
  }

  private void appendGrouped(StringBuilder text, List<Finding> list, Consumer<Finding> after) {
    @Nullable String group = null;
    for (Finding finding : list) {
      String here = finding.severity() + " " + finding.ruleId();
      if (!here.equals(group)) {
        group = here;
        text.append('\n');
        appendHeading(text, Objects.requireNonNull(rules.get(finding.ruleId())), finding.severity(),
            (int) list.stream().filter(f -> f.severity() == finding.severity() && f.ruleId().equals(finding.ruleId()))
                .count());
      }
      text.append('\n');
      appendFinding(text, finding);
      after.accept(finding);
    }
  }

  static void appendHeading(StringBuilder text, RuleInfo info, Severity severity, int count) {
    text.append("== ").append(severity).append(' ').append(info.id()).append(": ").append(Wording.oneLine(info.title()))
        .append(" (").append(info.status().name().toLowerCase(Locale.ROOT)).append(" rule; ")
        .append(count).append(count == 1 ? " finding" : " findings")
        .append(info.documentation().map(d -> "; see " + Wording.oneLine(d)).orElse("")).append(")\n");
  }

  static void appendFinding(StringBuilder text, Finding finding) {
    text.append(finding.severity()).append(' ').append(finding.ruleId()).append(": ")
        .append(Wording.oneLine(finding.message())).append('\n');
    for (String line : finding.evidence()) {
      text.append("  - ").append(Wording.oneLine(line)).append('\n');
    }
    text.append("  key: ").append(finding.key()).append('\n');
  }

  @Override
  public String toString() {
    return "Report[" + findings.size() + " active, " + waived.size() + " waived, " + rules.size() + " rules ran]";
  }
}
