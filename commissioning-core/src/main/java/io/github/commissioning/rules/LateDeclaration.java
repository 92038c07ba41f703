package io.github.commissioning.rules;

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
          + "28 days. The rule reports an interest registered more than 28 days after it arose, or not registered "
          + "at all 28 days after it arose, as of the date the report judges.")
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
    for (Interest interest : analysis.arrangement().interests()) {
      LocalDate arose = interest.period().start();
      if (arose.equals(LocalDate.MIN)) {
        continue;
      }
      LocalDate due = arose.plusDays(ConflictRules.DECLARATION_DAYS);
      Optional<LocalDate> declared = interest.declared();
      String problem = null;
      if (declared.isPresent() && declared.get().isAfter(due)) {
        problem = "was registered on " + declared.get() + ", "
            + ChronoUnit.DAYS.between(arose, declared.get()) + " days after it arose on " + arose;
      } else if (declared.isEmpty() && analysis.asOf().isAfter(due)) {
        problem = "arose on " + arose + " and was still not registered on " + analysis.asOf();
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
