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
 * executor as a separate process with the class path of a Spark 4.2 distribution ({@code
 * SPARK_HOME=target/spark-home}, set by the failsafe configuration: Spark and what it brings,
 * its Guava 33.6.0, none of KOLScope's own libraries). The executors get KOLScope only through the
 * cluster jar the session ships ({@link Sessions#clusterJar()}). Before that jar, every task failed
 * there: first on the executors not knowing KOLScope's classes, then, with the jars shipped as the
 * README said, on Tablesaw meeting Spark 3.5's Guava 14 ({@code NoSuchMethodError} in
 * {@code Preconditions.checkArgument}).
 */
class SparkCluster_ClassPathIT {
  private static final Path SPARK_HOME = Path.of(System.getenv().getOrDefault("SPARK_HOME", "target/spark-home"));

  /**
   * The two lists in {@code spark/pom.xml} that must be kept alike by hand (the cluster jar's
   * includes, and the artifacts left out of {@code spark-home}): every library of this module's
   * class path ({@code target/lib}) that holds classes is in exactly one of the cluster jar (its
   * classes, Guava's under their moved name) and the workers' jars. In both, a library's two
   * copies meet on the executors; in neither, the executors lack it.
   */
  @Test
  void everyLibrary_inTheClusterJarOrOnTheWorkers_notBoth() throws IOException {
    java.util.Set<String> shipped = new java.util.HashSet<>();
    try (ZipFile z = new ZipFile(Sessions.clusterJar().toFile())) {
      z.stream().forEach(e -> shipped.add(e.getName()));
    }
    java.util.Set<String> workers;
    try (Stream<Path> s = Files.list(SPARK_HOME.resolve("jars"))) {
      workers = s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
    }
    List<Path> libs;
    try (Stream<Path> s = Files.list(Path.of("target/lib"))) {
      libs = s.sorted().toList();
    }
    assertThat(libs).hasSizeGreaterThan(100);
    int checked = 0;
    for (Path lib : libs) {
      String cls;
      try (ZipFile z = new ZipFile(lib.toFile())) {
        cls = z.stream().map(java.util.zip.ZipEntry::getName)
            .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.endsWith("module-info.class"))
            .findFirst().orElse(null);
      }
      if (cls == null) {
        continue; // no classes (Guava's empty listenablefuture): nothing to ship
      }
      String moved = cls.startsWith("com/google/common/") || cls.startsWith("com/google/thirdparty/")
          ? "org/kolscope/shaded/" + cls : cls;
      boolean inClusterJar = shipped.contains(moved);
      boolean onWorkers = workers.contains(lib.getFileName().toString());
      assertThat(inClusterJar != onWorkers).as(lib.getFileName() + " (" + cls + "): in the cluster jar "
          + inClusterJar + ", on the workers " + onWorkers).isTrue();
      checked++;
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void workersClassPath_isADistributionsAndNotOurs() throws IOException {
    List<Path> jars;
    try (Stream<Path> s = Files.list(SPARK_HOME.resolve("jars"))) {
      jars = s.toList();
    }
    assertThat(jars).extracting(p -> p.getFileName().toString())
        .contains("guava-33.6.0-jre.jar")
        .anyMatch(n -> n.startsWith("spark-core_2.13-4.2."))
        .noneMatch(n -> n.startsWith("kolscope-") || n.startsWith("tablesaw-"))
        .filteredOn(n -> n.startsWith("guava-")).hasSize(1);
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
