package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kolscope.cli.Launcher.assertOneLineFailure;
import static org.kolscope.cli.Launcher.sh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ./kolscope} run as a separate process, as a user runs it: exit status, what reaches
 * stdout and what reaches stderr, through the launcher script. Would have caught the launcher
 * sending stderr to /dev/null (every message lost). Linux: uses /dev/full, /proc, /sys and
 * script(1) from bsdutils for a terminal.
 */
class Launcher_ProcessIT {
  static final Map<String, String> NO_ENV = Map.of();
  static final String EVIL = "\u001b[2J\u001b[31mEVIL\u202e";
  static final ObjectMapper JSON = new ObjectMapper();

  static Path repo;
  static Path accounts;
  @TempDir static Path shared;
  /** 40,000 notes: enough for the loader's progress reports (every 16,384 rows). */
  static Path notes;
  /** accounts.csv plus a rejected row (negative followers) and a KOL named with escapes. */
  static Path withProblems;

  @TempDir Path dir;

  @BeforeAll
  static void data() throws IOException {
    repo = Launcher.repo();
    accounts = repo.resolve("data/accounts.csv");
    notes = writeNotes(shared.resolve("notes.csv"), 40_000);
    withProblems = shared.resolve("problems.csv");
    Files.writeString(withProblems, Files.readString(accounts)
        + "bad1,Bad,xiaohongshu,-5,1,1,1,x,100,paid,none\n"
        + "evil1,\"" + EVIL + "\",xiaohongshu,60000,1,3000,1,x,12000,paid,none\n");
  }

