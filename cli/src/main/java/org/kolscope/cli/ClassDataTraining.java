package org.kolscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run the launcher records into its class-data archive (AppCDS, see {@code ./kolscope} and
 * docs/dev-notes/coldstart.md): started once per build with
 * {@code -XX:ArchiveClassesAtExit=FILE}, it runs the commands users start most (load, Parquet out
 * and in, audit with a report, a chart, tiers, outliers) on a small seeded data set, so that every class they load is
 * parsed and verified once, into the archive, instead of at every start. Output goes nowhere; a
 * command that fails only makes the archive thinner, never the CLI wrong.
 */
public final class ClassDataTraining {
  private ClassDataTraining() {}

  /** The command lines run, with {@code DIR} standing for a fresh temporary folder. */
  static final List<List<String>> COMMANDS = List.of(
      List.of("generate", "--accounts", "60", "--seed", "1", "--out", "DIR"),
      List.of("load", "DIR/notes.csv"),
      List.of("load", "DIR/red-notes-gb18030.csv", "--json"),
      List.of("load", "DIR/notes.csv", "--out", "DIR/notes.parquet"),
      List.of("load", "DIR/notes.parquet"),
      List.of("audit", "--posts", "DIR/notes.csv", "--out", "DIR/audit"),
      List.of("audit", "--posts", "DIR/notes.csv", "--json"),
      List.of("chart", "DIR/accounts.csv", "--type", "follower-engagement", "--out", "DIR/chart.png"),
      List.of("tiers", "DIR/accounts.csv"),
      List.of("outliers", "DIR/notes.csv"));

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("kolscope-cds");
    try {
      PrintWriter none = new PrintWriter(Writer.nullWriter());
      for (List<String> command : COMMANDS) {
        String[] line = command.stream().map(a -> a.replace("DIR", dir.toString())).toArray(String[]::new);
        Main.run(none, none, line);
      }
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
