package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Spark JVM's class path: the spark module's jar and libraries, then the cluster's Hadoop
 * configuration folders when set, as Spark's launcher adds them (a YARN client finds the resource
 * manager's address in {@code yarn-site.xml} on its class path).
 */
class Engines_ChildClassPathTest {
  private static final Path JAR = Path.of("/repo/spark/target/kolscope-spark-0.1.0.jar");
  private static final Path LIB = Path.of("/repo/spark/target/lib");

  @Test
  void noHadoopConfiguration_jarAndLibrariesOnly() {
    assertThat(Engines.childClassPath(JAR, LIB, Map.of("PATH", "/usr/bin")))
        .isEqualTo("/repo/spark/target/kolscope-spark-0.1.0.jar:/repo/spark/target/lib/*");
  }

  @Test
  void hadoopAndYarnConfDirs_appendedInThatOrder() {
    assertThat(Engines.childClassPath(JAR, LIB, Map.of("YARN_CONF_DIR", "/etc/yarn", "HADOOP_CONF_DIR", "/etc/hadoop")))
        .isEqualTo("/repo/spark/target/kolscope-spark-0.1.0.jar:/repo/spark/target/lib/*:/etc/hadoop:/etc/yarn");
  }

  @Test
  void blankConfDir_leftOut() {
    assertThat(Engines.childClassPath(JAR, LIB, Map.of("HADOOP_CONF_DIR", " ")))
        .doesNotEndWith(":").endsWith("lib/*");
  }
}
