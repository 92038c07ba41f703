package io.github.commissioning.cli;

import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A report as Markdown, for a pull request comment or a governance paper; every piece of data escaped. */
final class Markdown {

  private Markdown() {
  }

  static String report(String file, Report report) {
    StringBuilder md = new StringBuilder();
    md.append("# Commissioning check: ").append(escape(file)).append("\n\n");
    Map<io.github.commissioning.rules.Severity, Integer> counts = report.countsBySeverity();
    md.append(report.findings().size()).append(" findings (");
    StringBuilder parts = new StringBuilder();
    counts.forEach((severity, n) -> parts.append(parts.length() == 0 ? "" : ", ").append(n).append(' ')
        .append(severity.name().toLowerCase(Locale.ROOT)));
    md.append(parts.length() == 0 ? "none" : parts).append("), ").append(report.waived().size())
        .append(" waived; ").append(report.rules().size()).append(" rules ran; waivers judged as of ")
        .append(report.asOf()).append(".\n\n");
    if (!report.isComplete()) {
      md.append("**Incomplete:** ").append(report.failures().size()).append(" rule(s) failed to run.\n\n");
    }
    String rule = "";
    for (Finding finding : report.findings()) {
      if (!finding.ruleId().equals(rule)) {
        rule = finding.ruleId();
        String title = report.rule(rule).map(RuleInfo::title).orElse(rule);
        md.append("## ").append(rule).append(": ").append(escape(title)).append("\n\n");
      }
      md.append("- **").append(finding.severity()).append("** ").append(escape(finding.message())).append("\n");
      for (String evidence : finding.evidence()) {
        md.append("  - ").append(escape(evidence)).append("\n");
      }
      md.append("  - key: `").append(finding.key().toString().replace("`", "'")).append("`\n");
    }
    if (!report.waived().isEmpty()) {
      md.append("\n## Waived\n\n");
      for (Finding finding : report.waived()) {
        md.append("- ").append(escape(finding.message()));
        report.waiverOf(finding).ifPresent(w -> md.append(" — waived by ").append(escape(w.owner())).append(": ")
            .append(escape(w.justification())));
        md.append("\n");
      }
    }
    return md.toString();
  }

  /** Escapes the characters Markdown would read as markup, and turns line breaks into spaces. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_{}[]()#+-.!|<>".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }

  /** "; did you mean X?" for the nearest id, or "". */
  static String nearest(String given, List<String> known) {
    String upper = given.toUpperCase(Locale.ROOT);
    String best = "";
    int bestScore = Integer.MAX_VALUE;
    for (String id : known) {
      int score = distance(upper, id);
      if (score < bestScore) {
        best = id;
        bestScore = score;
      }
    }
    return bestScore <= Math.max(2, given.length() / 3) ? "; did you mean " + best + "?" : "";
  }

  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
      }
    }
    return d[a.length()][b.length()];
  }
}
