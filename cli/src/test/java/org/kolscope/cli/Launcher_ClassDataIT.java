package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive (AppCDS): made on first use, actually mapped, and never used
 * stale. Every run here passes {@code -Xshare:on}, under which the JVM refuses to start with an
 * archive that does not match its class path (a jar changed since the dump) instead of quietly
 * loading every class from the jars again; so a launcher that handed over a stale archive fails
 * these tests rather than only getting slower.
 */
class Launcher_ClassDataIT {
  @TempDir Path dir;

  /** A checkout with the launcher, a copy of the CLI jar (so its time can change) and the real lib/. */
  private Path checkout() throws IOException {
    Path repo = Launcher.repo();
    Path co = Files.createDirectories(dir.resolve("checkout"));
    Path script = Files.copy(repo.resolve("kolscope"), co.resolve("kolscope"));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path target = Files.createDirectories(co.resolve("cli/target"));
    try (Stream<Path> s = Files.list(repo.resolve("cli/target"))) {
      Path jar = s.filter(p -> p.getFileName().toString().matches("kolscope-cli-.*\\.jar")).findFirst().orElseThrow();
      Files.copy(jar, target.resolve("kolscope-cli-0.jar"));
    }
    Files.createSymbolicLink(target.resolve("lib"), repo.resolve("cli/target/lib"));
    return co;
  }

  private static List<Path> archives(Path co) throws IOException {
    Path cds = co.resolve("cli/target/cds");
    if (!Files.isDirectory(cds)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(cds)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsa")).sorted().toList();
    }
  }

