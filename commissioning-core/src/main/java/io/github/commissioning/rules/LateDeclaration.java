package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.Days;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Interest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class LateDeclaration extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(ConflictRules.LATE_DECLARATION,
      "Interest registered late or not at all", Severity.WARNING)
      .status(RuleStatus.STABLE)
      .explanation("A CCG makes sure that interests are declared and recorded in its register within "
          + "28 days. The rule reports an interest registered more than 28 days after the person became aware of "
          + "it (when recorded; otherwise when it arose), or not registered at all 28 days after, as of the date "
          + "the report judges. Counting from awareness is the project's reading of 'as soon as practicable'.")
      .remedy("Register the interest, and review how interests come to the register so that they "
          + "arrive within 28 days.")
      .sources(Sources.NHS_ACT_14O.supports("interests are declared and recorded within 28 days"))
      .build();

  LateDeclaration() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    List<Finding> findings = new ArrayList<>();
    Arrangement arrangement = analysis.arrangement();
    // compared as epoch days, from the arrangement's columns: an interest is read only if it has a finding
    DateRange[] periods = Access.periods(arrangement, Access.Dated.INTEREST);
    long[] awareDays = Access.days(arrangement, Access.Day.INTEREST_AWARE);
    long[] declaredDays = Access.days(arrangement, Access.Day.INTEREST_DECLARED);
    long asOf = analysis.asOf().toEpochDay();
    long unknown = LocalDate.MIN.toEpochDay();
    for (int k = 0; k < periods.length; k++) {
      long aroseDay = Days.start(periods[k]);
      if (aroseDay == unknown) {
        continue;
      }
      // the 28 days run from when the person became aware of the interest; by default, when it arose
      long dueDay = Math.max(aroseDay, awareDays[k]) + ConflictRules.DECLARATION_DAYS;
      if (declaredDays[k] != Access.NO_DAY ? declaredDays[k] <= dueDay : asOf <= dueDay) {
        continue;
      }
      Interest interest = arrangement.interests().get(k);
      LocalDate arose = interest.period().start();
      Optional<LocalDate> becameAware = interest.becameAware();
      LocalDate aware = becameAware.isPresent() && becameAware.get().isAfter(arose) ? becameAware.get() : arose;
      Optional<LocalDate> declared = interest.declared();
      LocalDate due = LocalDate.ofEpochDay(dueDay);
      String problem = null;
      if (declared.isPresent() && declared.get().isAfter(due)) {
        String since = aware.equals(arose) ? "after it arose on " + arose
            : "after " + analysis.name(interest.person()) + " became aware of it on " + aware;
        problem = "was registered on " + declared.get() + ", "
            + ChronoUnit.DAYS.between(aware, declared.get()) + " days " + since;
      } else if (declared.isEmpty() && analysis.asOf().isAfter(due)) {
        problem = (aware.equals(arose) ? "arose on " + arose : "became known on " + aware)
            + " and was still not registered on " + analysis.asOf();
      }
      if (problem != null) {
        findings.add(Finding.builder(this).addSubjects(interest.id(), interest.person())
            .period(DateRange.of(due.plusDays(1), declared.orElse(analysis.asOf())))
            .message(analysis.name(interest.person()) + "'s " + Facts.words(interest.kind()) + " interest in "
                + analysis.name(interest.organisation()) + " " + problem + "; interests are registered within "
                + ConflictRules.DECLARATION_DAYS + " days")
            .build());
      }
    }
    return findings;
  }
}
