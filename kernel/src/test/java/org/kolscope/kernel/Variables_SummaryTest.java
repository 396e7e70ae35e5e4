package org.kolscope.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.kolscope.kernel.eval.JShellEvaluator.Variable;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class Variables_SummaryTest {
  @Test
  void tableAndColumnShowShape() {
    Table t = Table.create("kols", IntColumn.create("n", 1, 2, 3));
    assertThat(Variables.summary(t)).isEqualTo("kols: 3 rows × 1 column");
    assertThat(Variables.summary(t.column("n"))).isEqualTo("n (INTEGER): 3 values");
    assertThat(Variables.summary(Table.create("e"))).isEqualTo("e: 0 rows × 0 columns");
  }

  @Test
  void stringsAreQuotedOnOneLineAndCut() {
    assertThat(Variables.summary("li\nwei\t\u001b")).isEqualTo("\"li\\nwei\\t\\u001b\"");
    assertThat(Variables.summary("x".repeat(200))).hasSize(Variables.VALUE_WIDTH).endsWith("…");
  }

  @Test
  void containersArraysChartsAndNull() {
    assertThat(Variables.summary(new int[7])).isEqualTo("int[7]");
    assertThat(Variables.summary(List.of(1))).endsWith(", 1 element");
    assertThat(Variables.summary(Map.of(1, 2, 3, 4))).endsWith(", 2 entries");
    assertThat(Variables.summary(new JFreeChart("reach", new XYPlot()))).isEqualTo("chart \"reach\"");
    assertThat(Variables.summary(null)).isEqualTo("null");
    assertThat(Variables.summary(12_345L)).isEqualTo("12345");
  }

  @Test
  void brokenToStringIsReportedNotThrown() {
    Object broken = new Object() {
      @Override
      public String toString() {
        throw new IllegalStateException("no");
      }
    };
    assertThat(Variables.summary(broken)).contains("toString failed with IllegalStateException");
  }

  @Test
  void whosTableAlignsColumns() {
    String text = Variables.table(List.of(new Variable("kols", "Table", Table.create("k")), new Variable("n", "int", 3)));

    assertThat(text.lines().toList()).containsExactly(
        "Variable   Type    Value",
        "------------------------",
        "kols       Table   k: 0 rows × 0 columns",
        "n          int     3");
    assertThat(Variables.names(List.of(new Variable("a", "int", 1), new Variable("b", "int", 2)))).isEqualTo("a\tb");
  }
}
