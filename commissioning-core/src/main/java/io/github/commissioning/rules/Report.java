package io.github.commissioning.rules;

import io.github.commissioning.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The findings of one check, in a deterministic order: by severity, then rule id, then key.
 * <p>
 * Active findings and waived findings are kept apart. A waiver past its expiry no longer waives: its
 * finding is active again, and the report lists the waiver as expired. A waiver that matches no
 * finding is listed as unused.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Report {

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::ruleId).thenComparing(Finding::key).thenComparing(Finding::message);

  private final List<Finding> findings;
  private final List<Finding> waived;
  private final Map<String, Waiver> waiverByKey;
  private final List<Waiver> expiredWaivers;
  private final List<Waiver> unusedWaivers;
  private final LocalDate asOf;

  private Report(List<Finding> findings, List<Finding> waived, Map<String, Waiver> waiverByKey,
      List<Waiver> expiredWaivers, List<Waiver> unusedWaivers, LocalDate asOf) {
    this.findings = findings;
    this.waived = waived;
    this.waiverByKey = waiverByKey;
    this.expiredWaivers = expiredWaivers;
    this.unusedWaivers = unusedWaivers;
    this.asOf = asOf;
  }

  /**
   * Obtains a report of some findings, applying waivers as of a date.
   *
   * @param findings the findings, not null, in any order
   * @param waivers the waivers, not null
   * @param asOf the date waivers are judged on, not null
   * @return the report, not null
   */
  public static Report of(List<Finding> findings, List<Waiver> waivers, LocalDate asOf) {
    Map<String, Waiver> byKey = new HashMap<>();
    waivers.forEach(w -> byKey.put(w.ruleId() + "|" + w.subjectKey(), w));
    List<Finding> active = new ArrayList<>();
    List<Finding> waived = new ArrayList<>();
    Map<String, Waiver> applied = new LinkedHashMap<>();
    Set<Waiver> used = new HashSet<>();
    List<Waiver> expired = new ArrayList<>();
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
          if (!expired.contains(waiver)) {
            expired.add(waiver);
          }
        }
      }
    }
    active.sort(ORDER);
    waived.sort(ORDER);
    Comparator<Waiver> waiverOrder = Comparator.comparing(Waiver::ruleId).thenComparing(Waiver::subjectKey);
    expired.sort(waiverOrder);
    List<Waiver> unused = new ArrayList<>();
    for (Waiver waiver : waivers) {
      if (!used.contains(waiver)) {
        unused.add(waiver);
      }
    }
    unused.sort(waiverOrder);
    return new Report(List.copyOf(active), List.copyOf(waived), Map.copyOf(applied), List.copyOf(expired),
        List.copyOf(unused), asOf);
  }

  /** Returns the active findings: those not waived, in report order. */
  public List<Finding> findings() {
    return findings;
  }

  /** Returns the waived findings, in report order. */
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
    return Optional.ofNullable(waiverByKey.get(finding.key()));
  }

  /** Returns the waivers past their expiry whose findings are active again. */
  public List<Waiver> expiredWaivers() {
    return expiredWaivers;
  }

  /** Returns the waivers that match no finding. */
  public List<Waiver> unusedWaivers() {
    return unusedWaivers;
  }

  /** Returns the date waivers were judged on. */
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
   * Compares two reports by finding key: what the change between them introduced, resolved and left.
   *
   * @param before the earlier report, not null
   * @param after the later report, not null
   * @return the difference, not null
   */
  public static ReportDiff diff(Report before, Report after) {
    return ReportDiff.of(before.findings, after.findings);
  }

  /**
   * Renders the report as plain text a governance lead can read. The same report gives the same text,
   * byte for byte.
   *
   * @return the text, not null
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    Map<Severity, Integer> counts = countsBySeverity();
    text.append("Commissioning arrangement check: ").append(findings.size())
        .append(findings.size() == 1 ? " finding (" : " findings (")
        .append(counts.get(Severity.ERROR)).append(counts.get(Severity.ERROR) == 1 ? " error, " : " errors, ")
        .append(counts.get(Severity.WARNING)).append(counts.get(Severity.WARNING) == 1 ? " warning, " : " warnings, ")
        .append(counts.get(Severity.INFO)).append(" info), ")
        .append(waived.size()).append(" waived; waivers judged as of ").append(asOf).append('\n');
    for (Finding finding : findings) {
      text.append('\n');
      appendFinding(text, finding);
      expiredWaivers.stream().filter(w -> (w.ruleId() + "|" + w.subjectKey()).equals(finding.key())).findFirst()
          .ifPresent(w -> text.append("  waiver expired on ").append(w.expiry().orElseThrow()).append(": ")
              .append(w.justification()).append(" (").append(w.owner()).append(")\n"));
    }
    if (!waived.isEmpty()) {
      text.append("\nWaived findings\n");
      for (Finding finding : waived) {
        text.append('\n');
        appendFinding(text, finding);
        Waiver waiver = waiverByKey.get(finding.key());
        text.append("  waived by ").append(waiver.owner())
            .append(waiver.expiry().map(e -> " until " + e).orElse(" with no expiry"))
            .append(": ").append(waiver.justification()).append('\n');
      }
    }
    if (!unusedWaivers.isEmpty()) {
      text.append("\nWaivers that match no finding\n");
      unusedWaivers.forEach(w -> text.append("  ").append(w.ruleId()).append('|').append(w.subjectKey())
          .append(" (").append(w.owner()).append(")\n"));
    }
    if (!findings.isEmpty()) {
      text.append("\nFindings by rule\n");
      countsByRule().forEach((rule, n) -> text.append("  ").append(rule).append(": ").append(n).append('\n'));
    }
    return text.toString();
  }

  static void appendFinding(StringBuilder text, Finding finding) {
    text.append(finding.severity()).append(' ').append(finding.ruleId()).append(": ").append(finding.message())
        .append('\n');
    for (String line : finding.evidence()) {
      text.append("  - ").append(line).append('\n');
    }
    text.append("  key: ").append(finding.key()).append('\n');
  }

  @Override
  public String toString() {
    return "Report[" + findings.size() + " active, " + waived.size() + " waived]";
  }
}
