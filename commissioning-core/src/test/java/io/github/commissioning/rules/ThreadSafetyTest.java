package io.github.commissioning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.testing.Scenarios;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One arrangement, one rule set, checked from 8 threads at once: the same report every time. */
class ThreadSafetyTest {

  @Test
  void theSameCheckFromEightThreadsGivesIdenticalReports() throws Exception {
    Arrangement arrangement = Scenarios.random(2024, 400).arrangement();
    RuleSet rules = RuleSet.standard().asOf(LocalDate.of(2023, 1, 1));
    String expected = rules.check(arrangement).toText();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<String> check = () -> {
          start.await();
          StringBuilder texts = new StringBuilder();
          for (int i = 0; i < 5; i++) {
            texts.append(rules.check(arrangement).toText());
          }
          return texts.toString();
        };
        results.add(pool.submit(check));
      }
      start.countDown();
      for (Future<String> result : results) {
        assertEquals(expected.repeat(5), result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    // the scenario is rich enough to exercise the rules: defects were planted and found
    assertEquals(false, rules.check(arrangement).findings().isEmpty());
  }

  @Test
  void aCheckedArrangementIsGarbageOnceTheCallerDropsIt() throws InterruptedException {
    // the sweeps' scratch space once sat in a thread-local, so the thread kept it, and through it the
    // arrangement and its states, after every check: a leak in any application that checks on one thread
    WeakReference<Arrangement> checked = checkAndForget();
    for (int i = 0; i < 50 && checked.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(checked.get(), "the calling thread still holds the checked arrangement");
  }

  private static WeakReference<Arrangement> checkAndForget() {
    Arrangement arrangement = Scenarios.random(2026, 200).arrangement();
    RuleSet.standard().asOf(LocalDate.of(2023, 1, 1)).check(arrangement);
    return new WeakReference<>(arrangement);
  }

  @Test
  void byDefaultACheckRunsOnTheCallingThreadAndLeavesTheCommonPoolAlone() {
    Arrangement arrangement = Scenarios.random(2025, 400).arrangement();
    java.util.Set<Thread> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Rule probe = Rule.of(RuleInfo.builder("LOCAL-THREAD", "Records the thread", Severity.INFO)
        .explanation("Records the thread it runs on.").remedy("Nothing to fix.").build(), analysis -> {
      threads.add(Thread.currentThread());
      analysis.accountability();
      return List.of();
    });
    java.util.concurrent.ForkJoinPool common = java.util.concurrent.ForkJoinPool.commonPool();
    long steals = common.getStealCount();
    long queued = common.getQueuedTaskCount() + common.getQueuedSubmissionCount();
    RuleSet.standard().with(probe).asOf(LocalDate.of(2023, 1, 1)).check(arrangement);
    assertEquals(java.util.Set.of(Thread.currentThread()), threads);
    assertEquals(steals, common.getStealCount());
    assertEquals(queued, common.getQueuedTaskCount() + common.getQueuedSubmissionCount());
  }
}
