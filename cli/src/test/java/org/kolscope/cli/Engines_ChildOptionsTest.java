package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Spark JVM's options: the launcher's carry over, but not its short-command JIT and collector. */
class Engines_ChildOptionsTest {
  private static final List<String> LAUNCHER = List.of("-Xmx4g", "-XX:+UseSerialGC",
      "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
      "-XX:SharedArchiveFile=/x.jsa", "-Dkolscope.home=/repo");

  @Test
  void launcherDefaults_c1SerialAndArchiveDropped_parallelCollectorAdded() {
    assertThat(Engines.childOptions(LAUNCHER, null)).containsExactly("-Djava.awt.headless=true",
        "-Dfile.encoding=UTF-8", "-Dkolscope.home=/repo",
        "-XX:+UseParallelGC");
  }

  @Test
  void largeInput_launchersHeapRatiosDropped_unlessTheUserAsked() {
    List<String> large = new java.util.ArrayList<>(LAUNCHER);
    large.addAll(List.of("-Xmn128m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20"));
    assertThat(Engines.childOptions(large, null)).noneMatch(o -> o.contains("HeapFreeRatio"))
        .doesNotContain("-Xmn128m");
    assertThat(Engines.childOptions(large, "-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20"))
        .contains("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20");
  }

  @Test
  void userAskedForC1AndSerial_kept() {
    assertThat(Engines.childOptions(LAUNCHER, " -XX:TieredStopAtLevel=1  -XX:+UseSerialGC "))
        .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").doesNotContain("-XX:+UseParallelGC");
  }

  @Test
  void userCollector_keptAndNoOtherAdded() {
    List<String> mine = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+UseG1GC",
        "-XX:TieredStopAtLevel=4");
    assertThat(Engines.childOptions(mine, "-XX:+UseG1GC -XX:TieredStopAtLevel=4"))
        .containsExactly("-XX:+UseG1GC", "-XX:TieredStopAtLevel=4");
  }

  @Test
  void heap_halfTheMachine_unlessTheUserSetOne() {
    long g = 1L << 30;
    assertThat(Engines.childHeap(4 * g, 24 * g, null)).isEqualTo(12 * g);
    assertThat(Engines.childHeap(4 * g, 6 * g, "")).isEqualTo(4 * g); // never below the launcher's
    assertThat(Engines.childHeap(4 * g, 256 * g, null)).isEqualTo(31 * g);
    assertThat(Engines.childHeap(2 * g, 24 * g, "-Xmx2g -XX:+UseG1GC")).isEqualTo(2 * g);
  }
}
