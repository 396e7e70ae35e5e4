package org.kolscope.timing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kolscope.io.NoteIds;
import org.kolscope.io.Schema;
import org.kolscope.metrics.Interactions;
import org.kolscope.tiers.DerivedColumns;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The notes of an analysis, row by row: publication time (an instant and its wall-clock time in
 * the analysis zone), the value (per follower where the metric is a count), the tier, and whether
 * the row is used. Rows are left out in this order, each counted once: no time ({@link
 * #noTime}), younger than the minimum age at the crawl time or published after it ({@link
 * #tooYoung}), no value ({@link #noMetric}).
 */
final class NoteRows {
  final Table derived;
  final int rows;
  final Instant[] when;
  final LocalDateTime[] local;
  final double[] value;
  final String[] tier;
  final boolean[] used;
  final Instant crawl;
  final boolean crawlIsLatest;
  final boolean hasTimes;
  final String timeSource;
  final String valueName;
  final boolean perFollower;
  final List<String> tierOrder;
  int noTime;
  int tooYoung;
  int afterCrawl;
  int noMetric;

  private NoteRows(NoteAnalysis<?> a, boolean timesRequired) {
    if (timesRequired && !a.table.containsColumn(Schema.PUBLISHED_AT)
        && !a.table.containsColumn(Schema.NOTE_ID)) {
      throw new IllegalArgumentException("no publication times: the table has no published_at and"
          + " no note_id column (a table of accounts?); columns are " + a.table.columnNames());
    }
    Table t = DerivedColumns.require(a.table, a.tiers, a.metric);
    if (!t.containsColumn(Schema.TIER)) {
      t = DerivedColumns.derive(t, a.tiers);
    }
    this.derived = t;
    this.rows = t.rowCount();
    NumericColumn<?> metric = DerivedColumns.numeric(t, a.tiers, a.metric);
    perFollower = isCount(metric);
    NumericColumn<?> followers =
        t.containsColumn(Schema.FOLLOWERS) && t.column(Schema.FOLLOWERS) instanceof NumericColumn<?> f
            ? f : null;
    if (perFollower && followers == null) {
      throw new IllegalArgumentException("the metric " + a.metric + " is a count and is divided by"
          + " the author's followers, but the table has no numeric followers column; columns are "
          + a.table.columnNames());
    }
    valueName = perFollower ? a.metric + " / followers" : a.metric;

    when = new Instant[rows];
    Column<?> published = t.containsColumn(Schema.PUBLISHED_AT) ? t.column(Schema.PUBLISHED_AT) : null;
    if (published != null) {
      if (published instanceof DateTimeColumn d) {
        for (int r = 0; r < rows; r++) {
          LocalDateTime v = d.get(r);
          when[r] = v == null ? null : v.atZone(a.dataZone).toInstant();
        }
      } else if (published instanceof InstantColumn ic) {
        for (int r = 0; r < rows; r++) {
          when[r] = ic.get(r);
        }
      } else {
        throw new IllegalArgumentException("published_at is " + published.type()
            + ", not a date-time; load the file with KolData so it is parsed, or parse it first");
      }
      timeSource = "published_at";
    } else if (t.containsColumn(Schema.NOTE_ID)) {
      Column<?> ids = t.column(Schema.NOTE_ID);
      for (int r = 0; r < rows; r++) {
        when[r] = ids.isMissing(r) ? null : NoteIds.time(ids.getString(r));
      }
      timeSource = "note_id";
    } else {
      timeSource = "none";
    }
    Instant latest = null;
    for (Instant w : when) {
      if (w != null && (latest == null || w.isAfter(latest))) {
        latest = w;
      }
    }
    hasTimes = latest != null;
    if (!hasTimes && timesRequired) {
      throw new IllegalArgumentException(published != null
          ? "published_at has no values: nothing to place in time"
          : "no publication times: the table has no published_at column and its note ids are not"
              + " RED ObjectIds (24 hex digits starting with the creation time); columns are "
              + a.table.columnNames());
    }
    if (a.crawlText != null) {
      crawl = TimeText.instant(a.crawlText, a.zone);
    } else if (a.crawlTime != null) {
      crawl = a.crawlTime;
    } else if (a.crawlLocal != null) {
      crawl = a.crawlLocal.atZone(a.zone).toInstant();
    } else {
      crawl = latest;
    }
    crawlIsLatest = a.crawlTime == null && a.crawlLocal == null && a.crawlText == null;

    local = new LocalDateTime[rows];
    value = new double[rows];
    tier = new String[rows];
    used = new boolean[rows];
    Column<?> tierCol = t.containsColumn(Schema.TIER) ? t.column(Schema.TIER) : null;
    Map<String, Integer> order = new LinkedHashMap<>();
    for (int r = 0; r < rows; r++) {
      double v = metric.isMissing(r) ? Double.NaN : metric.getDouble(r);
      if (perFollower) {
        double f = followers.isMissing(r) ? Double.NaN : followers.getDouble(r);
        v = f > 0 ? v / f : Double.NaN;
      }
      value[r] = v;
      if (tierCol != null && !tierCol.isMissing(r) && !tierCol.getString(r).isBlank()) {
        String label = tierCol.getString(r).strip();
        tier[r] = label;
        order.computeIfAbsent(label, k -> a.tiers.indexOfLabel(k) >= 0
            ? a.tiers.indexOfLabel(k) : a.tiers.size() + order.size());
      }
      if (when[r] != null) {
        local[r] = LocalDateTime.ofInstant(when[r], a.zone);
      }
      if (hasTimes && when[r] == null) {
        noTime++;
      } else if (hasTimes && (when[r].isAfter(crawl)
          || java.time.Duration.between(when[r], crawl).compareTo(a.minAge) < 0)) {
        tooYoung++;
        if (when[r].isAfter(crawl)) {
          afterCrawl++;
        }
      } else if (!Double.isFinite(v)) {
        noMetric++;
      } else {
        used[r] = true;
      }
    }
    List<String> labels = new ArrayList<>(order.keySet());
    labels.sort((x, y) -> Integer.compare(order.get(x), order.get(y)));
    tierOrder = List.copyOf(labels);
  }

  static NoteRows of(NoteAnalysis<?> a, boolean timesRequired) {
    return new NoteRows(a, timesRequired);
  }

  /** A count column (divided by followers): the canonical counts, interactions, integer types. */
  private static boolean isCount(NumericColumn<?> c) {
    String n = c.name();
    return Schema.COUNT_COLUMNS.contains(n) && !n.equals(Schema.FOLLOWERS)
        || n.equals(Interactions.COLUMN)
        || (!n.equals(Schema.FOLLOWERS) && (c.type() == ColumnType.LONG
            || c.type() == ColumnType.INTEGER || c.type() == ColumnType.SHORT));
  }

  /** Rows used, in one tier (null: all). */
  int[] usedRows(String tierLabel) {
    int[] out = new int[rows];
    int k = 0;
    for (int r = 0; r < rows; r++) {
      if (used[r] && (tierLabel == null || tierLabel.equals(tier[r]))) {
        out[k++] = r;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /** Rows with a time (the notes counted per slot before any filter), in one tier (null: all). */
  int[] timedRows(String tierLabel) {
    int[] out = new int[rows];
    int k = 0;
    for (int r = 0; r < rows; r++) {
      if (local[r] != null && (tierLabel == null || tierLabel.equals(tier[r]))) {
        out[k++] = r;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }
}
