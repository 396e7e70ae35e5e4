package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Parallel#forEach}: every index once, on several threads when there is enough work, the
 * lowest failing index's own exception, loops inside loops, and {@link Parallel#sequentially}.
 */
class Parallel_ForEachTest {

  @ParameterizedTest
  @CsvSource({"0, 1, 4", "1, 1, 4", "7, 1, 2", "1000, 1, 3", "1000, 256, 2", "100003, 64, 4",
      "5000, 10000, 4", "999, 7, 1"})
  void everyIndex_visitedExactlyOnce(int n, int grain, int threads) {
    AtomicIntegerArray seen = new AtomicIntegerArray(n);
    Parallel.forEach(n, grain, threads, seen::incrementAndGet);
    for (int i = 0; i < n; i++) {
      assertThat(seen.get(i)).as("index %d", i).isEqualTo(1);
    }
  }

  @Test
  void enoughWork_runsOnMoreThanOneThread() {
    Set<String> names = ConcurrentHashMap.newKeySet();
    Parallel.forEach(64, 1, 4, i -> {
      names.add(Thread.currentThread().getName());
      sleep(5); // long enough that one worker cannot take every chunk
    });
    assertThat(names).hasSizeGreaterThan(1).allMatch(n -> n.startsWith("kolscope-worker-"));
  }

  @Test
  void sequentially_keepsEveryLoopOnTheCallersThread() {
    Set<String> names = ConcurrentHashMap.newKeySet();
    int got = Parallel.sequentially(() -> {
      Parallel.forEach(64, 1, i -> {
        names.add(Thread.currentThread().getName());
        sleep(1);
      });
      return Parallel.threadsHere();
    });
    assertThat(names).containsExactly(Thread.currentThread().getName());
    assertThat(got).isEqualTo(1);
  }

  @Test
  void failingIndices_theLowestOnesExceptionIsThrownUnwrapped() {
    IllegalArgumentException[] thrown = new IllegalArgumentException[1000];
    for (int i = 0; i < thrown.length; i++) {
      thrown[i] = new IllegalArgumentException("bad value at " + i);
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Parallel.forEach(1000, 1, 4, i -> {
          if (i % 97 == 13) {
            throw thrown[i];
          }
        }));
    assertSame(thrown[13], e);
    assertThat(e.getMessage()).isEqualTo("bad value at 13");
  }

  @Test
  void loopInsideALoop_finishesAndVisitsEveryPair() {
    AtomicIntegerArray seen = new AtomicIntegerArray(40 * 300);
    Parallel.forEach(40, 1, 2, a -> Parallel.forEach(300, 1, 2, b -> seen.incrementAndGet(a * 300 + b)));
    for (int i = 0; i < seen.length(); i++) {
      assertThat(seen.get(i)).as("pair %d", i).isEqualTo(1);
    }
  }

  @Test
  void badArguments_rejectedQuotingThem() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> Parallel.forEach(-1, 1, i -> { })).getMessage()).contains("-1");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> Parallel.forEach(5, 0, i -> { })).getMessage()).contains("grain");
  }

  @Test
  void badThreadsProperty_rejectedQuotingTheValue() {
    String before = System.getProperty(Parallel.THREADS);
    try {
      System.setProperty(Parallel.THREADS, "two");
      assertThat(assertThrows(IllegalArgumentException.class, Parallel::threads).getMessage())
          .contains("kolscope.threads").contains("'two'");
      System.setProperty(Parallel.THREADS, "3");
      assertThat(Parallel.threads()).isEqualTo(3);
    } finally {
      if (before == null) {
        System.clearProperty(Parallel.THREADS);
      } else {
        System.setProperty(Parallel.THREADS, before);
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