  /** {@code co/kolscope args} with the archive required and class loading logged to {@code log}. */
  private Launcher.Run run(Path co, Path log, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(co.resolve("kolscope").toString()));
    cmd.addAll(List.of(args));
    return Launcher.exec(cmd, dir, Map.of("KOLSCOPE_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + log));
  }

  /** The log line of class {@code name}'s loading. */
  private static String loaded(Path log, String name) throws IOException {
    try (Stream<String> lines = Files.lines(log)) {
      return lines.filter(l -> l.contains("] " + name + " source: ")).findFirst().orElse("(not loaded: " + name + ")");
    }
  }

  @Test
  void firstRun_makesTheArchive_laterRunsMapIt() throws Exception {
    Path co = checkout();
    Launcher.Run first = Launcher.exec(List.of(co.resolve("kolscope").toString(), "--version"), dir, Map.of());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.err()).as("making the archive is silent").isEmpty();
    assertThat(archives(co)).hasSize(1);

    Path log = dir.resolve("classes.log");
    Launcher.Run r = run(co, log, "load", Launcher.repo().resolve("data/accounts.csv").toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("rows read 2000");
    // ours, a library's (picocli's classes are old class files, kept only by a static archive) and
    // Tablesaw's. Java 25's dump skips old class files too ("Skipping picocli/CommandLine$…: Old
    // class has been linked", Temurin 25.0.3), so picocli is checked before Java 25 only
    List<String> names = new ArrayList<>(List.of("org.kolscope.cli.Main", "tech.tablesaw.api.Table",
        "org.kolscope.io.CsvRows"));
    if (Runtime.version().feature() < 25) {
      names.add("picocli.CommandLine");
    }
    for (String name : names) {
      assertThat(loaded(log, name)).endsWith("source: shared objects file");
    }
  }

  /**
   * The archive is mapped at the address it was made for, not moved and rewritten before {@code
   * main} (the launcher's mapping_opts: 130 ms of each start on Java 17). Mode 1, these JDKs'
   * default, brought back through KOLSCOPE_JAVA_OPTS, logs the move: the check can fail.
   */
  @Test
  void archive_mappedWhereItWasMade() throws Exception {
    Path co = checkout();
    String tag = Runtime.version().feature() >= 25 ? "aot" : "cds";
    Path log = dir.resolve("cds.log");
    List<String> version = List.of(co.resolve("kolscope").toString(), "--version");
    Launcher.Run r = Launcher.exec(version, dir,
        Map.of("KOLSCOPE_JAVA_OPTS", "-Xshare:on -Xlog:" + tag + "=info:file=" + log));
    assertThat(r.status()).as(r.err()).isZero();
    String mapped = Files.readString(log);
    assertThat(mapped).contains("Mapped static").doesNotContain("alternative address");

    Path moved = dir.resolve("moved.log");
    Launcher.Run m = Launcher.exec(version, dir, Map.of("KOLSCOPE_JAVA_OPTS",
        "-Xshare:on -XX:ArchiveRelocationMode=1 -Xlog:" + tag + "=info:file=" + moved));
    assertThat(m.status()).as(m.err()).isZero();
    assertThat(Files.readString(moved)).contains("alternative address");
  }

  @Test
  void aJarChanged_newArchive_neverTheStaleOne() throws Exception {
    Path co = checkout();
    Path log = dir.resolve("classes.log");
    assertThat(run(co, log, "--version").status()).isZero();
    List<Path> before = archives(co);
    assertThat(before).hasSize(1);
    Path stale = Files.copy(before.get(0), dir.resolve("stale.jsa"));

    // a rebuild: the jar's time changes (its size may not)
    Path jar = co.resolve("cli/target/kolscope-cli-0.jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 86_400_000L));

    // the check above is meaningful: the JVM refuses the old archive under -Xshare:on
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Launcher.Run refused = Launcher.exec(List.of(java, "-Xshare:on", "-XX:SharedArchiveFile=" + stale,
        "-cp", jar + ":" + co.resolve("cli/target/lib") + "/*", "org.kolscope.cli.Main", "--version"), dir, Map.of());
    assertThat(refused.status()).as("java with the stale archive, -Xshare:on").isNotZero();

    Launcher.Run r = run(co, log, "--version");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("kolscope ");
    List<Path> after = archives(co);
    assertThat(after).as("one archive, made for the new jar").hasSize(1).doesNotContainAnyElementsOf(before);
    assertThat(loaded(log, "org.kolscope.cli.Main")).endsWith("source: shared objects file");
  }

  @Test
  void anotherJava_itsOwnArchive_andTheFirstStillUsedAfter() throws Exception {
    Path co = checkout();
    String home = System.getProperty("java.home");
    // a second java: a script at another path that runs this one (the key is the java's path,
    // size and time, so it is another java to the launcher)
    Path other = Files.createDirectories(dir.resolve("other-jdk/bin"));
    Path script = Files.writeString(other.resolve("java"),
        "#!/bin/sh\nexec '" + Path.of(home, "bin", "java") + "' \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path log = dir.resolve("classes.log");
    List<String> version = List.of(co.resolve("kolscope").toString(), "--version");

    assertThat(Launcher.exec(version, dir, Map.of("JAVA_HOME", home)).status()).isZero();
    List<Path> first = archives(co);
    assertThat(first).hasSize(1);
    FileTime made = Files.getLastModifiedTime(first.get(0));

    Launcher.Run second = Launcher.exec(version, dir, Map.of("JAVA_HOME", dir.resolve("other-jdk").toString()));
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(archives(co)).as("the first java's archive stays").hasSize(2).containsAll(first);

    Launcher.Run back = Launcher.exec(version, dir, Map.of("JAVA_HOME", home,
        "KOLSCOPE_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + log));
    assertThat(back.status()).as(back.err()).isZero();
    assertThat(archives(co)).hasSize(2).containsAll(first);
    assertThat(Files.getLastModifiedTime(first.get(0))).as("not made again").isEqualTo(made);
    assertThat(loaded(log, "org.kolscope.cli.Main")).endsWith("source: shared objects file");
  }

  @Test
  void switchedOff_noArchive() throws Exception {
    Path co = checkout();
    Launcher.Run r = Launcher.exec(List.of(co.resolve("kolscope").toString(), "--version"), dir, Map.of("KOLSCOPE_CDS", "0"));
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(archives(co)).isEmpty();
  }
}