  /** {@code rows} notes of 1,000 KOLs in canonical columns. */
  static Path writeNotes(Path file, int rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("note_id,kol_id,likes,collects,comments,followers\n");
      for (int i = 0; i < rows; i++) {
        int kol = i % 1000;
        w.write("n" + i + ",k" + kol + "," + (i * 37 % 9973) + "," + (i * 11 % 997) + ","
            + (i % 97) + "," + (1000 + kol * 977) + "\n");
      }
    }
    return file;
  }

  static Launcher.Run kolscope(Path cwd, String... args) throws Exception {
    return Launcher.run(cwd, NO_ENV, args);
  }

  // --- failures: one line on stderr, nothing on stdout ------------------------------------------

  @Test
  void missingFile_exitOne_oneLineOnStderr_nothingOnStdout() throws Exception {
    Launcher.Run r = kolscope(dir, "audit", "missing.csv");
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).isEqualTo("kolscope: cannot read missing.csv: no such file\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "load missing.csv",
    "outliers missing.csv --column likes --test iqr",
    "tiers missing.csv --metric engagement_rate",
    "chart missing.csv --type benford",
  })
  void missingFile_everyCommand_sameOneLine(String line) throws Exception {
    Launcher.Run r = kolscope(dir, line.split(" "));
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).isEqualTo("kolscope: cannot read missing.csv: no such file\n");
  }

  @Test
  void badColumn_exitOne_namesTheColumnAndTheColumnsThatExist() throws Exception {
    Launcher.Run r = kolscope(dir, "outliers", accounts.toString(), "--column", "likez", "--test", "iqr");
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).startsWith("kolscope: no column 'likez'; columns are [kol_id, name, platform, followers")
        .contains("likes_and_collects");
  }

  @Test
  void badMetric_exitOne_namesTheColumnAndTheColumnsThatExist() throws Exception {
    Launcher.Run r = kolscope(dir, "tiers", accounts.toString(), "--metric", "engagment");
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).contains("'engagment'").contains("followers");
  }

  @ParameterizedTest
  @ValueSource(strings = {"load --bogus x.csv", "audit --tiers", "frobnicate", "outliers x.csv --test nope --column a"})
  void badUsage_exitTwo_oneLine(String line) throws Exception {
    Launcher.Run r = kolscope(dir, line.split(" "));
    assertOneLineFailure(r, Main.USAGE);
  }

  @Test
  void unknownOption_saysWhichOne() throws Exception {
    Launcher.Run r = kolscope(dir, "load", "--bogus", "x.csv");
    assertThat(r.err()).isEqualTo("kolscope: Unknown option: '--bogus'\n");
  }

  @Test
  void noCommand_exitTwo_pointsAtHelp() throws Exception {
    Launcher.Run r = kolscope(dir);
    assertOneLineFailure(r, Main.USAGE);
    assertThat(r.err()).isEqualTo("kolscope: missing command: try 'kolscope --help'\n");
  }

  // --- --json: exactly one document on stdout, problems on stderr -------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "load F --json",
    "audit F --json",
    "outliers F --column followers --test iqr --json",
    "tiers F --metric followers --json",
    "chart F --type benford --out OUT/b.png --json",
  })
  void json_withLoadProblems_exactlyOneDocumentOnStdout(String line) throws Exception {
    String[] args = line.replace("F", withProblems.toString()).replace("OUT", dir.toString()).split(" ");
    Launcher.Run r = kolscope(dir, args);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(oneJsonDocument(r.out())).isNotNull();
    assertThat(r.out()).doesNotContain("kolscope:", "\u001b");
    if (!line.startsWith("load")) {
      // the load problem is reported, on stderr, in one line
      assertThat(r.err()).contains("kolscope: ").contains("1 row(s) rejected").contains("problems.csv:2002");
    }
  }

  @Test
  void json_loadReport_listsTheProblemWithLineColumnAndValue() throws Exception {
    Launcher.Run r = kolscope(dir, "load", withProblems.toString(), "--json");
    JsonNode p = oneJsonDocument(r.out()).get("problems").get(0);
    assertThat(p.get("line").asInt()).isEqualTo(2002);
    assertThat(p.get("column").asText()).isEqualTo("followers");
    assertThat(p.get("value").asText()).isEqualTo("-5");
  }

  /** Parses {@code s} as one JSON document and fails if anything but whitespace follows it. */
  static JsonNode oneJsonDocument(String s) throws IOException {
    try (JsonParser p = JSON.getFactory().createParser(s)) {
      JsonNode doc = JSON.readTree(p);
      assertThat(p.nextToken()).as("anything after the first JSON document").isNull();
      assertThat(doc).as("a JSON document").isNotNull();
      return doc;
    }
  }

  // --- the progress bar: on a terminal only ----------------------------------------------------

  /** Two options in KOLSCOPE_JAVA_OPTS: the bar's delay set to 0 so any load draws it. */
  static Map<String, String> barAtOnce() {
    return Map.of("KOLSCOPE_JAVA_OPTS", "-Xmx512m  -Dkolscope.progress.delay.ms=0");
  }

  @Test
  void progressBar_stderrOnATerminal_drawnThenCleared_stdoutClean() throws Exception {
    Path out = dir.resolve("out.txt");
    Launcher.Run r = Launcher.onATerminal(dir, barAtOnce(),
        sh(repo.resolve("kolscope")) + " load " + sh(notes) + " > " + sh(out));
    assertThat(r.status()).as(r.out()).isZero();
    assertThat(r.out()).contains("\rloading notes.csv [").contains(" rows ").contains("\r\u001b[K");
    String stdout = Files.readString(out);
    assertThat(stdout).startsWith(notes + ": posts, csv").doesNotContain("loading", "\r", "\u001b");
  }

  @Test
  void progressBar_stderrToAFile_notDrawn_evenWithStdoutOnATerminal() throws Exception {
    Path err = dir.resolve("err.txt");
    Launcher.Run r = Launcher.onATerminal(dir, barAtOnce(),
        sh(repo.resolve("kolscope")) + " load " + sh(notes) + " 2> " + sh(err));
    assertThat(r.status()).as(r.out()).isZero();
    assertThat(r.out()).contains("rows read 40000");
    assertThat(Files.readString(err)).doesNotContain("loading", "\r");
  }

  @Test
  void progressBar_capturedByAProgram_notDrawn() throws Exception {
    Launcher.Run r = Launcher.run(dir, barAtOnce(), "load", notes.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
  }

  // --- version and help: stdout, exit 0 ----------------------------------------------------------

  // --- heap: its sizing by input size -----------------------------------------------------------

  /**
   * An input of 50 MB or more (a file, or a Parquet folder's parts together) gets a 128 MB young
   * generation (peak RSS −19 % at 1M notes, same time) and a heap kept 10–20 % above what is live
   * (at 10M notes 3.6 GB of RSS instead of 4.3); a smaller one keeps the JVM's sizing, and so does
   * a user who sets a heap size. The JVM's own flag printout is the witness; {@code --help} keeps
   * the files unread (sparse files).
   */
  @Test
  void heapSizing_setForLargeInputs_only() throws Exception {
    Path big = sparse(dir.resolve("big.csv"), 60);
    Path folder = Files.createDirectories(dir.resolve("notes.parquet"));
    sparse(folder.resolve("part-00000.parquet"), 30);
    sparse(folder.resolve("part-00001.parquet"), 30);
    Path small = Files.createDirectories(dir.resolve("small.parquet"));
    sparse(small.resolve("part-00000.parquet"), 30);
    sparse(small.resolve("notes.csv"), 30); // not a part: not counted
    Map<String, String> flags = Map.of("KOLSCOPE_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
    String[] set = {"-XX:NewSize=134217728", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20"};
    assertThat(Launcher.run(dir, flags, "load", big.toString(), "--help").out()).contains(set);
    assertThat(Launcher.run(dir, flags, "audit", "--posts=" + big, "--help").out()).contains(set);
    assertThat(Launcher.run(dir, flags, "audit", "--posts", folder.toString(), "--help").out())
        .contains(set);
    for (Path p : new Path[] {notes, small}) {
      String out = Launcher.run(dir, flags, "load", p.toString(), "--help").out();
      for (String f : set) {
        assertThat(out).as(p.toString()).doesNotContain(f);
      }
    }
    Launcher.Run own = Launcher.run(dir,
        Map.of("KOLSCOPE_JAVA_OPTS", "-XX:+PrintCommandLineFlags -Xmx96m"),
        "load", big.toString(), "--help");
    for (String f : set) {
      assertThat(own.out()).doesNotContain(f);
    }
    assertThat(own.err()).isEmpty();
  }

  /** A file of {@code mb} MB that takes no disk space. */
  private static Path sparse(Path file, int mb) throws IOException {
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      f.setLength((long) mb << 20);
    }
    return file;
  }

  @Test
  void version_exitZero_onStdout() throws Exception {
    Launcher.Run r = kolscope(dir, "--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).matches("kolscope \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "help", "load --help", "audit --help", "outliers --help", "tiers --help",
      "chart --help", "generate --help", "kernel --help", "notebook --help"})
  void help_exitZero_onStdout(String line) throws Exception {
    Launcher.Run r = kolscope(dir, line.split(" "));
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: kolscope");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void help_onATerminal_hasNoColourCodes() throws Exception {
    Launcher.Run r = Launcher.onATerminal(dir, NO_ENV, sh(repo.resolve("kolscope")) + " --help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Usage: kolscope").doesNotContain("\u001b");
  }

  // --- out of memory: one line, how much was read, how to raise the heap ------------------------

  @Test
  void outOfMemory_oneLine_saysRowsReadAndHowToRaiseTheHeap() throws Exception {
    Path big = writeNotes(dir.resolve("notes.csv"), 400_000);
    Launcher.Run r = Launcher.run(dir, Map.of("KOLSCOPE_JAVA_OPTS", "-Xmx64m -XX:+UseSerialGC"),
        "audit", "--posts", big.toString());
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).matches("kolscope: out of memory after reading [1-9][0-9,]* rows of notes\\.csv "
        + "\\(heap limit 64 MB\\); raise it with KOLSCOPE_JAVA_OPTS=-Xmx[1-9][0-9]*g\n");
  }

  @Test
  void outOfMemory_afterReading_saysWhatTheCommandWasDoing() throws Exception {
    Launcher.Run r = Launcher.run(dir, Map.of("KOLSCOPE_JAVA_OPTS", "-Xmx64m -XX:+UseSerialGC"),
        "generate", "--accounts", "200000", "--seed", "1", "--out", dir.resolve("gen").toString());
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).isEqualTo("kolscope: out of memory while generating data (heap limit 64 MB); "
        + "raise it with KOLSCOPE_JAVA_OPTS=-Xmx1g\n");
  }

  // --- --out: empty, a file for a folder, a folder for a file, failed writes --------------------

  @ParameterizedTest
  @ValueSource(strings = {
    "load A --out ''",
    "audit A --out ''",
    "chart A --type benford --out ''",
    "generate --accounts 5 --seed 1 --out ''",
    "kernel install --prefix ''",
    "notebook --dry-run --dir ''",
    "load ''",
  })
  void emptyPath_exitTwo_namesTheOption_writesNothing(String line) throws Exception {
    Path cwd = Files.createDirectory(dir.resolve("cwd"));
    List<String> args = new ArrayList<>();
    for (String a : line.split(" ")) {
      args.add(a.equals("''") ? "" : a.equals("A") ? accounts.toString() : a);
    }
    Launcher.Run r = kolscope(cwd, args.toArray(String[]::new));
    assertOneLineFailure(r, Main.USAGE);
    String option = line.endsWith("load ''") ? "FILE" : line.split(" ")[line.split(" ").length - 2];
    assertThat(r.err()).isEqualTo("kolscope: " + option + " is empty\n");
    try (Stream<Path> left = Files.list(cwd)) {
      assertThat(left).as("files written into the current folder").isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"audit A --out F", "generate --accounts 5 --seed 1 --out F"})
  void outIsAFile_whereAFolderIsNeeded_exitOne(String line) throws Exception {
    Path file = Files.writeString(dir.resolve("report.txt"), "keep me");
    Launcher.Run r = kolscope(dir, line.replace("A", accounts.toString()).replace("F", file.toString()).split(" "));
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).isEqualTo("kolscope: cannot write into " + file + ": it is a file, not a folder\n");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @ParameterizedTest
  @ValueSource(strings = {"load A --out D", "chart A --type benford --out D"})
  void outIsAFolder_whereAFileIsNeeded_exitOne(String line) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("clean.png"));
    Launcher.Run r = kolscope(dir, line.replace("A", accounts.toString()).replace("D", folder.toString()).split(" "));
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).isEqualTo("kolscope: cannot write " + folder + ": is a directory\n");
  }

  @Test
  void writeToAFullDisk_saysNoSpaceLeft() throws Exception {
    Launcher.Run r = kolscope(dir, "load", accounts.toString(), "--out", "/dev/full");
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).isEqualTo("kolscope: cannot write /dev/full: no space left on device\n");
  }

  @Test
  void chartAndReportToAFullDisk_sayNoSpaceLeft() throws Exception {
    // /dev/full under the names the commands write
    Path png = Files.createSymbolicLink(dir.resolve("full.png"), Path.of("/dev/full"));
    Launcher.Run chart = kolscope(dir, "chart", accounts.toString(), "--type", "benford", "--out", png.toString());
    assertOneLineFailure(chart, Main.FAILURE);
    assertThat(chart.err()).isEqualTo("kolscope: cannot write " + png + ": no space left on device\n");
    Path report = Files.createDirectory(dir.resolve("report"));
    Files.createSymbolicLink(report.resolve("report.html"), Path.of("/dev/full"));
    Launcher.Run audit = kolscope(dir, "audit", accounts.toString(), "--out", report.toString());
    assertOneLineFailure(audit, Main.FAILURE);
    assertThat(audit.err()).isEqualTo("kolscope: cannot write " + report.resolve("report.html")
        + ": no space left on device\n");
  }

  @Test
  void writeWhereTheSystemRefuses_saysWhyInWords() throws Exception {
    // even root cannot create files in /sys (EACCES; EROFS where it is mounted read-only) or /proc
    Launcher.Run sys = kolscope(dir, "load", accounts.toString(), "--out", "/sys/kolscope-test");
    assertOneLineFailure(sys, Main.FAILURE);
    assertThat(sys.err()).matches("kolscope: cannot write /sys/kolscope-test: (permission denied|read-only file system)\n");
    Launcher.Run proc = kolscope(dir, "load", accounts.toString(), "--out", "/proc/kolscope-test");
    assertOneLineFailure(proc, Main.FAILURE);
    assertThat(proc.err()).isEqualTo("kolscope: cannot write /proc/kolscope-test: the folder /proc does not allow new files\n");
    Launcher.Run kernel = kolscope(dir, "kernel", "install", "--prefix", "/proc/kolscope-test");
    assertOneLineFailure(kernel, Main.FAILURE);
    assertThat(kernel.err()).isEqualTo("kolscope: cannot write into /proc/kolscope-test/share/jupyter/kernels/kolscope: "
        + "the folder /proc does not allow new folders\n");
  }

  @Test
  void outBelowAFile_saysAPartIsNotAFolder() throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    Launcher.Run r = kolscope(dir, "audit", accounts.toString(), "--out", file.resolve("report").toString());
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).isEqualTo("kolscope: cannot write into " + file.resolve("report") + ": a part of the path is not a folder\n");
  }

  @Test
  void outIntoAMissingFolder_createsIt() throws Exception {
    Path target = dir.resolve("new/sub/clean.csv");
    Launcher.Run r = kolscope(dir, "load", accounts.toString(), "--out", target.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(target).isRegularFile();
    assertThat(r.out()).endsWith("wrote " + target + "\n");
  }

  // --- control characters in data are shown escaped ----------------------------------------------

  @Test
  void nameWithAnsiEscapes_summaryShowsThemEscaped_jsonKeepsTheName() throws Exception {
    Launcher.Run human = kolscope(dir, "audit", withProblems.toString());
    assertThat(human.status()).isZero();
    assertThat(human.out()).contains("\\x1b[2J\\x1b[31mEVIL\\u202e").doesNotContain("\u001b", "\u202e");
    Launcher.Run json = kolscope(dir, "audit", withProblems.toString(), "--json");
    assertThat(json.out()).doesNotContain("\u001b", "\u202e");
    List<String> names = oneJsonDocument(json.out()).get("kols").findValuesAsText("name");
    assertThat(names).contains(EVIL);
  }

  @Test
  void fileNameWithAnEscape_errorShowsItEscaped() throws Exception {
    Launcher.Run r = kolscope(dir, "load", "\u001b[31mx.csv");
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).isEqualTo("kolscope: cannot read \\x1b[31mx.csv: no such file\n");
  }

  // --- the launcher itself ----------------------------------------------------------------------

  @Test
  void calledThroughASymlink_fromAnotherFolder_withSpacesInPaths() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("my bin"));
    Path link = Files.createSymbolicLink(bin.resolve("kolscope"), repo.resolve("kolscope"));
    Path work = Files.createDirectories(dir.resolve("work folder"));
    Files.copy(accounts, work.resolve("my accounts.csv"));
    Launcher.Run r = Launcher.exec(List.of(link.toString(), "load", "my accounts.csv"), work, NO_ENV);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("my accounts.csv: accounts, csv, UTF-8\nrows read 2000");
  }

  @Test
  void checkoutPathWithSpaces_runs() throws Exception {
    Path checkout = Files.createDirectories(dir.resolve("co py/cli"));
    Files.createSymbolicLink(checkout.resolve("target"), repo.resolve("cli/target"));
    Path script = Files.copy(repo.resolve("kolscope"), dir.resolve("co py/kolscope"));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Launcher.Run r = Launcher.exec(List.of(script.toString(), "load", accounts.toString(), "--json"), dir, NO_ENV);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(oneJsonDocument(r.out()).get("rows_read").asInt()).isEqualTo(2000);
  }

  @Test
  void javaHomeUnset_javaFromThePath() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", null);
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    Launcher.Run r = Launcher.run(dir, env, "--version");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("kolscope ");
  }

  @Test
  void javaHomeWithoutJava_oneLine() throws Exception {
    Launcher.Run r = Launcher.run(dir, Map.of("JAVA_HOME", dir.toString()), "--version");
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).isEqualTo("kolscope: JAVA_HOME is '" + dir + "' but it has no bin/java; "
        + "point it at a JDK 17 or unset it\n");
  }

  /** A checkout with the launcher, a pom and a fake mvnw running {@code body}; no jar yet. */
  private Path fakeCheckout(String mvnwBody) throws IOException {
    Path co = Files.createDirectories(dir.resolve("checkout"));
    Files.copy(repo.resolve("kolscope"), co.resolve("kolscope"));
    Files.setPosixFilePermissions(co.resolve("kolscope"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(co.resolve("pom.xml"), "<project/>\n");
    Path mvnw = Files.writeString(co.resolve("mvnw"), "#!/bin/sh\n" + mvnwBody);
    Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
    return co;
  }

  @Test
  void buildFails_mavenOutputAndOneLineOnStderr_nothingOnStdout() throws Exception {
    Path co = fakeCheckout("echo '[ERROR] COMPILATION ERROR: Main.java:[1,1] oops'\nexit 1\n");
    Map<String, String> env = new HashMap<>();
    env.put("KOLSCOPE_NO_BUILD", null);
    Launcher.Run r = Launcher.exec(List.of(co.resolve("kolscope").toString(), "--version"), dir, env);
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly(
        "kolscope: building (first use or sources changed)...",
        "[ERROR] COMPILATION ERROR: Main.java:[1,1] oops",
        "kolscope: build failed (see the Maven output above)");
  }

  @Test
  void afterABuild_messagesStillReachStderr() throws Exception {
    // the build "makes" the jar by linking the real one; then the command's own error must show
    Path target = repo.resolve("cli/target");
    Path jar = builtJar();
    Path co = fakeCheckout("mkdir -p cli/target && ln -s " + sh(jar) + " cli/target/kolscope-cli-0.jar"
        + " && ln -s " + sh(target.resolve("lib")) + " cli/target/lib\n");
    Map<String, String> env = new HashMap<>();
    env.put("KOLSCOPE_NO_BUILD", null);
    Launcher.Run r = Launcher.exec(List.of(co.resolve("kolscope").toString(), "audit", "missing.csv"), dir, env);
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly(
        "kolscope: building (first use or sources changed)...",
        "kolscope: cannot read missing.csv: no such file");
  }

  @Test
  void rebuilds_onlyForMainSources_andOnlyOnce() throws Exception {
    // Maven leaves an up-to-date jar untouched: the launcher must not build again on every run
    Path co = fakeCheckout("echo mvnw-ran >&2\n");
    Path target = Files.createDirectories(co.resolve("cli/target"));
    Path jar = Files.copy(builtJar(), target.resolve("kolscope-cli-0.jar"));
    Files.createSymbolicLink(target.resolve("lib"), repo.resolve("cli/target/lib"));
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L);
    Files.setLastModifiedTime(jar, old);
    Files.setLastModifiedTime(co.resolve("pom.xml"), old);
    Map<String, String> env = new HashMap<>();
    env.put("KOLSCOPE_NO_BUILD", null);
    List<String> cmd = List.of(co.resolve("kolscope").toString(), "--version");

    Files.writeString(Files.createDirectories(co.resolve("cli/src/test/java")).resolve("T.java"), "class T {}\n");
    assertThat(Launcher.exec(cmd, dir, env).err()).as("a newer test source").isEmpty();

    Files.writeString(Files.createDirectories(co.resolve("cli/src/main/java")).resolve("M.java"), "class M {}\n");
    Launcher.Run built = Launcher.exec(cmd, dir, env);
    assertThat(built.errLines()).containsExactly("kolscope: building (first use or sources changed)...", "mvnw-ran");
    assertThat(built.out()).startsWith("kolscope ");
    assertThat(Launcher.exec(cmd, dir, env).err()).as("the run after the build").isEmpty();
  }

  private static Path builtJar() throws IOException {
    try (Stream<Path> s = Files.list(repo.resolve("cli/target"))) {
      return s.filter(p -> p.getFileName().toString().matches("kolscope-cli-.*\\.jar")).findFirst().orElseThrow();
    }
  }

  @Test
  void notBuilt_withNoBuild_oneLine() throws Exception {
    Path co = fakeCheckout("exit 1\n");
    Launcher.Run r = Launcher.exec(List.of(co.resolve("kolscope").toString(), "--version"), dir, NO_ENV);
    assertOneLineFailure(r, Main.FAILURE);
    assertThat(r.err()).startsWith("kolscope: not built: no CLI jar in " + co.resolve("cli/target"));
  }
}
