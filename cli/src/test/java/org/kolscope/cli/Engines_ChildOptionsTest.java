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
  void launcherDefaults_c1AndSerialDropped_parallelCollectorAdded() {
    assertThat(Engines.childOptions(LAUNCHER, null)).containsExactly("-Djava.awt.headless=true",
        "-Dfile.encoding=UTF-8", "-XX:SharedArchiveFile=/x.jsa", "-Dkolscope.home=/repo",
        "-XX:+UseParallelGC");
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
}
