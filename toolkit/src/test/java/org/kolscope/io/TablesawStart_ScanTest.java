package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.DataReader;
import tech.tablesaw.io.DataWriter;

/**
 * {@link TablesawStart}: Tablesaw's registries as {@code Table}'s own class-path scan fills them,
 * at a fraction of its cost. With {@value TablesawStart#KNOWN_CORE} alone, no jar is scanned and
 * the readers and writers of {@link TablesawStart#KNOWN_CORE_IO} are initialised directly (35–40 ms
 * less of each cold start, docs/dev-notes/coldstart.md); with other Tablesaw jars, the scan is
 * narrowed to them.
 */
class TablesawStart_ScanTest {

  /**
   * Table's own query (tablesaw-core 0.44.4, {@code Table.autoRegisterReadersAndWriters}), through
   * reflection: ClassGraph is Tablesaw's dependency, not the toolkit's, and declaring it for a test
   * would change the scope it reaches the CLI in.
   */
  @SuppressWarnings("unchecked")
  private static List<String> scan(String classPath) throws Exception {
    String full = System.getProperty("java.class.path");
    System.setProperty("java.class.path", classPath);
    try {
      Class<?> graph = Class.forName("io.github.classgraph.ClassGraph");
      Object g = graph.getConstructor().newInstance();
      g = graph.getMethod("enableAllInfo").invoke(g);
      g = graph.getMethod("acceptPackages", String[].class).invoke(g, (Object) new String[] {"tech.tablesaw.io"});
      try (AutoCloseable r = (AutoCloseable) graph.getMethod("scan").invoke(g)) {
        List<String> found = new ArrayList<>();
        for (Class<?> type : List.of(DataWriter.class, DataReader.class)) {
          Object infos = r.getClass().getMethod("getClassesImplementing", String.class).invoke(r, type.getName());
          found.addAll((List<String>) infos.getClass().getMethod("getNames").invoke(infos));
        }
        return found;
      }
    } finally {
      System.setProperty("java.class.path", full);
    }
  }

  private static Path tableJar() throws Exception {
    return Path.of(Table.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** A Tablesaw upgrade fails here, rather than silently falling back to the slower scan. */
  @Test
  void knownCore_isTheTablesawJarOfThisBuild() throws Exception {
    assertThat(tableJar().getFileName()).hasToString(TablesawStart.KNOWN_CORE);
  }

  @Test
  void knownCoreIo_isWhatTablesScanFindsInThatJar() throws Exception {
    assertThat(scan(tableJar().toString())).containsExactlyInAnyOrderElementsOf(TablesawStart.KNOWN_CORE_IO);
  }

  /** What the narrowing rests on: ClassGraph reads the class path from the property. */
  @Test
  void classGraph_scansTheClassPathProperty() throws Exception {
    assertThat(scan(TablesawStart.NO_ENTRY)).isEmpty();
    assertThat(new File(TablesawStart.NO_ENTRY)).doesNotExist();
  }

  @Test
  void tablesawEntries_keepsTablesawJarsAndTablesJar() {
    String s = File.pathSeparator;
    String cp = String.join(s, "/m2/picocli-4.7.7.jar", "/m2/tablesaw-core-0.44.4.jar",
        "/m2/guava-33.0.0-jre.jar", "/m2/tablesaw-excel-0.44.4.jar", "", "/m2/renamed.jar");
    assertThat(TablesawStart.tablesawEntries(cp, null))
        .isEqualTo("/m2/tablesaw-core-0.44.4.jar" + s + "/m2/tablesaw-excel-0.44.4.jar");
    assertThat(TablesawStart.tablesawEntries(cp, Path.of("/m2/renamed.jar"))).isEqualTo(
        "/m2/tablesaw-core-0.44.4.jar" + s + "/m2/tablesaw-excel-0.44.4.jar" + s + "/m2/renamed.jar");
    assertThat(TablesawStart.tablesawEntries("/m2/picocli-4.7.7.jar", null)).isEmpty();
  }

  @Test
  void isKnownCore_onlyForThatJarAlone() {
    assertThat(TablesawStart.isKnownCore("/m2/tablesaw-core-0.44.4.jar")).isTrue();
    assertThat(TablesawStart.isKnownCore("/m2/tablesaw-core-0.44.4.jar" + File.pathSeparator
        + "/m2/tablesaw-excel-0.44.4.jar")).isFalse();
    assertThat(TablesawStart.isKnownCore("/m2/tablesaw-core-0.44.3.jar")).isFalse();
    assertThat(TablesawStart.isKnownCore("")).isFalse();
  }

  /**
   * In a fresh JVM (here {@code Table} may be initialised already, by an earlier test): Tablesaw's
   * CSV and fixed-width readers and writers answer after the start, and the class path is back.
   */
  @Test
  void freshJvm_registriesFilledAndClassPathRestored() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), TablesawStartProbe.class.getName())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains(
        "class path restored: true",
        "csv read: 2 rows, [kol_id, followers]",
        "csv writer: tech.tablesaw.io.csv.CsvWriter",
        "fixed reader: tech.tablesaw.io.fixed.FixedWidthReader",
        "fixed writer: tech.tablesaw.io.fixed.FixedWidthWriter");
  }
}
