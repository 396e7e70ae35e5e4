package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * File and folder arguments: an empty path (the current folder to Java) and a URI of another file
 * system (a folder {@code hdfs:} here, as a path) are bad usage; a {@code file://} URI is its file.
 */
class PathArguments_CliTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "load data.csv --out      | --out",
    "audit data.csv --out     | --out",
    "audit data.csv --posts   | --posts",
    "chart data.csv --type benford --out | --out",
    "generate --accounts 5 --seed 1 --out | --out",
    "kernel install --prefix  | --prefix",
    "notebook --dry-run --dir | --dir",
    "outliers --column a --test iqr | FILE",
  })
  void emptyPath_isBadUsage_namingTheOption(String line, String option) {
    String[] words = line.trim().split(" ");
    String[] args = java.util.Arrays.copyOf(words, words.length + 1);
    args[words.length] = "";
    CliRun r = CliRun.of(args);
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("kolscope: " + option + " is empty\n");
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"' '", "'.'"})
  void blankOrDot_isAPath_notEmpty(String value) {
    // only the empty string is refused; ' ' and '.' are names a user can mean
    CliRun r = CliRun.of("load", "missing.csv", "--out", value);
    assertThat(r.err()).doesNotContain("is empty");
  }

  /**
   * {@code load … --out hdfs:///x.csv} made a folder {@code hdfs:} in the current folder and wrote
   * into it, with exit 0. Now it is bad usage, named, and nothing is written.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "load ../data/notes.csv --out hdfs:///crawl/x.csv                 | --out hdfs:///crawl/x.csv | load",
    "chart ../data/notes.csv --type benford --out s3a://bucket/c.png   | --out s3a://bucket/c.png | chart",
    "generate --accounts 5 --seed 1 --out gs://bucket/gen              | --out gs://bucket/gen | generate",
    "load hdfs://nn:8020/crawl/notes.csv                               | FILE hdfs://nn:8020/crawl/notes.csv | load",
    "audit hdfs:///crawl/accounts.csv                                  | ACCOUNTS hdfs:///crawl/accounts.csv | audit",
  })
  void uriOfAnotherFileSystem_isBadUsage_andNothingIsWritten(String line, String named, String command) {
    CliRun r = CliRun.of(line.trim().split(" +"));
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("kolscope: " + named + " is on another file system: kolscope " + command
        + " reads and writes files on this machine (only kolscope audit --engine spark reads --posts "
        + "and writes --out there)\n");
    for (String scheme : List.of("hdfs:", "s3a:", "gs:")) {
      assertThat(Path.of(scheme)).doesNotExist();
    }
  }

  /** A {@code file://} URI names the file on this machine: read and written as its path. */
  @Test
  void fileUri_isThePath(@TempDir Path dir) throws IOException {
    Path notes = Path.of("../data/notes.csv").toAbsolutePath().normalize();
    Path byPath = dir.resolve("by-path.csv");
    Path byUri = dir.resolve("by-uri.csv");
    assertThat(CliRun.of("load", notes.toString(), "--out", byPath.toString()).status()).isZero();
    CliRun r = CliRun.of("load", notes.toUri().toString(), "--out", byUri.toUri().toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(byUri)).isEqualTo(Files.readString(byPath));
    CliRun host = CliRun.of("load", "file://host/notes.csv");
    assertThat(host.status()).isEqualTo(Main.USAGE);
    assertThat(host.err()).isEqualTo("kolscope: Invalid value for positional parameter at index 0 (FILE): "
        + "file://host/notes.csv is not a file on this machine (URI has an authority component)\n");
  }
}
