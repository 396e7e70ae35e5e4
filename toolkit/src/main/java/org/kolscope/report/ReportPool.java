package org.kolscope.report;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The worker threads of one report: its independent computations (tier comparison, timing,
 * outlier tests…) and its charts run side by side while the page is assembled in order. One
 * thread per processor (the common fork-join pool has one fewer, a single worker on a two-core
 * laptop); daemon threads, so a report never keeps a JVM alive.
 */
final class ReportPool implements AutoCloseable {
  private static final AtomicInteger REPORTS = new AtomicInteger();
  private final ExecutorService pool;

  ReportPool() {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    String prefix = "kolscope-report-" + REPORTS.incrementAndGet() + "-";
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, prefix + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.pool = Executors.newFixedThreadPool(threads, factory);
  }

  /** Starts {@code task} on a worker. */
  <T> CompletableFuture<T> submit(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, pool);
  }

  /**
   * The value of a started task, rethrowing what it threw (an unchecked exception or error, as if
   * the task had run on the caller's thread).
   */
  static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
