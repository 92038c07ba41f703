package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.PersonId;
import java.util.ArrayList;
import java.util.Arrays;
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
    Arrangement arrangement = analysis.arrangement();
    List<Decision> decisions = arrangement.decisions();
    int[] records = Access.records(arrangement);
    long[] days = Access.decisionDays(arrangement);
    byte[][] roles = Access.recordRoles(arrangement);
    int[][] people = Access.recordPersonPositions(arrangement);
    Access.Seats columns = Access.seats(arrangement);
    CleanRecord clean = new CleanRecord(roles.length);
    for (int i = 0; i < decisions.size(); i++) {
      int body = facts.bodyAt(i);
      int record = records[i];
      if (clean.covers(body, record, days[i])) {
        continue;   // the record of a decision found clean, of the same body, with no seat changed between
      }
      // the record's roles and the body's seats from the arrangement's columns: the decision, its people and
      // its body's memberships are read only for a record that may contradict itself
      int[] seats = facts.membershipsAtBody(body);
      if (isClean(roles[record], people[record], seats, columns, days[i])) {
        clean.keep(seats, columns, body, record, days[i]);
        continue;
      }
      List<Membership> members = facts.membersOfBody(body);
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
      for (PersonId person : decision.voters()) {
        if (!isVotingMember(members, person, decision) && !decision.coOpted().contains(person)) {
          problems = add(problems, person, "voted though not a voting member of "
              + analysis.name(decision.body()) + " on " + decision.date() + " nor co-opted");
        }
      }
      if (problems == null) {
        clean.keep(seats, columns, body, record, days[i]);
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

  /**
   * For each record (see {@link Access#records}), by number, the last time it was found clean: the seats of its
   * decision's body, and the dates around its decision's between which no seat begins or ends. A decision with
   * the same record and body (a body's decisions often share a record) on a date in that window is clean too,
   * without being read, however the decisions of different bodies interleave.
   */
  private static final class CleanRecord {
    /** The body, as its position in the arrangement's bodies, of each record's clean decision; -1 for none. */
    private final int[] bodyOf;
    private final long[] fromOf;
    private final long[] untilOf;

    CleanRecord(int records) {
      bodyOf = new int[records];
      Arrays.fill(bodyOf, -1);
      fromOf = new long[records];
      untilOf = new long[records];
    }

    boolean covers(int body, int record, long day) {
      return body == bodyOf[record] && fromOf[record] <= day && day < untilOf[record];
    }

    /** Keeps a record found clean for a body on a day, with the days between which none of the seats changes. */
    void keep(int[] seats, Access.Seats columns, int body, int record, long day) {
      long lo = Long.MIN_VALUE;
      long hi = Long.MAX_VALUE;
      for (int seat : seats) {
        long start = columns.from()[seat];
        long end = columns.until()[seat];
        lo = Math.max(lo, Math.max(start <= day ? start : Long.MIN_VALUE, end <= day ? end : Long.MIN_VALUE));
        hi = Math.min(hi, Math.min(start > day ? start : Long.MAX_VALUE, end > day ? end : Long.MAX_VALUE));
      }
      bodyOf[record] = body;
      fromOf[record] = lo;
      untilOf[record] = hi;
    }
  }

  /**
   * Whether a record is clean for a body on a day, from the arrangement's columns: nobody who withdrew also voted,
   * took part or chaired, and everyone who voted and was not co-opted holds a voting seat on the body that day.
   * A person the arrangement does not hold is left to the full test.
   */
  private static boolean isClean(byte[] roles, int[] people, int[] seats, Access.Seats columns, long day) {
    for (int k = 0; k < roles.length; k++) {
      int role = roles[k];
      if ((role & Access.WITHDREW) != 0 && (role & (Access.VOTED | Access.TOOK_PART | Access.CHAIRED)) != 0) {
        return false;
      }
      if ((role & Access.VOTED) == 0 || (role & Access.CO_OPTED) != 0) {
        continue;
      }
      if (!columns.votes(seats, people[k], day)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a person holds a voting seat on the deciding body on the decision's date: a few seats per person. */
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
