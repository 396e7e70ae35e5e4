package org.kolscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * {@code kolscope audit … --engine spark} at a master whose executors are other JVMs: Spark's
 * {@code local-cluster[1,1,1024]}, a standalone master and worker in this JVM that start the
 * executor as a separate process with the class path of a Spark 3.5 distribution ({@code
 * SPARK_HOME=target/spark-home}, set by the failsafe configuration: Spark and what it brings,
 * Guava 14.0.1, none of KOLScope's own libraries). The executors get KOLScope only through the
 * cluster jar the session ships ({@link Sessions#clusterJar()}). Before that jar, every task failed
 * there: first on the executors not knowing KOLScope's classes, then, with the jars shipped as the
 * README said, on Tablesaw meeting the distribution's Guava 14 ({@code NoSuchMethodError} in
 * {@code Preconditions.checkArgument}).
 */
class SparkCluster_ClassPathIT {
  private static final Path SPARK_HOME = Path.of(System.getenv().getOrDefault("SPARK_HOME", "target/spark-home"));

  @Test
  void workersClassPath_isADistributionsAndNotOurs() throws IOException {
    List<Path> jars;
    try (Stream<Path> s = Files.list(SPARK_HOME.resolve("jars"))) {
      jars = s.toList();
    }
    assertThat(jars).extracting(p -> p.getFileName().toString())
        .contains("guava-14.0.1.jar")
        .anyMatch(n -> n.startsWith("spark-core_2.13-"))
        .noneMatch(n -> n.startsWith("guava-3") || n.startsWith("kolscope-") || n.startsWith("tablesaw-"));
    for (Path j : jars) {
      try (ZipFile z = new ZipFile(j.toFile())) {
        assertThat(z.getEntry("org/kolscope/io/RowBatch.class")).as(j.toString()).isNull();
        assertThat(z.getEntry("tech/tablesaw/api/Table.class")).as(j.toString()).isNull();
      }
    }
  }

  @Test
  void shippedData_onExecutorsInOtherJvms_sameDocumentAsLocal() {
    String accounts = LocalSpark.ROOT.resolve("data/accounts.csv").toString();
    String notes = LocalSpark.ROOT.resolve("data/notes.csv").toString();
    CliRun local = CliRun.of("audit", accounts, "--posts", notes, "--json");
    CliRun cluster = CliRun.of("audit", accounts, "--posts", notes, "--json",
        "--engine", "spark", "--master", "local-cluster[1,1,1024]");
    assertThat(local.status()).isZero();
    assertThat(cluster.status()).as(cluster.err()).isZero();
    assertThat(cluster.err()).contains("at local-cluster[1,1,1024]");
    assertThat(cluster.out()).contains("\"verdict\"").isEqualTo(local.out());
  }
}
