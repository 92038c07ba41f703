package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.Text;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Designation;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.model.Role;
import io.github.commissioning.model.TransferKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Phrases the standard rules share, so that their messages and evidence read alike. */
final class Wording {

  private Wording() {
  }

  static String describe(Analysis analysis, Delegation d) {
    return "delegation " + d.id() + ": " + analysis.name(d.delegator()) + " → " + analysis.name(d.delegate()) + ", "
        + analysis.name(d.function()) + " for " + analysis.name(d.footprint()) + ", " + d.mechanism().label() + ", "
        + d.period() + (d.isOnwardDelegationPermitted() ? ", onward delegation permitted" : "")
        + (d.keptBack().isEmpty() ? "" : ", keeping back " + d.keptBack());
  }

  static String describe(Analysis analysis, Contract c) {
    return "contract " + c.id() + ": " + analysis.name(c.commissioner()) + " with " + analysis.name(c.provider())
        + ", " + c.form().label() + ", " + analysis.name(c.function()) + " for " + analysis.name(c.footprint()) + ", "
        + c.term() + c.prime().map(p -> ", under prime contract " + p).orElse("");
  }

  static String decisionName(Analysis analysis, Decision decision) {
    return "decision '" + decision.title() + "' (" + decision.id() + ") of " + analysis.name(decision.body()) + " on "
        + decision.date();
  }

  /** "decision 'X' (D1) of …" at the start of a sentence. */
  static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static Severity strongest(List<Conflict> conflicts, Severity financial) {
    Severity best = Severity.INFO;
    for (Conflict c : conflicts) {
      if (c.severity(financial).compareTo(best) < 0) {
        best = c.severity(financial);
      }
    }
    return best;
  }

  static List<String> evidence(Analysis analysis, List<Conflict> conflicts) {
    List<String> lines = new ArrayList<>();
    conflicts.forEach(c -> lines.add(c.describe(analysis)));
    return lines;
  }

  /** The first conflict, in short: "a financial interest in Stockton GP Federation (FED1)". */
  static String summary(Analysis analysis, List<Conflict> conflicts) {
    Interest i = conflicts.get(0).interest();
    String text = (i.kind() == InterestKind.INDIRECT ? "an indirect" : "a " + Facts.words(i.kind())) + " interest in "
        + analysis.name(i.organisation()) + i.through().map(p -> " held through " + analysis.name(p)).orElse("");
    return conflicts.size() == 1 ? text : text + " and " + (conflicts.size() - 1) + " more";
  }

  /** Whether a person sits as a lay member: a lay role or a lay post, on this or another body of the organisation. */
  static boolean isLay(Analysis analysis, PersonId person, OrganisationId organisation, LocalDate date) {
    // the seats on the organisation's own bodies, from the arrangement's columns: no membership is read
    Arrangement arrangement = analysis.arrangement();
    return isLay(analysis, Access.indexOf(arrangement, person), Access.indexOf(arrangement, organisation),
        date.toEpochDay());
  }

  /**
   * Whether a person sits as a lay member, as {@link #isLay(Analysis, PersonId, OrganisationId, LocalDate)}, by
   * the positions of the person and the organisation (false for -1) on an epoch day: no id is read.
   */
  static boolean isLay(Analysis analysis, int at, int of, long day) {
    if (at < 0 || of < 0) {
      return false;
    }
    Facts facts = Facts.of(analysis);
    Access.Seats columns = Access.seats(analysis.arrangement());
    for (int body : facts.bodiesOf(of)) {
      for (int seat : facts.membershipsAtBody(body)) {
        if (columns.people()[seat] == at && columns.holds(seat, day) && (columns.roles()[seat] == Role.LAY
            || columns.hasPost(seat, Designation.LAY_AUDIT) || columns.hasPost(seat, Designation.LAY_PATIENT_AND_PUBLIC))) {
          return true;
        }
      }
    }
    return false;
  }

  /** How a function passes by a mechanism, to follow "cannot receive X from Y": "by delegation". */
  static String byMechanism(Mechanism mechanism) {
    return switch (mechanism) {
      case DELEGATION -> "by delegation";
      case JOINT_COMMITTEE -> "as a joint committee";
      case LEAD_COMMISSIONING -> "by lead commissioning under s75";
      case SUPPORT -> "as support";
    };
  }

  /**
   * A text for an error message: at most 200 characters, with control and invisible characters shown as
   * {@code \\uXXXX} escapes, so that a hostile value can neither flood a message nor forge its lines.
   */
  static String bounded(String text) {
    return Text.quote(text, 200);
  }

  /**
   * A text as one line of a report: line breaks, other control characters, line and paragraph separators
   * and bidirectional overrides are shown as {@code \\uXXXX} escapes, so that a name holding a newline
   * cannot forge a {@code key:} line or a finding, nor reorder what a reader sees.
   */
  static String oneLine(String text) {
    int i = 0;
    while (i < text.length() && !breaksLine(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (breaksLine(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean breaksLine(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** The procurement law in force on a date: the 2013 regulations, or the Provider Selection Regime from 2024. */
  static String procurementRegimeOn(LocalDate date) {
    return date.isBefore(PSR_IN_FORCE)
        ? "the National Health Service (Procurement, Patient Choice and Competition) (No. 2) Regulations 2013"
        : "the Provider Selection Regime (in force from " + PSR_IN_FORCE + ")";
  }

  /** The Health Care Services (Provider Selection Regime) Regulations 2023 came into force: 1 January 2024. */
  static final LocalDate PSR_IN_FORCE = LocalDate.of(2024, 1, 1);

  /** How a transfer that ends its body ends it: "abolished", "merged" or "split". */
  static String ended(TransferKind kind) {
    return switch (kind) {
      case MERGER -> "merged";
      case SPLIT -> "split";
      case ABOLITION -> "abolished";
      case BOUNDARY_CHANGE -> "changed in boundary";
      case BY_LAW -> "relieved of functions by law";
    };
  }
}
