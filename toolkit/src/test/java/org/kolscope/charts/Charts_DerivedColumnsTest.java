package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.kolscope.metrics.TestTables;
import tech.tablesaw.api.Table;

/** Charts that take column names accept derived ones (as the CLI does) and leave the table alone. */
class Charts_DerivedColumnsTest {
  private static Table notes() {
    return TestTables.csv("""
        note_id,kol_id,likes,collects,comments,views,followers,cost_rmb
        n1,k1,100,50,10,5000,2000,500
        n2,k2,400,100,20,20000,30000,800
        n3,k3,4000,1000,200,300000,120000,5000
        n4,k4,50,10,1,2000,800,100
        n5,k5,900,100,50,40000,9000,700
        n6,k6,20000,9000,900,900000,700000,9000
        """);
  }

  @Test
  void tierBox_ofDerivedEngagementRate() {
    Table t = notes();
    List<String> before = t.columnNames();
    JFreeChart c = TierBoxChart.of(t).value("engagement_rate").build();
    assertThat(c).isNotNull();
    assertThat(t.columnNames()).isEqualTo(before);
  }

  @Test
  void followerEngagement_andRatioHistogram_ofDerivedColumns() {
    Table t = notes();
    assertThat(FollowerEngagementChart.of(t).y("interactions").build()).isNotNull();
    assertThat(RatioHistogram.of(t, "interactions", "followers").build()).isNotNull();
    assertThat(CostPerEngagementChart.of(t).engagement("interactions").build()).isNotNull();
    assertThat(t.containsColumn("interactions")).isFalse();
  }

  @Test
  void unknownColumn_namesTheDerivableOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TierBoxChart.of(notes()).value("engagement").build());
    assertThat(e.getMessage()).startsWith("no column 'engagement'").contains("engagement_rate");
  }
}
