package io.github.commissioning.rules;

import io.github.commissioning.model.FindingKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between two reports, by finding key: the findings a change introduced, those it resolved
 * and those it left. The answer to "what would this merger or delegation break?".
 * <p>
 * A finding is resolved only if its rule ran in both reports; a finding of the earlier report whose rule
 * did not run in the later one is {@linkplain #unchecked() unchecked}, not resolved. Likewise a finding of
 * the later report whose rule did not run in the earlier one is {@linkplain #newlyChecked() newly
 * checked}, not introduced.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReportDiff {

  private final List<Finding> introduced;
  private final List<Finding> resolved;
  private final List<Finding> unchanged;
  private final List<Finding> unchecked;
  private final List<Finding> newlyChecked;

  private ReportDiff(List<Finding> introduced, List<Finding> resolved, List<Finding> unchanged,
      List<Finding> unchecked, List<Finding> newlyChecked) {
    this.introduced = List.copyOf(introduced);
    this.resolved = List.copyOf(resolved);
    this.unchanged = List.copyOf(unchanged);
    this.unchecked = List.copyOf(unchecked);
    this.newlyChecked = List.copyOf(newlyChecked);
  }

  static ReportDiff of(Report before, Report after) {
    Set<FindingKey> beforeKeys = new HashSet<>();
    before.findings().forEach(f -> beforeKeys.add(f.key()));
    Set<FindingKey> afterKeys = new HashSet<>();
    after.findings().forEach(f -> afterKeys.add(f.key()));
    List<Finding> introduced = new ArrayList<>();
    List<Finding> unchanged = new ArrayList<>();
    List<Finding> newlyChecked = new ArrayList<>();
    for (Finding finding : after.findings()) {
      if (beforeKeys.contains(finding.key())) {
        unchanged.add(finding);
      } else if (before.ran(finding.ruleId())) {
        introduced.add(finding);
      } else {
        newlyChecked.add(finding);
      }
    }
    List<Finding> resolved = new ArrayList<>();
    List<Finding> unchecked = new ArrayList<>();
    for (Finding finding : before.findings()) {
      if (!afterKeys.contains(finding.key())) {
        (after.ran(finding.ruleId()) ? resolved : unchecked).add(finding);
      }
    }
    return new ReportDiff(introduced, resolved, unchanged, unchecked, newlyChecked);
  }

  /**
   * Returns the findings in the later report only, whose rules ran in both, in report order.
   *
   * @return the findings in the later report only, whose rules ran in both, in report order
   */
  public List<Finding> introduced() {
    return introduced;
  }

  /**
   * Returns the findings in the earlier report only, whose rules ran in both, in report order.
   *
   * @return the findings in the earlier report only, whose rules ran in both, in report order
   */
  public List<Finding> resolved() {
    return resolved;
  }

  /**
   * Returns the findings of the later report whose keys the earlier report also had, in report order.
   *
   * @return the findings of the later report whose keys the earlier report also had, in report order
   */
  public List<Finding> unchanged() {
    return unchanged;
  }

  /**
   * Returns the findings of the earlier report whose rules did not run in the later one, in report order.
   *
   * @return the findings of the earlier report whose rules did not run in the later one, in report order
   */
  public List<Finding> unchecked() {
    return unchecked;
  }

  /**
   * Returns the findings of the later report whose rules did not run in the earlier one, in report order.
   *
   * @return the findings of the later report whose rules did not run in the earlier one, in report order
   */
  public List<Finding> newlyChecked() {
    return newlyChecked;
  }

  /**
   * Checks whether nothing was introduced, resolved, left unchecked or newly checked.
   *
   * @return true if the two reports have the same keys and ran the rules that found them
   */
  public boolean isEmpty() {
    return introduced.isEmpty() && resolved.isEmpty() && unchecked.isEmpty() && newlyChecked.isEmpty();
  }

  /**
   * Renders the difference as plain text.
   *
   * @return the text, not null
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append("Introduced: ").append(introduced.size()).append(", resolved: ").append(resolved.size())
        .append(", unchanged: ").append(unchanged.size());
    if (!unchecked.isEmpty() || !newlyChecked.isEmpty()) {
      text.append(", no longer checked: ").append(unchecked.size()).append(", newly checked: ")
          .append(newlyChecked.size());
    }
    text.append('\n');
    section(text, "Introduced", introduced);
    section(text, "Resolved", resolved);
    section(text, "No longer checked (the rule did not run in the later report)", unchecked);
    section(text, "Newly checked (the rule did not run in the earlier report)", newlyChecked);
    return text.toString();
  }

  private static void section(StringBuilder text, String title, List<Finding> list) {
    if (!list.isEmpty()) {
      text.append('\n').append(title).append('\n');
      list.forEach(f -> {
        text.append('\n');
        Report.appendFinding(text, f);
      });
    }
  }

  @Override
  public String toString() {
    return "ReportDiff[introduced " + introduced.size() + ", resolved " + resolved.size() + ", unchanged "
        + unchanged.size() + ", unchecked " + unchecked.size() + ", newly checked " + newlyChecked.size() + "]";
  }
}
