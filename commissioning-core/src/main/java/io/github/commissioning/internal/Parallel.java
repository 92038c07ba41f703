package io.github.commissioning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/** Runs independent pieces of work on the caller's thread, or on an executor the caller supplied. */
public final class Parallel {

  private Parallel() {
  }

  /**
   * Runs {@code work} for every index in {@code [0, count)}: on this thread when there is no executor,
   * otherwise in a few contiguous chunks on the executor, waiting for all of them.
   *
   * @param count how many pieces
   * @param executor where to run them, or null for this thread
   * @param work the work on one piece
   */
  public static void forEach(int count, @Nullable Executor executor, IntConsumer work) {
    if (executor == null || count < 2) {
      for (int i = 0; i < count; i++) {
        work.accept(i);
      }
      return;
    }
    int chunks = Math.min(count, 4 * Runtime.getRuntime().availableProcessors());
    List<CompletableFuture<Void>> futures = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int from = (int) ((long) count * c / chunks);
      int to = (int) ((long) count * (c + 1) / chunks);
      futures.add(CompletableFuture.runAsync(() -> {
        for (int i = from; i < to; i++) {
          work.accept(i);
        }
      }, executor));
    }
    try {
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
