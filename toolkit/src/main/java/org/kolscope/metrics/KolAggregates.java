package org.kolscope.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.io.Schema;
import org.kolscope.stats.Quantiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
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
  public static final String MEDIAN_LIKES = "median likes";
  public static final String MEAN_LIKES = "mean likes";
  public static final String MEDIAN_INTERACTIONS = "median interactions";
  public static final String MEDIAN_ENGAGEMENT_RATE = "median engagement_rate";
  public static final String MEDIAN_LIKES_PER_VIEW = "median likes / views";
  public static final String MEDIAN_VIEWS = "median views";
  public static final String TOTAL_LIKES = "Σ likes";
  public static final String POOLED_COMMENTS_PER_LIKE = "Σ comments / Σ likes";
  public static final String PRICE_PER_INTERACTION = "price_rmb / median interactions";
  public static final String PRICE_PER_1K_VIEWS = "price_rmb / median views × 1000";

  private KolAggregates() {}

  /** The notes' row numbers grouped by {@code kol_id}, in order of first appearance. */
  public static Map<String, List<Integer>> rowsByKol(Table notes) {
    Cells.require(notes, Schema.KOL_ID, "notes");
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (int r = 0; r < notes.rowCount(); r++) {
      String id = Cells.text(notes, Schema.KOL_ID, r);
      if (!id.isEmpty()) {
        out.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
      }
    }
    return out;
  }

  /**
   * The per-KOL aggregates of {@code notes}, which must already carry the note ratios ({@link
   * Metrics#addToNotes}).
   *
   * @throws IllegalArgumentException if {@code kol_id} is absent
   */
  public static Table of(Table notes) {
    Map<String, List<Integer>> groups = rowsByKol(notes);
    int n = groups.size();
    Table t = Table.create("kol aggregates");
    StringColumn id = StringColumn.create(Schema.KOL_ID);
    IntColumn count = IntColumn.create(NOTES_IN_SAMPLE);
    groups.forEach(
        (k, rows) -> {
          id.append(k);
          count.append(rows.size());
        });
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
    int row = 0;
    for (List<Integer> rows : groups.values()) {
      for (int m = 0; m < medians.length; m++) {
        double[] v = known(notes, medians[m][1], rows);
        if (v.length == 0) {
          cols[m].setMissing(row);
          MissingReasons.add(t, row, medians[m][0] + ": " + medians[m][1] + " unknown on all "
              + rows.size() + (rows.size() == 1 ? " note" : " notes"));
        } else {
          cols[m].set(row, Quantiles.median(v));
        }
      }
      double[] likes = known(notes, Schema.LIKES, rows);
      double[] comments = known(notes, Schema.COMMENTS, rows);
      if (likes.length == rows.size()) {
        double sum = 0;
        for (double v : likes) {
          sum += v;
        }
        mean.set(row, sum / likes.length);
        total.set(row, sum);
        if (comments.length != rows.size()) {
          MissingReasons.add(t, row, POOLED_COMMENTS_PER_LIKE + ": comments unknown on "
              + (rows.size() - comments.length) + " of " + rows.size() + " notes");
        } else if (sum == 0) {
          MissingReasons.add(t, row, POOLED_COMMENTS_PER_LIKE + ": Σ likes = 0");
        } else {
          double c = 0;
          for (double v : comments) {
            c += v;
          }
          pooled.set(row, c / sum);
        }
      } else {
        String why = "likes unknown on " + (rows.size() - likes.length) + " of " + rows.size()
            + " notes";
        MissingReasons.add(t, row, MEAN_LIKES + ": " + why);
        MissingReasons.add(t, row, TOTAL_LIKES + ": " + why);
        MissingReasons.add(t, row, POOLED_COMMENTS_PER_LIKE + ": " + why);
      }
      row++;
    }
    return t;
  }

  private static double[] known(Table notes, String column, List<Integer> rows) {
    double[] out = new double[rows.size()];
    int k = 0;
    for (int r : rows) {
      double v = Cells.number(notes, column, r);
      if (!Double.isNaN(v)) {
        out[k++] = v;
      }
    }
    return java.util.Arrays.copyOf(out, k);
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
    Map<String, Integer> at = new LinkedHashMap<>();
    for (int r = 0; r < aggregates.rowCount(); r++) {
      at.put(Cells.text(aggregates, Schema.KOL_ID, r), r);
    }
    int n = accounts.rowCount();
    for (String name : aggregates.columnNames()) {
      if (name.equals(Schema.KOL_ID) || name.equals(MissingReasons.COLUMN)) {
        continue;
      }
      boolean isCount = name.equals(NOTES_IN_SAMPLE);
      IntColumn ic = IntColumn.create(name, n);
      DoubleColumn dc = DoubleColumn.create(name, n);
      for (int r = 0; r < n; r++) {
        Integer a = at.get(Cells.text(accounts, Schema.KOL_ID, r));
        double v = a == null ? Double.NaN : Cells.number(aggregates, name, a);
        if (isCount) {
          ic.set(r, a == null ? 0 : (int) v);
        } else if (Double.isNaN(v)) {
          dc.setMissing(r);
        } else {
          dc.set(r, v);
        }
      }
      Cells.put(accounts, isCount ? ic : dc);
    }
    for (int r = 0; r < n; r++) {
      Integer a = at.get(Cells.text(accounts, Schema.KOL_ID, r));
      if (a == null) {
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
