package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code kolscope --help}: what a new user reads first. */
class Main_HelpTest {

  /**
   * The command list shows each command's first description line only: a sentence cut over two
   * lines showed as "…per tier," (timing), "…into canonical columns" (load).
   */
  @Test
  void commandList_showsWholeSentences() {
    List<String> cut = new ArrayList<>();
    for (Class<?> c : Main.COMMANDS) {
      String[] description = new CommandLine(c).getCommandSpec().usageMessage().description();
      String first = description.length == 0 ? "" : description[0].strip();
      if (!first.endsWith(".")) {
        cut.add(c.getSimpleName() + ": '" + first + "'");
      }
    }
    assertThat(cut).as("first description lines that are not whole sentences").isEmpty();
  }

  @Test
  void help_listsEveryCommandWithItsSentence() {
    CliRun r = CliRun.of("--help");
    assertThat(r.status()).isZero();
    // as a reader sees it: the columns' wrapping and indentation taken out
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("leaving out notes too young at the crawl time.")
        .contains("cost per engagement).")
        .contains("report every rejected or suspicious row.");
  }
}
