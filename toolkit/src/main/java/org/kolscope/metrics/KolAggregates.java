package org.kolscope.metrics;

import java.util.List;
import java.util.Map;
import org.kolscope.core.Cells;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Schema;
import org.kolscope.io.KolGroups;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Per-KOL aggregates of notes, and the costs that need them.
 *
 * <p>Per KOL (one row per {@code kol_id}, in order of first appearance): {@value #NOTES_IN_SAMPLE}
 * (how many of its notes the table holds), {@value #MEDIAN_LIKES}, {@value #MEAN_LIKES}, {@value
 * #MEDIAN_INTERACTIONS}, {@value #MEDIAN_ENGAGEMENT_RATE}, {@value #MEDIAN_LIKES_PER_VIEW},
 * {@value #MEDIAN_VIEWS}, {@value #TOTAL_LIKES} and {@value #POOLED_COMMENTS_PER_LIKE} (Σ comments
 * over Σ likes of all its notes: steadier than a median of per-note ratios when notes have few
 * likes). Medians are type-7 ({@link Quantiles#median}) over the notes where the value is known;
 * when none is known the cell is missing and {@link MissingReasons} says why.
 *
 * <p>Costs ({@link #addTo}): cost per engagement {@value #PRICE_PER_INTERACTION} = price of a
 * piece / the KOL's median interactions per note; CPM {@value #PRICE_PER_1K_VIEWS} = price / median
 * views × 1000 (views per piece are private on RED; a KOL shares them on request).
 */
public final class KolAggregates {
  public static final String NOTES_IN_SAMPLE = "notes_in_sample";
  public static final String MEDIAN_LIKES = "median_likes";
  public static final String MEAN_LIKES = "mean_likes";
  public static final String MEDIAN_INTERACTIONS = "median_interactions";
  public static final String MEDIAN_ENGAGEMENT_RATE = "median_engagement_rate";
  public static final String MEDIAN_LIKES_PER_VIEW = "median_likes_per_view";
  public static final String MEDIAN_VIEWS = "median_views";
  public static final String TOTAL_LIKES = "sum_likes";
  public static final String POOLED_COMMENTS_PER_LIKE = "comments_per_like";
  public static final String PRICE_PER_INTERACTION = "cost_per_interaction";
  public static final String PRICE_PER_1K_VIEWS = "cost_per_1000_views";

  private KolAggregates() {}

  /** The notes' row numbers grouped by {@code kol_id}, in order of first appearance. */
  public static Map<String, List<Integer>> rowsByKol(Table notes) {
    return KolGroups.of(notes).asMap();
  }

  /**
   * The per-KOL aggregates of {@code notes}, which must already carry the note ratios ({@link
   * Metrics#addToNotes}).
   *
   * @throws IllegalArgumentException if {@code kol_id} is absent
   */
  public static Table of(Table notes) {
    return of(notes, KolGroups.of(notes));
  }

  /**
   * The per-KOL aggregates of {@code notes} grouped as {@code groups} ({@link KolGroups#of} of the
   * same rows), as {@link #of(Table)}.
   */
  public static Table of(Table notes, KolGroups groups) {
    int n = groups.size();
    Table t = Table.create("kol aggregates");
    StringColumn id = StringColumn.create(Schema.KOL_ID, n);
    IntColumn count = IntColumn.create(NOTES_IN_SAMPLE, n);
    for (int g = 0; g < n; g++) {
      id.set(g, groups.id(g));
      count.set(g, groups.count(g));
    }
    t.addColumns(id, count);
    String[][] medians = {
      {MEDIAN_LIKES, Schema.LIKES},
      {MEDIAN_INTERACTIONS, Interactions.COLUMN},
      {MEDIAN_ENGAGEMENT_RATE, Metrics.ENGAGEMENT_RATE},
      {MEDIAN_LIKES_PER_VIEW, Metrics.LIKES_PER_VIEW},
      {MEDIAN_VIEWS, Schema.VIEWS},
    };
    DoubleColumn[] cols = new DoubleColumn[medians.length];
    for (int m = 0; m < medians.length; m++) {
      cols[m] = DoubleColumn.create(medians[m][0], n);
    }
    DoubleColumn mean = DoubleColumn.create(MEAN_LIKES, n);
    DoubleColumn total = DoubleColumn.create(TOTAL_LIKES, n);
    DoubleColumn pooled = DoubleColumn.create(POOLED_COMMENTS_PER_LIKE, n);
    t.addColumns(cols[0], mean);
    for (int m = 1; m < medians.length; m++) {
      t.addColumns(cols[m]);
    }
    t.addColumns(total, pooled);
    int largest = 0;
    for (int g = 0; g < n; g++) {
      largest = Math.max(largest, groups.count(g));
    }
    double[] buffer = new double[largest];
    // column by column (one gathered column in memory at a time); each KOL's missing reasons
    // still come in the order median columns, then likes and comments
    for (int m = 0; m < medians.length; m++) {
      double[] source = groups.gather(Cells.numeric(notes, medians[m][1]));
      for (int row = 0; row < n; row++) {
        int size = groups.count(row);
        int k = known(source, groups, row, buffer);
        if (k == 0) {
          cols[m].setMissing(row);
          MissingReasons.add(t, row, medians[m][0] + ": " + medians[m][1] + " unknown on all "
              + size + (size == 1 ? " note" : " notes"));
        } else {
          double[] v = java.util.Arrays.copyOf(buffer, k);
          java.util.Arrays.sort(v); // as Quantiles.median, without its second copy
          cols[m].set(row, Quantiles.quantileSorted(v, 0.5));
        }
      }
    }
    double[] likesColumn = groups.gather(Cells.numeric(notes, Schema.LIKES));
    double[] commentsColumn = groups.gather(Cells.numeric(notes, Schema.COMMENTS));
    for (int row = 0; row < n; row++) {
      int size = groups.count(row);
      int likesKnown = known(likesColumn, groups, row, buffer);
      if (likesKnown == size) {
        double sum = 0;
        for (int i = 0; i < likesKnown; i++) {
          sum += buffer[i];
        }
        mean.set(row, sum / likesKnown);
        total.set(row, sum);
        int commentsKnown = known(commentsColumn, groups, row, buffer);
        if (commentsKnown != size) {
          MissingReasons.add(t, row, POOLED_COMMENTS_PER_LIKE + ": comments unknown on "
              + (size - commentsKnown) + " of " + size + " notes");
        } else if (sum == 0) {
          MissingReasons.add(t, row, POOLED_COMMENTS_PER_LIKE + ": total likes = 0");
        } else {
          double c = 0;
          for (int i = 0; i < commentsKnown; i++) {
            c += buffer[i];
          }
          pooled.set(row, c / sum);
        }
      } else {
        String why = "likes unknown on " + (size - likesKnown) + " of " + size + " notes";
        MissingReasons.add(t, row, MEAN_LIKES + ": " + why);
        MissingReasons.add(t, row, TOTAL_LIKES + ": " + why);
        MissingReasons.add(t, row, POOLED_COMMENTS_PER_LIKE + ": " + why);
      }
    }
    return t;
  }

  /**
   * The known values of group {@code g} in {@code gathered} ({@link KolGroups#gather}), in row
   * order, into {@code out}; their count.
   */
  private static int known(double[] gathered, KolGroups groups, int g, double[] out) {
    int k = 0;
    for (int i = groups.start(g), end = groups.start(g + 1); i < end; i++) {
      double v = gathered[i];
      if (!Double.isNaN(v)) {
        out[k++] = v;
      }
    }
    return k;
  }

  /**
   * Adds the aggregates of {@code aggregates} ({@link #of}) to {@code accounts} (in place) by
   * {@code kol_id}, then the costs {@value #PRICE_PER_INTERACTION} and {@value
   * #PRICE_PER_1K_VIEWS}. A KOL without notes gets {@value #NOTES_IN_SAMPLE} = 0 and missing
   * aggregates with the reason {@code no notes}.
   *
   * @throws IllegalArgumentException if either table lacks {@code kol_id}
   */
  public static Table addTo(Table accounts, Table aggregates) {
    Cells.require(accounts, Schema.KOL_ID, "accounts");
    Cells.require(aggregates, Schema.KOL_ID, "aggregates");
    it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap<String> at =
        new it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap<>(aggregates.rowCount());
    at.defaultReturnValue(-1);
    tech.tablesaw.columns.Column<?> aggIds = aggregates.column(Schema.KOL_ID);
    for (int r = 0; r < aggregates.rowCount(); r++) {
      at.put(Cells.text(aggIds, r), r);
    }
    int n = accounts.rowCount();
    tech.tablesaw.columns.Column<?> ids = accounts.column(Schema.KOL_ID);
    int[] aggRow = new int[n];
    for (int r = 0; r < n; r++) {
      aggRow[r] = at.getInt(Cells.text(ids, r));
    }
    for (String name : aggregates.columnNames()) {
      if (name.equals(Schema.KOL_ID) || name.equals(MissingReasons.COLUMN)) {
        continue;
      }
      boolean isCount = name.equals(NOTES_IN_SAMPLE);
      NumericColumn<?> source = Cells.numeric(aggregates, name);
      IntColumn ic = isCount ? IntColumn.create(name, n) : null;
      DoubleColumn dc = isCount ? null : DoubleColumn.create(name, n);
      for (int r = 0; r < n; r++) {
        int a = aggRow[r];
        double v = a < 0 ? Double.NaN : Cells.number(source, a);
        if (isCount) {
          ic.set(r, a < 0 ? 0 : (int) v);
        } else if (Double.isNaN(v)) {
          dc.setMissing(r);
        } else {
          dc.set(r, v);
        }
      }
      Cells.put(accounts, isCount ? ic : dc);
    }
    for (int r = 0; r < n; r++) {
      int a = aggRow[r];
      if (a < 0) {
        MissingReasons.add(accounts, r, "note aggregates: no notes");
      } else {
        String why = MissingReasons.get(aggregates, a);
        for (String part : why.isEmpty() ? new String[0] : why.split("; ")) {
          MissingReasons.add(accounts, r, part);
        }
      }
    }
    if (accounts.containsColumn(Schema.PRICE_RMB)) {
      Ratio.add(accounts, Schema.PRICE_RMB, MEDIAN_INTERACTIONS, PRICE_PER_INTERACTION, 1);
      Ratio.add(accounts, Schema.PRICE_RMB, MEDIAN_VIEWS, PRICE_PER_1K_VIEWS, 1000);
    }
    return accounts;
  }
}
