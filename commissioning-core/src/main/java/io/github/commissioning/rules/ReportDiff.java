package io.github.commissioning.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two reports, by finding key: the findings a change introduced, those it resolved
 * and those it left. The answer to "what would this merger or delegation break?".
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReportDiff {

  private final List<Finding> introduced;
  private final List<Finding> resolved;
  private final List<Finding> unchanged;

  private ReportDiff(List<Finding> introduced, List<Finding> resolved, List<Finding> unchanged) {
    this.introduced = List.copyOf(introduced);
    this.resolved = List.copyOf(resolved);
    this.unchanged = List.copyOf(unchanged);
  }

  static ReportDiff of(List<Finding> before, List<Finding> after) {
    Set<String> beforeKeys = before.stream().map(Finding::key).collect(Collectors.toSet());
    Set<String> afterKeys = after.stream().map(Finding::key).collect(Collectors.toSet());
    List<Finding> introduced = new ArrayList<>();
    List<Finding> unchanged = new ArrayList<>();
    for (Finding finding : after) {
      (beforeKeys.contains(finding.key()) ? unchanged : introduced).add(finding);
    }
    List<Finding> resolved = new ArrayList<>();
    for (Finding finding : before) {
      if (!afterKeys.contains(finding.key())) {
        resolved.add(finding);
      }
    }
    return new ReportDiff(introduced, resolved, unchanged);
  }

  /** Returns the findings in the later report only, in report order. */
  public List<Finding> introduced() {
    return introduced;
  }

  /** Returns the findings in the earlier report only, in report order. */
  public List<Finding> resolved() {
    return resolved;
  }

  /** Returns the findings of the later report whose keys the earlier report also had, in report order. */
  public List<Finding> unchanged() {
    return unchanged;
  }

  /**
   * Checks whether nothing was introduced or resolved.
   *
   * @return true if the two reports have the same keys
   */
  public boolean isEmpty() {
    return introduced.isEmpty() && resolved.isEmpty();
  }

  /**
   * Renders the difference as plain text.
   *
   * @return the text, not null
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append("Introduced: ").append(introduced.size()).append(", resolved: ").append(resolved.size())
        .append(", unchanged: ").append(unchanged.size()).append('\n');
    if (!introduced.isEmpty()) {
      text.append("\nIntroduced\n");
      introduced.forEach(f -> {
        text.append('\n');
        Report.appendFinding(text, f);
      });
    }
    if (!resolved.isEmpty()) {
      text.append("\nResolved\n");
      resolved.forEach(f -> {
        text.append('\n');
        Report.appendFinding(text, f);
      });
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "ReportDiff[introduced " + introduced.size() + ", resolved " + resolved.size() + ", unchanged "
        + unchanged.size() + "]";
  }
}
