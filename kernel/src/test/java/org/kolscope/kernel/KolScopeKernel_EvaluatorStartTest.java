package org.kolscope.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The kernel's JShell is started once. A first cell arriving while JShell still starts (the usual
 * case: Jupyter sends it right after kernel_info) once started a second JShell beside the first,
 * two compilers' cold start competing for the same cores.
 */
class KolScopeKernel_EvaluatorStartTest {
  @Test
  void callersRacingToStartJShellStartOneAndShareIt() throws Exception {
    Set<Thread> before = startThreads();
    KolScopeKernel kernel = KolScopeKernel.create();
    CountDownLatch go = new CountDownLatch(1);
    Thread other = new Thread(() -> {
      try {
        go.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      kernel.startEvaluator();
    });
    other.start();

    kernel.startEvaluator();
    go.countDown();
    other.join();
    Set<Thread> started = startThreads();
    started.removeAll(before);
    kernel.startEvaluator();
    Set<Thread> later = startThreads();
    later.removeAll(before);

    assertThat(started).hasSize(1);
    assertThat(later).isSubsetOf(started);
    assertThat(kernel.evaluator()).isSameAs(kernel.evaluator());
  }

  /**
   * The threads starting a JShell now; JShell's start takes far longer than the calls above, so
   * every start made there is still running when counted.
   */
  private static Set<Thread> startThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("kolscope-jshell-start") && t.isAlive())
        .collect(Collectors.toCollection(HashSet::new));
  }
}
