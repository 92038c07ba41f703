package io.github.commissioning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.testing.Scenarios;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The public API as a user meets it: what its methods hand out, and how user rules are made. */
class PublicApiTest {

  private static final Set<String> NOT_GETTERS = Set.of("toString", "hashCode", "getClass", "builder", "toBuilder",
      "notify", "notifyAll", "wait", "toText", "toMarkdown");

  /**
   * Every public method of the library's values, called with the arguments a user would pass, hands out
   * collections the caller cannot change: an {@code add} or a {@code put} is refused. Clearing one would
   * otherwise change later query results, or remove standard findings from the same check.
   */
  @Test
  void noPublicMethodHandsOutAMutableCollection() throws Exception {
    Arrangement arrangement = Fixture.busy().build();
    Accountability accountability = Accountability.of(arrangement);
    Report report = RuleSet.standard().asOf(Fixture.AS_OF).check(arrangement);
    Analysis analysis = Analysis.of(arrangement, Fixture.AS_OF);
    Map<Class<?>, Object> arguments = new LinkedHashMap<>();
    arguments.put(FunctionId.class, Fixture.PMS);
    arguments.put(AreaId.class, Fixture.A1);
    arguments.put(FootprintId.class, Fixture.TEES);
    arguments.put(OrganisationId.class, Fixture.TEES_CCG);
    arguments.put(DelegationId.class, Fixture.TO_TEES);
    arguments.put(LocalDate.class, Fixture.JUNE_2021);
    arguments.put(DateRange.class, DateRange.ALWAYS);
    arguments.put(String.class, AccountabilityRules.UNOWNED);
    arguments.put(Severity.class, Severity.ERROR);
    arguments.put(Analysis.class, analysis);
    arguments.put(PersonId.class, Fixture.person(1));

    List<String> mutable = new ArrayList<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object[]> todo = new ArrayDeque<>();
    for (Object root : List.of(arrangement, accountability, report, analysis, RuleSet.standard(),
        InterestIndex.of(analysis), Scenarios.decode(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)),
        Report.diff(RuleSet.standard().asOf(Fixture.AS_OF).check(Fixture.clean().build()), report))) {
      todo.add(new Object[] {root, root.getClass().getSimpleName()});
    }
    int calls = 0;
    while (!todo.isEmpty() && seen.size() < 20_000) {
      Object[] next = todo.poll();
      Object value = next[0];
      String path = (String) next[1];
      if (value == null || seen.put(value, Boolean.TRUE) != null) {
        continue;
      }
      if (value instanceof Collection) {
        Collection<?> collection = (Collection<?>) value;
        if (!refusesAdd(collection)) {
          mutable.add(path + " (" + value.getClass().getName() + ")");
        }
        collection.forEach(e -> todo.add(new Object[] {e, path + "[]"}));
        continue;
      }
      if (value instanceof Map) {
        Map<?, ?> map = (Map<?, ?>) value;
        if (!refusesPut(map)) {
          mutable.add(path + " (" + value.getClass().getName() + ")");
        }
        map.values().forEach(e -> todo.add(new Object[] {e, path + "{}"}));
        continue;
      }
      if (value instanceof Optional) {
        ((Optional<?>) value).ifPresent(e -> todo.add(new Object[] {e, path + ".get()"}));
        continue;
      }
      Class<?> type = value.getClass();
      if (!type.getName().startsWith("io.github.commissioning") || type.isEnum()) {
        continue;
      }
      for (Method method : publicMethods(type)) {
        Object[] args = new Object[method.getParameterCount()];
        boolean callable = true;
        for (int i = 0; i < args.length; i++) {
          args[i] = arguments.get(method.getParameterTypes()[i]);
          callable &= args[i] != null;
        }
        if (!callable) {
          continue;
        }
        try {
          calls++;
          todo.add(new Object[] {method.invoke(value, args), path + "." + method.getName() + "()"});
        } catch (InvocationTargetException e) {
          // an argument that does not fit this value (an unknown id, say): nothing handed out
        }
      }
    }
    assertEquals(List.of(), mutable);
    assertTrue(!refusesAdd(new ArrayList<>()) && !refusesPut(new HashMap<>()), "the probe must tell");
    assertTrue(calls > 300, "the walk called only " + calls + " methods");
  }

  private static List<Method> publicMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Class<?> at = type; at != null; at = at.getSuperclass()) {
      if (!Modifier.isPublic(at.getModifiers()) || at.getPackageName().endsWith(".internal")) {
        continue;
      }
      for (Method method : at.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
            && !NOT_GETTERS.contains(method.getName()) && !method.getName().startsWith("with")
            && method.getReturnType() != void.class) {
          methods.add(method);
        }
      }
    }
    for (Class<?> face : type.getInterfaces()) {
      if (face.getName().startsWith("io.github.commissioning") && Modifier.isPublic(face.getModifiers())) {
        for (Method method : face.getMethods()) {
          if (!Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class) {
            methods.add(method);
          }
        }
      }
    }
    methods.sort((a, b) -> a.toString().compareTo(b.toString()));
    return methods;
  }

  @SuppressWarnings("unchecked")
  private static boolean refusesAdd(Collection<?> collection) {
    try {
      ((Collection<Object>) collection).add(new Object());
      return false;
    } catch (UnsupportedOperationException | ClassCastException e) {
      return e instanceof UnsupportedOperationException;
    }
  }

  @SuppressWarnings("unchecked")
  private static boolean refusesPut(Map<?, ?> map) {
    try {
      ((Map<Object, Object>) map).put(new Object(), new Object());
      return false;
    } catch (UnsupportedOperationException | ClassCastException e) {
      return e instanceof UnsupportedOperationException;
    }
  }

  @Test
  void aCheckTakesItsDateFromTheClockAndGivesTheSameReportOnAnExecutor() throws Exception {
    Clock fixed = Clock.fixed(Instant.parse("2021-07-01T09:00:00Z"),
        ZoneId.of("Europe/London"));
    Arrangement arrangement = Fixture.busy().build();
    Report byClock = RuleSet.standard().withClock(fixed).check(arrangement);
    assertEquals(LocalDate.of(2021, 7, 1), byClock.asOf());
    assertEquals(LocalDate.of(2021, 7, 1), RuleSet.standard().withClock(fixed).judgementDate());
    assertEquals(Fixture.AS_OF.minusDays(3), RuleSet.standard().withClock(fixed).asOf(Fixture.AS_OF.minusDays(3))
        .judgementDate());
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Report pooled = RuleSet.standard().withClock(fixed).withExecutor(pool).check(arrangement);
      assertEquals(byClock.toText(), pooled.toText());
      assertEquals(Accountability.of(arrangement).coverage(Fixture.PMS, Fixture.ENGLAND, Fixture.JUNE_2021),
          Accountability.of(arrangement, pool).coverage(Fixture.PMS, Fixture.ENGLAND, Fixture.JUNE_2021));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onePartIsReplacedOrRemovedByIdSoFixCheckAndDiffIsOneLine() {
    Arrangement arrangement = Fixture.busy().build();
    RuleSet rules = RuleSet.standard().asOf(Fixture.AS_OF);
    Report before = rules.check(arrangement);
    io.github.commissioning.model.Decision award = arrangement.decision(Fixture.AWARD).orElseThrow();

    Arrangement renamed = arrangement.with(award.withTitle("Award the community contract"));
    assertEquals("Award the community contract", renamed.decision(Fixture.AWARD).orElseThrow().title());
    assertEquals(arrangement.decisions().size(), renamed.decisions().size());
    assertEquals(award, arrangement.decision(Fixture.AWARD).orElseThrow(), "the original is unchanged");

    // a conflicted member voted: record that they withdrew instead, check again, and diff, in one line
    Arrangement conflicted = ConflictedVoteTest.example().build();
    io.github.commissioning.model.Decision vote = conflicted.decision(Fixture.DECISION).orElseThrow();
    Report found = rules.check(conflicted);
    ReportDiff diff = Report.diff(found, rules.check(conflicted.with(vote.withVoters().withParticipants()
        .withWithdrew(Fixture.person(8)))));
    assertEquals(List.of("COI-CONFLICTED-VOTE|D1|P8"),
        diff.resolved().stream().map(f -> f.key().toString()).filter(k -> k.startsWith("COI-CONFLICTED-VOTE"))
            .toList());
    assertTrue(diff.introduced().stream().noneMatch(f -> f.ruleId().startsWith("COI-CONFLICTED")), diff.toString());
    assertEquals(before.findings(), rules.check(arrangement.without(Fixture.AWARD).with(award)).findings());

    IllegalArgumentException nothing = assertThrows(IllegalArgumentException.class,
        () -> arrangement.without(OrganisationId.of("ZZZ")));
    assertEquals("Nothing to remove: no part of this arrangement has the OrganisationId ZZZ; correct the id",
        nothing.getMessage());
    io.github.commissioning.model.InvalidArrangementException dangling = assertThrows(
        io.github.commissioning.model.InvalidArrangementException.class, () -> arrangement.without(Fixture.PMS));
    assertTrue(dangling.problems().stream().allMatch(p -> p.value().equals("pms")), dangling.getMessage());
  }

  @Test
  void aWaiverIsMadeFromItsFindingAndAWholeKeyCannotPassAsAPart() {
    RuleSet rules = RuleSet.standard().asOf(Fixture.AS_OF);
    Arrangement conflicted = ConflictedVoteTest.example().build();
    Finding vote = rules.check(conflicted).findingsOfRule(ConflictRules.CONFLICTED_VOTE).get(0);
    Report waived = rules.check(conflicted.with(vote.waiver("Minuted as an error", "Board secretary",
        Fixture.AS_OF.plusYears(1))));
    assertEquals(List.of(vote.key()), waived.waived().stream().map(Finding::key).toList());
    IllegalArgumentException whole = assertThrows(IllegalArgumentException.class,
        () -> io.github.commissioning.model.FindingKey.of(vote.ruleId(), vote.key().toString()));
    assertEquals("Invalid finding key of rule COI-CONFLICTED-VOTE: the part 'COI-CONFLICTED-VOTE|D1|P8' is a whole "
        + "finding key; read a key's text with FindingKey.parse(text), or pass only the subject codes",
        whole.getMessage());
  }

  @Test
  void aUserRuleIsItsMetadataAndAFunction() {
    RuleInfo info = RuleInfo.builder("LOCAL-NO-DEPUTY", "Committee without a deputy chair", Severity.WARNING)
        .explanation("Our standing orders require a deputy chair.")
        .remedy("Appoint a deputy chair.")
        .build();
    Rule noDeputy = Rule.of(info, analysis -> analysis.arrangement().bodies().stream()
        .filter(body -> body.name().toLowerCase(Locale.ROOT).contains("committee"))
        .map(body -> Finding.builder(info).addSubjects(body.id())
            .message(body.name() + " has no deputy chair; appoint one").build())
        .toList());
    Report report = RuleSet.standard().with(noDeputy).asOf(Fixture.AS_OF).check(Fixture.clean().build());
    assertEquals("LOCAL-NO-DEPUTY", noDeputy.id());
    assertEquals(List.of("LOCAL-NO-DEPUTY|16C-PCCC"),
        report.findingsOfRule("LOCAL-NO-DEPUTY").stream().map(f -> f.key().toString()).toList());
    assertEquals(Severity.WARNING, report.findingsOfRule("LOCAL-NO-DEPUTY").get(0).severity());
    assertThrows(NullPointerException.class, () -> Rule.of(info, null));
  }

  @Test
  void findingBuildersAddSubjectsAndEvidenceAndSetAreas() {
    RuleInfo info = RuleInfo.builder("LOCAL-X", "X", Severity.INFO).explanation("x").remedy("y").build();
    Finding finding = Finding.builder(info).addSubjects(Fixture.PMS).addSubjects(Fixture.TEES_CCG)
        .areas(List.of(Fixture.A1)).areas(List.of(Fixture.A2)).addEvidence("one").addEvidence(List.of("two"))
        .message("m").build();
    assertEquals(List.of(Fixture.PMS, Fixture.TEES_CCG), finding.subjects());
    assertEquals(List.of(Fixture.A2), finding.areas());
    assertEquals(List.of("one", "two"), finding.evidence());
    NullPointerException nullSubject = assertThrows(NullPointerException.class,
        () -> Finding.builder(info).addSubjects(Fixture.PMS, null));
    assertEquals("subject ids: element 1 is null", nullSubject.getMessage());
    Set<String> messages = new TreeSet<>();
    messages.add(assertThrows(NullPointerException.class, () -> Finding.builder(info).areas(null)).getMessage());
    assertEquals(Set.of("areas"), messages);
  }
}
