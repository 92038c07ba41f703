package io.github.commissioning.rules;

import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.PersonId;
import java.util.List;
import java.util.Objects;

/**
 * A person's conflict of interest on a decision: the interest, the organisation the decision names that
 * it reaches, and the affiliations between them.
 * <p>
 * An interest in an organisation reaches a decision that names it, or names an organisation it is a
 * member or part of (an interest in a practice reaches a decision about its federation or PCN), or names
 * one of its members (an interest in a federation reaches a decision about one of its practices).
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param decision the decision
 * @param interest the interest
 * @param named the organisation named by the decision that the interest reaches
 * @param path the affiliations from the interest's organisation to the named one; empty if they are the same
 *
 * @since 0.1
 */
public record Conflict(Decision decision, Interest interest, OrganisationId named, List<Affiliation> path) {

  /**
   * Checks and copies the components.
   *
   * @param decision the decision
   * @param interest the interest
   * @param named the organisation named by the decision that the interest reaches
   * @param path the affiliations from the interest's organisation to the named one; empty if they are the same
   * @throws NullPointerException naming the component that is null
   */
  public Conflict {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(named, "named");
    path = List.copyOf(Objects.requireNonNull(path, "path"));
  }

  /**
   * Returns the person, not null.
   *
   * @return the person, not null
   */
  public PersonId person() {
    return interest.person();
  }

  /**
   * Returns whether the interest is held through a close associate.
   *
   * @return whether the interest is held through a close associate
   */
  public boolean isIndirect() {
    return interest.isIndirect();
  }

  /**
   * Returns whether the interest weighs as a financial one: financial, or of kind indirect.
   *
   * @return whether the interest weighs as a financial one: financial, or of kind indirect
   */
  public boolean isFinancial() {
    return interest.kind() == InterestKind.FINANCIAL || interest.kind() == InterestKind.INDIRECT;
  }

  /**
   * Returns the severity of a finding about this conflict: the rule's severity for a financial interest,
   * one lower for a non-financial one, and one lower again for one held through an associate.
   *
   * @param financial the rule's severity for a direct financial interest, not null
   * @return the severity, not null
   */
  public Severity severity(Severity financial) {
    Severity severity = isFinancial() ? financial : financial.lower();
    return isIndirect() ? severity.lower() : severity;
  }

  /**
   * Describes the conflict for evidence, naming the person, the interest and the affiliation path.
   *
   * @param analysis the analysis, for names, not null
   * @return the text, not null
   */
  public String describe(Analysis analysis) {
    Interest i = interest;
    StringBuilder text = new StringBuilder(analysis.name(i.person())).append(" has ")
        .append(article(i.kind())).append(' ').append(Facts.words(i.kind())).append(" interest in ")
        .append(analysis.name(i.organisation()));
    i.through().ifPresent(p -> text.append(" held through ").append(analysis.name(p)));
    text.append(" (interest ").append(i.id()).append(", arose ").append(Facts.when(i.period()).replace("from ", ""))
        .append(i.declared().map(d -> ", declared " + d).orElse(", never declared")).append(')');
    if (path.isEmpty()) {
      text.append(", which the decision names");
    } else {
      for (int k = 0; k < path.size(); k++) {
        Affiliation a = path.get(k);
        text.append(k == 0 ? ": " : "; ").append(analysis.name(a.member())).append(" is ")
            .append(Facts.relation(a.kind())).append(' ').append(analysis.name(a.parent()));
      }
      text.append("; the decision names ").append(analysis.name(named));
    }
    return text.toString();
  }

  private static String article(InterestKind kind) {
    return kind == InterestKind.INDIRECT ? "an" : "a";
  }

  @Override
  public String toString() {
    return interest.person() + " via " + interest.id() + " on " + decision.id() + " (" + named + ")";
  }
}
