package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBar_LineTest {
  @Test
  void line_showsFractionRowsAndTime() {
    ProgressBar b = new ProgressBar(new PrintWriter(new StringWriter()), "a.csv", true);
    assertThat(b.line(64, 100, 640_000, 2_100_000_000L))
        .isEqualTo("loading a.csv [###################...........]  64%  640,000 rows  2.1 s");
  }

  @Test
  void disabled_drawsNothing() {
    StringWriter sw = new StringWriter();
    ProgressBar b = new ProgressBar(new PrintWriter(sw), "a.csv", false);
    b.update(1, 2, 3);
    b.done();
    assertThat(sw.toString()).isEmpty();
  }

  @Test
  void enabled_drawsOnlyAfterOneSecond() {
    StringWriter sw = new StringWriter();
    ProgressBar b = new ProgressBar(new PrintWriter(sw), "a.csv", true);
    b.update(1, 2, 3); // immediately: under the one-second delay
    b.done();
    assertThat(sw.toString()).isEmpty();
  }
}
