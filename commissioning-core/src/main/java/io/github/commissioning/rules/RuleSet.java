package io.github.commissioning.rules;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.FindingKey;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * A set of rules, each with its severity, that checks arrangements.
 * <p>
 * {@link #standard()} holds every standard rule. Copies are made with {@link #with(Rule)},
 * {@link #without(String)}, {@link #withSeverity(String, Severity)} and {@link #asOf(LocalDate)}; then
 * {@link #check(Arrangement)} evaluates every rule over one shared {@link Analysis} and returns a
 * {@link Report}. Gaps and conflicts are findings, never exceptions.
 * <p>
 * Waivers are judged on the {@linkplain #asOf(LocalDate) as-of date}, by default today by the
 * {@linkplain #withClock(Clock) clock} (the system clock in London). A check runs on the calling thread
 * unless given an {@linkplain #withExecutor(Executor) executor}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleSet {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final SortedMap<String, Rule> rules;
  private final Map<String, Severity> severities;
  private final Optional<LocalDate> asOf;
  private final Clock clock;
  private final @Nullable Executor executor;

  private RuleSet(SortedMap<String, Rule> rules, Map<String, Severity> severities, Optional<LocalDate> asOf,
      Clock clock, @Nullable Executor executor) {
    this.rules = rules;
    this.severities = severities;
    this.asOf = asOf;
    this.clock = clock;
    this.executor = executor;
  }

  /**
   * Obtains the standard rule set: every accountability and conflict-of-interest rule of the library,
   * with its default severity and policy.
   *
   * @return the standard rules, not null
   */
  public static RuleSet standard() {
    return of(StandardRules.all());
  }

  /**
   * Obtains a rule set of the given rules.
   *
   * @param rules the rules, not null, with distinct ids and former ids
   * @return the rule set, not null
   * @throws IllegalArgumentException if two rules share an id or a former id
   */
  public static RuleSet of(Collection<? extends Rule> rules) {
    Objects.requireNonNull(rules, "rules");
    TreeMap<String, Rule> byId = new TreeMap<>();
    Map<String, Rule> byAnyId = new HashMap<>();
    for (Rule rule : rules) {
      RuleInfo info = Objects.requireNonNull(rule.info(), "info");
      List<String> ids = new ArrayList<>(info.formerIds());
      ids.add(0, info.id());
      for (String id : ids) {
        Rule previous = byAnyId.put(id, rule);
        if (previous != null) {
          throw new IllegalArgumentException("Two rules share the id " + id + " (as id or former id): "
              + previous.info() + "; " + info + "; give each rule its own id and former ids");
        }
      }
      byId.put(info.id(), rule);
    }
    return new RuleSet(byId, Map.of(), Optional.empty(), Clock.system(LONDON), null);
  }

  /**
   * Returns the rules, in id order.
   *
   * @return the rules, not null
   */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /**
   * Returns the severity findings of a rule will have in this set.
   *
   * @param ruleId the rule id, not null
   * @return the severity, not null
   * @throws IllegalArgumentException if the set has no rule with that id
   */
  public Severity severityOf(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return severities.getOrDefault(ruleId, require(ruleId).info().defaultSeverity());
  }

  /**
   * Returns a copy of this set with a rule added, replacing any rule with the same id (to change a rule's
   * policy, add the rule configured anew).
   * This instance is immutable and unaffected by this method call.
   *
   * @param rule the rule, not null
   * @return the new set, not null
   * @throws IllegalArgumentException if the rule's id or a former id is another rule's former id or id
   */
  public RuleSet with(Rule rule) {
    TreeMap<String, Rule> copy = new TreeMap<>(rules);
    copy.put(rule.id(), Objects.requireNonNull(rule, "rule"));
    return new RuleSet(of(copy.values()).rules, severities, asOf, clock, executor);
  }

  /**
   * Returns a copy of this set without a rule.
   * This instance is immutable and unaffected by this method call.
   *
   * @param ruleId the rule id, not null
   * @return the new set, not null
   * @throws IllegalArgumentException if the set has no rule with that id
   */
  public RuleSet without(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    require(ruleId);
    TreeMap<String, Rule> copy = new TreeMap<>(rules);
    copy.remove(ruleId);
    Map<String, Severity> copySeverities = new HashMap<>(severities);
    copySeverities.remove(ruleId);
    return new RuleSet(copy, Map.copyOf(copySeverities), asOf, clock, executor);
  }

  /**
   * Returns a copy of this set in which a rule's findings have another severity.
   * This instance is immutable and unaffected by this method call.
   *
   * @param ruleId the rule id, not null
   * @param severity the severity, not null
   * @return the new set, not null
   * @throws IllegalArgumentException if the set has no rule with that id
   */
  public RuleSet withSeverity(String ruleId, Severity severity) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    require(ruleId);
    Map<String, Severity> copy = new HashMap<>(severities);
    copy.put(ruleId, severity);
    return new RuleSet(rules, Map.copyOf(copy), asOf, clock, executor);
  }

  /**
   * Returns a copy of this set that judges waivers on a fixed date, for reports that are the same on
   * every day they are made.
   * This instance is immutable and unaffected by this method call.
   *
   * @param date the date, not null
   * @return the new set, not null
   */
  public RuleSet asOf(LocalDate date) {
    return new RuleSet(rules, severities, Optional.of(Objects.requireNonNull(date, "date")), clock, executor);
  }

  /**
   * Returns a copy of this set that takes today's date from a clock when no {@linkplain #asOf(LocalDate)
   * as-of date} is set; the default is the system clock in London. A test fixes the clock so that its
   * reports never depend on the day it runs:
   * <pre>{@code
   * Clock fixed = Clock.fixed(Instant.parse("2021-07-01T09:00:00Z"), ZoneId.of("Europe/London"));
   * Report report = RuleSet.standard().withClock(fixed).check(arrangement);   // judged as of 2021-07-01
   * }</pre>
   * This instance is immutable and unaffected by this method call.
   *
   * @param clock the clock, not null
   * @return the new set, not null
   */
  public RuleSet withClock(Clock clock) {
    return new RuleSet(rules, severities, asOf, Objects.requireNonNull(clock, "clock"), executor);
  }

  /**
   * Returns a copy of this set that spreads the analysis of a check over an executor's threads. By default
   * a check runs entirely on the thread that calls {@link #check(Arrangement)}, and never on a pool of the
   * application embedding the library; the report is the same either way.
   * <pre>{@code
   * ExecutorService pool = Executors.newFixedThreadPool(2);
   * Report report = RuleSet.standard().withExecutor(pool).check(arrangement);
   * }</pre>
   * This instance is immutable and unaffected by this method call.
   *
   * @param executor the executor, not null; the caller owns it and shuts it down
   * @return the new set, not null
   */
  public RuleSet withExecutor(Executor executor) {
    return new RuleSet(rules, severities, asOf, clock, Objects.requireNonNull(executor, "executor"));
  }

  /**
   * Returns the date waivers are judged on by the next check: the {@linkplain #asOf(LocalDate) as-of date}
   * if set, otherwise today by the {@linkplain #withClock(Clock) clock}.
   *
   * @return the date, not null
   */
  public LocalDate judgementDate() {
    return asOf.orElseGet(() -> LocalDate.now(clock));
  }

  /**
   * Checks an arrangement against every rule.
   *
   * @param arrangement the arrangement, not null
   * @return the report, not null; a rule that throws, returns null or returns a finding that is not its
   *     own is listed in {@link Report#failures()} with what it did, and the other rules still report
   */
  public Report check(Arrangement arrangement) {
    Objects.requireNonNull(arrangement, "arrangement");
    LocalDate date = judgementDate();
    Analysis analysis = Analysis.of(arrangement, date, executor);
    List<Rule> ordered = List.copyOf(rules.values());
    // Rules run one after another on this thread: the shared analyses they wait on may themselves be spread
    // over the caller's executor, and running rules on that executor could make a worker wait on work it holds.
    List<Finding> findings = new ArrayList<>();
    List<RuleFailure> failures = new ArrayList<>();
    for (Rule rule : ordered) {
      String id = rule.id();
      List<Finding> found;
      try {
        found = rule.evaluate(analysis);
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new RuleFailure(id, "threw " + Wording.bounded(e.toString())));
        continue;
      }
      String problem = problemWith(id, found);
      if (problem != null) {
        failures.add(new RuleFailure(id, problem));
        continue;
      }
      Severity severity = severities.get(id);
      for (Finding finding : found) {
        findings.add(severity == null ? finding : finding.withSeverity(severity));
      }
    }
    List<RuleInfo> infos = new ArrayList<>(ordered.size());
    ordered.forEach(r -> infos.add(r.info()));
    return Report.of(infos, findings, arrangement.waivers(), date, failures);
  }

  /** What is wrong with what a rule returned, or null if nothing: its findings are then taken as they are. */
  @SuppressWarnings("NullAway") // a user's rule may break its contract: that is what this checks
  private static @Nullable String problemWith(String ruleId, @Nullable List<Finding> found) {
    if (found == null) {
      return "returned null instead of a list of findings";
    }
    int at = 0;
    Set<FindingKey> keys = new HashSet<>();
    for (Finding finding : found) {
      if (finding == null) {
        return "returned a null finding, at position " + at;
      }
      if (!keys.add(finding.key())) {
        return "returned two findings with the key " + Wording.bounded(finding.key().toString()) + ", so that a "
            + "waiver could not tell them apart; give each its own subjects or a discriminator";
      }
      if (!finding.ruleId().equals(ruleId)) {
        return "returned a finding of rule " + Wording.bounded(finding.ruleId()) + " (" + Wording.bounded(
            finding.key().toString()) + "); build a rule's findings with Finding.builder(rule)";
      }
      at++;
    }
    return null;
  }

  private Rule require(String ruleId) {
    Rule rule = rules.get(ruleId);
    if (rule == null) {
      throw new IllegalArgumentException("No rule with id '" + ruleId + "' in this set; its rules are "
          + rules.keySet());
    }
    return rule;
  }

  @Override
  public String toString() {
    return "RuleSet" + rules.keySet();
  }
}
