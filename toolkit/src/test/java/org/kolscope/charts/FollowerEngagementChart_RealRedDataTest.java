package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolscope.RealData;
import org.kolscope.SharedFiles;
import org.kolscope.core.Schema;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Charts of real RED authors: ../shared/data/real/kaito-xiaohongshu-notes-2018.csv (1,939 notes;
 * one row per author kept: fans = followers, collect = lifetime likes + collects). Not run
 * without that folder ({@link RealData}).
 */
@RealData
class FollowerEngagementChart_RealRedDataTest {
  private static Table authors;

  @BeforeAll
  static void load() {
    Path file = SharedFiles.realData("kaito-xiaohongshu-notes-2018.csv");
    Table notes = Table.read().csv(CsvReadOptions.builder(file.toFile()).maxCharsPerColumn(200_000)
        .columnTypesToDetect(List.of(ColumnType.STRING)).build());
    Map<String, long[]> byAuthor = new LinkedHashMap<>();
    for (int r = 0; r < notes.rowCount(); r++) {
      long f = count(notes.stringColumn("fans").get(r));
      long c = count(notes.stringColumn("collect").get(r));
      if (f >= 0 && c >= 0) {
        byAuthor.putIfAbsent(notes.stringColumn("user_id").get(r), new long[] {f, c});
      }
    }
    StringColumn id = StringColumn.create(Schema.KOL_ID);
    LongColumn fc = LongColumn.create(Schema.FOLLOWERS);
    LongColumn lc = LongColumn.create(Schema.LIKES_AND_COLLECTS);
    byAuthor.forEach((k, v) -> {
      id.append(k);
      fc.append(v[0]);
      lc.append(v[1]);
    });
    authors = Table.create("authors", id, fc, lc);
  }

  /** The file's count forms: plain integers and {@code 422.9万}. */
  private static long count(String s) {
    if (s == null || s.isBlank()) {
      return -1;
    }
    String t = s.trim();
    return t.endsWith("万")
        ? Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 10_000)
        : Long.parseLong(t);
  }

  @Test
  void tierMedians_matchDomainFacts() {
    // domain.md: on this 2018 sample of 1,722 authors the median likes+collects / followers is
    // ≈4.0 under 5k, ≈2.3 at 5k–50k, ≈0.7 at 50k–500k, ≈0.4 above 500k
    assertThat(authors.rowCount()).isEqualTo(1722);
    JFreeChart c = TierBoxChart.of(authors).ratio(Schema.LIKES_AND_COLLECTS, Schema.FOLLOWERS)
        .format(ReadableLogAxis.TIMES).build();
    assertThat(c.getXYPlot().getRangeAxis()).isInstanceOf(ReadableLogAxis.class);
    List<Double> medians = new ArrayList<>();
    for (XYAnnotation a : c.getXYPlot().getAnnotations()) {
      if (a instanceof XYTextAnnotation t) {
        medians.add(Double.parseDouble(t.getText().replace("×", "")));
      }
    }
    assertThat(medians).hasSize(4);
    assertThat(medians.get(0)).isCloseTo(4.0, within(0.1));
    assertThat(medians.get(1)).isCloseTo(2.3, within(0.1));
    assertThat(medians.get(2)).isCloseTo(0.7, within(0.05));
    assertThat(medians.get(3)).isCloseTo(0.4, within(0.05));
  }

  @Test
  void followerEngagement_realAuthors_tiersFitAndOutliers() {
    JFreeChart c = FollowerEngagementChart.of(authors).build();
    XYDataset points = null;
    for (int d = 0; d < c.getXYPlot().getDatasetCount(); d++) {
      XYDataset ds = c.getXYPlot().getDataset(d);
      if (ds.getSeriesCount() > 0 && ds.getSeriesKey(0).toString().startsWith("素人")) {
        points = ds;
      }
    }
    assertThat(points).isNotNull();
    assertThat(points.getSeriesCount()).isEqualTo(4);
    assertThat(ChartTestSupport.pointLabels(c.getXYPlot().getAnnotations())).isNotEmpty();
    assertThat(ChartTestSupport.draw(c).inkShare()).isGreaterThan(0.02);
  }
}
