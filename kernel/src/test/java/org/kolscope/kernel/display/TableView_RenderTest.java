package org.kolscope.kernel.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableView_RenderTest {
  private static final String XSS = "<img src=x onerror=alert(1)>";

  @Test
  void escapeReplacesAllFiveHtmlSpecialCharacters() {
    // expected per the HTML spec's named/numeric character references
    assertThat(TableView.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    assertThat(TableView.escape(XSS)).isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void escapeReplacesControlCharacters_asTheReportDoes() {
    // HTML and XML allow no C0 control but tab, LF, CR: the one escaper writes U+FFFD
    assertThat(TableView.escape("a\u001b[2Jb\tc")).isEqualTo("a\uFFFD[2Jb\tc");
  }

  @Test
  void htmlEscapesCellsColumnNamesAndTableName() {
    Table t = Table.create(XSS, StringColumn.create(XSS, XSS, "plain & simple"));

    String html = TableView.of(t).toHtml();

    assertThat(html).doesNotContain("<img").doesNotContain("& simple");
    assertThat(html).contains("<caption>&lt;img src=x onerror=alert(1)&gt;</caption>");
    assertThat(html).contains("<th>&lt;img src=x onerror=alert(1)&gt;</th>");
    assertThat(html).contains("<td>&lt;img src=x onerror=alert(1)&gt;</td>");
    assertThat(html).contains("<td>plain &amp; simple</td>");
  }

  @Test
  void largeTableShowsHeadTailEllipsisAndShape() {
    Table t = Table.create("big", IntColumn.indexColumn("i", 1000, 0), DoubleColumn.create("x", new double[1000]));

    String html = TableView.of(t, 20).toHtml();
    String text = TableView.of(t, 20).toText();

    assertThat(html).contains("<th>0</th>", "<th>9</th>", "<th>990</th>", "<th>999</th>", "<th>…</th>");
    assertThat(html).doesNotContain("<th>10</th>").doesNotContain("<th>989</th>");
    assertThat(html).contains("<p>1,000 rows × 2 columns</p>");
    assertThat(text.lines().count()).isEqualTo(1 + 1 + 10 + 1 + 10 + 1);  // title, header, head, …, tail, shape
    assertThat(text).endsWith("[1,000 rows × 2 columns]");
  }

  @Test
  void tableAtTheLimitShowsEveryRowWithoutEllipsis() {
    Table t = Table.create("t", IntColumn.indexColumn("i", 20, 0));

    String html = TableView.of(t, 20).toHtml();

    assertThat(html).contains("<th>19</th>").doesNotContain("…");
  }

  @Test
  void textViewAlignsColumnsAndRightAlignsNumbers() {
    Table t = Table.create("kols", StringColumn.create("name", "ann", "bo"), IntColumn.create("followers", 1200, 35));

    assertThat(TableView.of(t).toText()).isEqualTo(String.join("\n",
        "kols",
        "   name  followers",
        "0  ann        1200",
        "1  bo           35",
        "[2 rows × 2 columns]"));
  }

  @Test
  void missingValuesAreEmptyCells() {
    IntColumn c = IntColumn.create("n", 3);
    c.appendMissing();

    assertThat(TableView.of(Table.create("m", c)).toHtml()).contains("<tr><th>1</th><td style=\"text-align:right\"></td></tr>");
  }

  @Test
  void singleColumnViewHasShapeWithOneColumn() {
    assertThat(TableView.of(IntColumn.create("n", 1, 2, 3)).shape()).isEqualTo("3 rows × 1 column");
  }

  @Test
  void wideTableShowsFirstAndLastTenColumnsAndTheFullShape() {
    Table t = Table.create("wide");
    for (int i = 0; i < 30; i++) {
      t.addColumns(IntColumn.create("c" + i, 1));
    }

    String html = TableView.of(t).toHtml();
    String text = TableView.of(t).toText();

    assertThat(html).contains("<th>c9</th><th>…</th><th>c20</th>").doesNotContain("<th>c10</th>").doesNotContain("<th>c19</th>");
    assertThat(html).contains("<p>1 row × 30 columns</p>");
    assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains("c9  …  c20").doesNotContain("c15");
  }

  @Test
  void longCellTextIsCutAtOneHundredCharacters() {
    String longText = "x".repeat(150);

    String html = TableView.of(Table.create("t", StringColumn.create("s", longText))).toHtml();

    assertThat(html).contains("<td>" + "x".repeat(99) + "…</td>").doesNotContain("x".repeat(100));
  }

  @Test
  void maxRowsBelowTwoIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TableView.of(Table.create("t"), 1));
    assertThat(e.getMessage()).contains("got 1");
  }
}
