package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.NewJava;

/**
 * {@code ./kolscope} with {@code JAVA_HOME} on Java 24 or later ({@link NewJava}): the same bytes
 * as on the java this build runs, and nothing from the JVM on stderr. Before 2026-12-08 every
 * command there printed four {@code WARNING:} lines about {@code sun.misc.Unsafe::invokeCleaner}
 * (Tablesaw's class scan, ClassGraph), and writing or reading Parquet four more about native
 * access (Snappy).
 */
@EnabledIf("org.kolscope.NewJava#wanted")
class Launcher_NewJavaIT {
  @TempDir Path dir;

  private static Launcher.Run onNewJava(Path cwd, String... args) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", NewJava.home().toString());
    return Launcher.run(cwd, env, args);
  }

  @Test
  void parquetOutAndAudit_sameBytesAsHere_andNoJvmWarnings() throws Exception {
    Path repo = Launcher.repo();
    Path parquet = dir.resolve("notes.parquet");

    Launcher.Run load = onNewJava(repo, "load", "data/notes.csv", "--out", parquet.toString());
    Launcher.Run audit = onNewJava(repo, "audit", "data/accounts.csv", "--posts", parquet.toString(), "--json");
    Launcher.Run here = Launcher.run(repo, Map.of(), "audit", "data/accounts.csv", "--posts", parquet.toString(), "--json");

    assertThat(load.status()).as(load.err()).isZero();
    assertThat(audit.status()).as(audit.err()).isZero();
    assertThat(here.status()).as(here.err()).isZero();
    assertThat(audit.out()).isEqualTo(here.out()).startsWith("{");
    assertThat(load.err() + audit.err()).doesNotContain("WARNING").doesNotContain("[warning]")
        .doesNotContain("[error");
  }

  @Test
  void auditWithReport_noJvmWarnings() throws Exception {
    Launcher.Run r = onNewJava(Launcher.repo(), "audit", "data/accounts.csv", "--posts", "data/notes.csv",
        "--out", dir.resolve("out").toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(dir.resolve("out/report.html")).isRegularFile();
    assertThat(r.errLines()).allMatch(l -> l.startsWith("kolscope: "), "only kolscope's own lines");
  }
}
