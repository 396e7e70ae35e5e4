package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An empty path means the current folder to Java; as an argument it is bad usage instead. */
class EmptyPaths_CliTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "load data.csv --out      | --out",
    "audit data.csv --out     | --out",
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
}
