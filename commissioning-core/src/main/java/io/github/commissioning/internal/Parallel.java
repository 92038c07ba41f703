package io.github.commissioning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
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
    forEach(count, executor, () -> work, IntConsumer::accept);
  }

  /**
   * Runs {@code work} for every index in {@code [0, count)} as {@link #forEach(int, Executor, IntConsumer)}
   * does, giving each contiguous chunk its own state from {@code state}: scratch space that one thread uses
   * at a time and that is garbage once the work is done (no thread keeps it, as a thread-local would).
   *
   * @param <S> the type of the state
   * @param count how many pieces
   * @param executor where to run them, or null for this thread
   * @param state makes the state of one chunk
   * @param work the work on one piece, with its chunk's state
   */
  public static <S> void forEach(int count, @Nullable Executor executor, Supplier<S> state, ObjIntConsumer<S> work) {
    if (count == 0) {
      return;
    }
    if (executor == null || count < 2) {
      S mine = state.get();
      for (int i = 0; i < count; i++) {
        work.accept(mine, i);
      }
      return;
    }
    int chunks = Math.min(count, 4 * Runtime.getRuntime().availableProcessors());
    List<CompletableFuture<Void>> futures = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int from = (int) ((long) count * c / chunks);
      int to = (int) ((long) count * (c + 1) / chunks);
      futures.add(CompletableFuture.runAsync(() -> {
        S mine = state.get();
        for (int i = from; i < to; i++) {
          work.accept(mine, i);
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
