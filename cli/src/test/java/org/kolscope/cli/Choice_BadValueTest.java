package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every option that chooses among named values (typed as an enum): a bad value is exit 2 and one
 * line on stderr naming the option, the value and the choices; the toolkit's other spellings are
 * accepted.
 */
class Choice_BadValueTest {
  private static final String ACCOUNTS = "../data/accounts.csv";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "outliers --column followers --test|bogus|--test|grubbs, esd, dixon, tietjen-moore, iqr, mad, hampel, regression, benford",
      "outliers --column followers --test grubbs --side|up|--side|two, max, min",
      "outliers --column followers --test iqr --quantile-type|12|--quantile-type|1, 2, 3, 4, 5, 6, 7, 8, 9, hinges",
      "outliers --column followers --test dixon --ratio|r99|--ratio|r10, r11, r21, r22, auto",
      "outliers --column followers --test benford --digits|3|--digits|1, 2",
      "tiers --metric followers --adjust|none|--adjust|holm, bonferroni, bh",
      "chart --type|pie|--type|follower-engagement, tier-box, ratio-hist, benford, residuals, cpe",
      "load --kind|people|--kind|accounts, posts, table",
  })
  void badValue_oneLineNamingOptionValueAndChoices(String before, String bad, String option, String choices) {
    String[] head = before.split(" ");
    String[] args = new String[head.length + 2];
    args[0] = head[0];
    args[1] = ACCOUNTS;
    System.arraycopy(head, 1, args, 2, head.length - 1);
    args[args.length - 1] = bad;
    CliRun r = CliRun.of(args);
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("kolscope: Invalid value for option '" + option + "': unknown "
        + r.err().replaceFirst("(?s).*: unknown ([^']*) '.*", "$1") + " '" + bad
        + "': expected one of " + choices + "\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--side|upper",
      "--quantile-type|fivenum",
      "--quantile-type|type7",
  })
  void toolkitSpellings_areAccepted(String option, String value) {
    CliRun r = CliRun.of("outliers", ACCOUNTS, "--column", "followers", "--test", "iqr", option, value);
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
  }
}
