package org.kolscope.core;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Independent work per index spread over the machine's cores, with results that do not depend on
 * how many threads ran it: each index must write only its own slots (an array element, a row of a
 * matrix) and read what no index writes. Sums, pooled lists and anything else whose order matters
 * stay with the caller, in index order.
 *
 * <p>Threads: {@code -Dkolscope.threads=N} (default: the processors the JVM sees; 1 runs every
 * loop on the caller's thread). The pool's threads are daemons, named {@code kolscope-worker-N}.
 * An engine that already runs one task per core (Apache Spark's executors) runs its tasks'
 * loops on their own threads with {@link #sequentially}.
 *
 * <p>Failures: the exception of the lowest failing index is rethrown as it was thrown (not
 * wrapped), as the loop would have thrown it; other indices may have run meanwhile.
 */
public final class Parallel {
  /** The system property that sets the number of threads. */
  public static final String THREADS = "kolscope.threads";
  /** Fewest indices per chunk by default: below it a loop is not worth splitting. */
  public static final int DEFAULT_GRAIN = 256;

  private static final ThreadLocal<int[]> SEQUENTIAL = ThreadLocal.withInitial(() -> new int[1]);
  /** One pool per thread count (one in practice); idle workers end after a minute. */
  private static final java.util.Map<Integer, ForkJoinPool> POOLS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Parallel() {}

  /** The threads loops use ({@value #THREADS}, else the processors). */
  public static int threads() {
    String v = System.getProperty(THREADS);
    if (v == null || v.isBlank()) {
      return Runtime.getRuntime().availableProcessors();
    }
    try {
      int t = Integer.parseInt(v.trim());
      if (t >= 1) {
        return t;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("-D" + THREADS + " must be a whole number ≥ 1, got '" + v + "'");
  }

  /** The threads a loop started on this thread uses: 1 inside {@link #sequentially}. */
  public static int threadsHere() {
    return SEQUENTIAL.get()[0] > 0 ? 1 : threads();
  }

  /** {@link #forEach(int, int, IntConsumer)} with chunks of at least {@value #DEFAULT_GRAIN}. */
  public static void forEach(int n, IntConsumer body) {
    forEach(n, DEFAULT_GRAIN, body);
  }

  /**
   * Runs {@code body} for every index in [0, n), in chunks of consecutive indices of at least
   * {@code grain}, on up to {@link #threads()} threads (the caller's among them).
   *
   * @throws IllegalArgumentException if n &lt; 0 or grain &lt; 1
   */
  public static void forEach(int n, int grain, IntConsumer body) {
    forEach(n, grain, threadsHere(), body);
  }

  /** {@link #forEach(int, int, IntConsumer)} on {@code threads} threads. */
  static void forEach(int n, int grain, int threads, IntConsumer body) {
    if (n < 0 || grain < 1 || threads < 1) {
      throw new IllegalArgumentException("need n ≥ 0, grain ≥ 1 and threads ≥ 1, got " + n + ", "
          + grain + ", " + threads);
    }
    int chunks = (int) Math.min(Math.min((long) threads * 4, n / grain), Integer.MAX_VALUE);
    if (threads <= 1 || chunks <= 1) {
      for (int i = 0; i < n; i++) {
        body.accept(i);
      }
      return;
    }
    Failure failure = new Failure();
    Runnable all = () -> IntStream.range(0, chunks).parallel().forEach(c -> {
      int lo = (int) ((long) n * c / chunks);
      int hi = (int) ((long) n * (c + 1) / chunks);
      for (int i = lo; i < hi; i++) {
        try {
          body.accept(i);
        } catch (RuntimeException | Error e) {
          failure.offer(i, e);
          return;
        }
      }
    });
    ForkJoinPool p = pool(threads);
    if (Thread.currentThread() instanceof ForkJoinWorkerThread w && w.getPool() == p) {
      all.run(); // a loop inside a loop: the same pool's workers share it
    } else {
      p.submit(all).join();
    }
    failure.rethrow();
  }

  /**
   * Runs {@code task} with every loop of this thread on this thread alone (for a task that is
   * already one of many running side by side).
   */
  public static <T> T sequentially(java.util.function.Supplier<T> task) {
    int[] depth = SEQUENTIAL.get();
    depth[0]++;
    try {
      return task.get();
    } finally {
      depth[0]--;
    }
  }

  private static ForkJoinPool pool(int threads) {
    return POOLS.computeIfAbsent(threads, t -> {
      AtomicInteger count = new AtomicInteger();
      return new ForkJoinPool(t, fj -> {
        ForkJoinWorkerThread w = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(fj);
        w.setName("kolscope-worker-" + count.incrementAndGet());
        w.setDaemon(true);
        return w;
      }, null, false);
    });
  }

  /** The failure of the lowest index, kept across the chunks. */
  private static final class Failure {
    private int index = Integer.MAX_VALUE;
    private Throwable thrown;

    synchronized void offer(int i, Throwable t) {
      if (i < index) {
        index = i;
        thrown = t;
      }
    }

    synchronized void rethrow() {
      if (thrown instanceof RuntimeException r) {
        throw r;
      }
      if (thrown instanceof Error e) {
        throw e;
      }
    }
  }
}
