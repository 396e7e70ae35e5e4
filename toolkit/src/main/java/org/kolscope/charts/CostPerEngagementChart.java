package org.kolscope.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.kolscope.core.Samples;
import org.kolscope.core.Schema;
import org.kolscope.metrics.DerivedColumns;
import org.kolscope.metrics.Interactions;
import org.kolscope.metrics.Ratio;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Cost per engagement (CPE, RMB per interaction) by tier, drawn as {@link TierBoxChart} boxes on a
 * log axis with the median CPE of each tier written beside its box.
 *
 * <p>{@code CPE = cost / engagement} per row. Engagement defaults to the interactions of {@link
 * Interactions#XINHONG} (likes + collects + comments, Xinhong's 互动量, see domain.md; missing where
 * one of them is) on note tables, so the chart shows the audit's {@code cost_rmb / interactions};
 * on account tables without those columns it is the average per note, {@code likes_and_collects /
 * notes} ({@link Ratio}), and cost is the quoted {@code price_rmb}. Rows with
 * missing cost or zero engagement are left out and counted in the subtitle.
 */
public final class CostPerEngagementChart {
  private CostPerEngagementChart() {}

  /** Starts a CPE chart of {@code table}. */
  public static Builder of(Table table) {
    return new Builder(table);
  }

  /** Options; {@link #build()} draws the chart. */
  public static final class Builder extends TierChartOptions<Builder> {
    private final Table table;
    private String cost;
    private String[] engagement;
    private String perNoteTotal;
    private String perNoteCount;
    private String followers = Schema.FOLLOWERS;

    private Builder(Table table) {
      this.table = Objects.requireNonNull(table, "table");
    }

    /** The cost column in RMB (default {@code cost_rmb}, else {@code price_rmb}). */
    public Builder cost(String column) {
      this.cost = column;
      return this;
    }

    /** Engagement = the sum of these columns per row (the columns present in a row). */
    public Builder engagement(String... columns) {
      if (columns.length == 0) {
        throw new IllegalArgumentException("engagement needs at least one column");
      }
      this.engagement = columns.clone();
      this.perNoteTotal = null;
      return this;
    }

    /** Engagement = {@code total / notes} per row (average per note on account tables). */
    public Builder perNote(String total, String notes) {
      this.perNoteTotal = Objects.requireNonNull(total, "total");
      this.perNoteCount = Objects.requireNonNull(notes, "notes");
      this.engagement = null;
      return this;
    }

    /** The follower column tiers are computed from. */
    public Builder followers(String column) {
      this.followers = column;
      return this;
    }

    /**
     * Draws the chart.
     *
     * @throws IllegalArgumentException if a column is absent or not numeric, or no row has a CPE
     */
    @Override
    public JFreeChart build() {
      // named columns may be derived ones (e.g. interactions of notes); this.table is not changed
      List<String> named = new ArrayList<>(Arrays.asList(cost, perNoteTotal, perNoteCount));
      if (engagement != null) {
        named.addAll(Arrays.asList(engagement));
      }
      Table table = DerivedColumns.require(this.table, null, named.toArray(String[]::new));
      String costCol = cost != null ? cost
          : table.containsColumn(Schema.COST_RMB) ? Schema.COST_RMB : Schema.PRICE_RMB;
      NumericColumn<?> c = Samples.numeric(table, costCol);
      double[] eng;
      String engName;
      if (perNoteTotal != null || (engagement == null && !hasAny(Schema.LIKES, Schema.COLLECTS,
          Schema.COMMENTS) && table.containsColumn(Schema.LIKES_AND_COLLECTS)
          && table.containsColumn(Schema.NOTES))) {
        String tot = perNoteTotal != null ? perNoteTotal : Schema.LIKES_AND_COLLECTS;
        String cnt = perNoteCount != null ? perNoteCount : Schema.NOTES;
        eng = RowValues.ratio(table, tot, cnt);
        engName = tot + " / " + cnt;
      } else if (engagement == null && RowValues.hasInteractionParts(table)) {
        eng = RowValues.interactions(table);
        engName = String.join(" + ", Interactions.XINHONG.components());
      } else {
        String[] cols = engagement != null ? engagement : present(Schema.LIKES, Schema.COLLECTS,
            Schema.COMMENTS);
        if (cols.length == 0) {
          throw new IllegalArgumentException(
              "no engagement columns (likes, collects, comments) in " + table.columnNames()
                  + "; set engagement(...) or perNote(...)");
        }
        List<NumericColumn<?>> nc = new ArrayList<>();
        for (String s : cols) {
          nc.add(Samples.numeric(table, s));
        }
        eng = new double[table.rowCount()];
        for (int r = 0; r < eng.length; r++) {
          double sum = 0;
          boolean any = false;
          for (NumericColumn<?> x : nc) {
            if (!x.isMissing(r)) {
              sum += x.getDouble(r);
              any = true;
            }
          }
          eng[r] = any ? sum : Double.NaN;
        }
        engName = String.join(" + ", cols);
      }
      TierAssignment ta = TierAssignment.of(table, tierColumn, tiers, followers);
      List<double[]> groups = new ArrayList<>();
      int excluded = 0;
      for (int t = 0; t < ta.order().size(); t++) {
        groups.add(new double[0]);
      }
      double[][] buf = new double[ta.order().size()][table.rowCount()];
      int[] k = new int[ta.order().size()];
      for (int r = 0; r < eng.length; r++) {
        int t = ta.index(r);
        if (t < 0) {
          continue;
        }
        double cost = c.isMissing(r) ? Double.NaN : c.getDouble(r);
        if (!(eng[r] > 0) || !(cost > 0)) {
          excluded++;
          continue;
        }
        buf[t][k[t]++] = cost / eng[r];
      }
      for (int t = 0; t < groups.size(); t++) {
        groups.set(t, Arrays.copyOf(buf[t], k[t]));
      }
      TierBoxChart.Builder box = TierBoxChart.of(table).log(true).theme(theme)
          .format(v -> "¥" + ReadableLogAxis.plain(v))
          .yLabel("Cost per engagement (RMB per interaction, log scale)")
          .title(title != null ? title : "Cost per engagement by tier");
      String note = "CPE = " + costCol + " / (" + engName + ")"
          + (excluded > 0
              ? String.format(Locale.ROOT, " · %,d rows without cost or engagement left out", excluded)
              : "");
      return TierBoxChart.draw(ta.display(), groups, box, "cost per engagement", note);
    }

    private boolean hasAny(String... cols) {
      return present(cols).length > 0;
    }

    private String[] present(String... cols) {
      return Arrays.stream(cols).filter(table::containsColumn).toArray(String[]::new);
    }
  }
}
