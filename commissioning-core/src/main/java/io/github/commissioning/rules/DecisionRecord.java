package io.github.commissioning.rules;

import io.github.commissioning.internal.Days;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.PersonId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

final class DecisionRecord extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.DECISION_RECORD,
      "Decision record that contradicts itself", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("The record of a decision says who took part in the discussion, who voted, who withdrew and "
          + "who chaired. A record in which one person both withdrew and voted, or withdrew and took part, or "
          + "withdrew and chaired, cannot be true; and a vote by someone who is neither a voting member of the "
          + "body on the date nor co-opted has no place in the decision. The conflict rules judge decisions on "
          + "their records, so a record that cannot be true makes their findings unreliable too. Treating these "
          + "as errors is the project's inference from the duty to record how conflicts were managed.")
      .remedy("Correct the minutes: record each person once, as taking part, voting, withdrawing or chairing, "
          + "and record a non-member's vote only as a co-option.")
      .sources(Sources.CONFLICTS_GUIDANCE.supports("minutes record who took part and how each conflict was "
          + "managed"),
          Sources.NHS_ACT_14O.supports("conflicts are managed so that they do not affect the integrity of "
              + "decisions"))
      .build();

  DecisionRecord() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    List<Finding> findings = new ArrayList<>();
    Facts facts = Facts.of(analysis);
    List<Decision> decisions = analysis.arrangement().decisions();
    CleanVote clean = new CleanVote();
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      Map<PersonId, List<String>> problems = null;   // made for the few decisions with a problem
      for (PersonId person : decision.withdrew()) {
        if (decision.voters().contains(person)) {
          problems = add(problems, person, "withdrew yet voted");
        }
        if (decision.participants().contains(person)) {
          problems = add(problems, person, "withdrew yet took part");
        }
        if (decision.chairedBy().isPresent() && decision.chairedBy().get().equals(person)) {
          problems = add(problems, person, "withdrew yet chaired");
        }
      }
      // the body's seats, a few, are read for every voter: no look-up per voter
      List<Membership> seats = facts.seats[i].members();
      if (!clean.covers(seats, decision)) {
        boolean allVoting = true;
        for (PersonId person : decision.voters()) {
          if (!isVotingMember(seats, person, decision) && !decision.coOpted().contains(person)) {
            allVoting = false;
            problems = add(problems, person, "voted though not a voting member of "
                + analysis.name(decision.body()) + " on " + decision.date() + " nor co-opted");
          }
        }
        if (allVoting) {
          clean.keep(seats, decision);
        }
      }
      if (problems == null) {
        continue;
      }
      problems.forEach((person, what) -> findings.add(Finding.builder(this).addSubjects(decision.id(), person)
          .period(DateRange.of(decision.date(), decision.date()))
          .message("The record of " + Wording.decisionName(analysis, decision) + " cannot be true: "
              + analysis.name(person) + " " + Facts.joinAnd(what) + "; correct the minutes")
          .addEvidence("participants " + decision.participants() + "; voters " + decision.voters() + "; withdrew "
              + decision.withdrew() + "; chaired by "
              + decision.chairedBy().map(Object::toString).orElse("nobody recorded") + "; co-opted "
              + decision.coOpted())
          .build()));
    }
    return findings;
  }

  private static Map<PersonId, List<String>> add(@Nullable Map<PersonId, List<String>> problems, PersonId person,
      String problem) {
    Map<PersonId, List<String>> map = problems == null ? new TreeMap<>() : problems;
    map.computeIfAbsent(person, p -> new ArrayList<>()).add(problem);
    return map;
  }

  /** Whether a person holds a voting seat on the deciding body on the decision's date: a few seats per person. */
  /**
   * The last vote found clean: its seats, voters and co-opted people, and the dates around its decision's
   * between which no seat begins or ends. A decision with the same seats, voters and co-opted people (the model
   * shares equal sets, and a body's decisions often have them) on a date in that window is clean too, without
   * reading its voters again.
   */
  private static final class CleanVote {
    private @Nullable List<Membership> seats;
    private @Nullable Collection<PersonId> voters;
    private @Nullable Collection<PersonId> coOpted;
    private long from;
    private long until;

    @SuppressWarnings("ReferenceEquality") // the same instances, not a test of equality: an equal copy is read
    boolean covers(List<Membership> seats, Decision decision) {
      if (seats != this.seats || decision.voters() != voters || decision.coOpted() != coOpted) {
        return false;
      }
      long day = decision.date().toEpochDay();
      return from <= day && day < until;
    }

    void keep(List<Membership> seats, Decision decision) {
      long day = decision.date().toEpochDay();
      long lo = Long.MIN_VALUE;
      long hi = Long.MAX_VALUE;
      for (int i = 0; i < seats.size(); i++) {
        DateRange period = seats.get(i).period();
        long start = Days.start(period);
        long end = Days.endExclusive(period);
        lo = Math.max(lo, Math.max(start <= day ? start : Long.MIN_VALUE, end <= day ? end : Long.MIN_VALUE));
        hi = Math.min(hi, Math.min(start > day ? start : Long.MAX_VALUE, end > day ? end : Long.MAX_VALUE));
      }
      this.seats = seats;
      this.voters = decision.voters();
      this.coOpted = decision.coOpted();
      this.from = lo;
      this.until = hi;
    }
  }

  private static boolean isVotingMember(List<Membership> seats, PersonId person, Decision decision) {
    for (int i = 0; i < seats.size(); i++) {
      Membership m = seats.get(i);
      if (m.person().equals(person) && m.isVoting() && m.period().contains(decision.date())) {
        return true;
      }
    }
    return false;
  }
}
