package org.kolscope.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Schema;
import org.kolscope.core.Tabular;
import org.kolscope.core.Tiers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link Generator#generate()} returns: the accounts and notes tables (canonical columns plus
 * {@value Generator#ANOMALY}) and the seed they came from.
 *
 * <p>{@link #toTable()} summarises the data per RED tier (of the shown follower count): accounts,
 * notes, median followers, median likes_and_collects ÷ followers, median note engagement rate
 * (likes + collects + comments) ÷ followers, and the number of accounts per anomaly label.
 *
 * @param accounts one row per account
 * @param notes one row per note
 * @param seed the generator's seed
 */
public record GeneratedData(Table accounts, Table notes, long seed) implements Tabular {

  /** Number of accounts with this label. */
  public int accountCount(Anomaly anomaly) {
    return accounts.stringColumn(Generator.ANOMALY).isEqualTo(anomaly.label()).size();
  }

  /** Number of notes with this label. */
  public int noteCount(Anomaly anomaly) {
    return notes.stringColumn(Generator.ANOMALY).isEqualTo(anomaly.label()).size();
  }

  @Override
  public Table toTable() {
    Tiers tiers = Tiers.RED;
    int t = tiers.size();
    int[] accountsPerTier = new int[t];
    int[] notesPerTier = new int[t];
    int[][] anomalies = new int[t][Anomaly.values().length];
    List<List<Double>> followers = lists(t);
    List<List<Double>> ratios = lists(t);
    List<List<Double>> rates = lists(t);
    LongColumn f = accounts.longColumn(Schema.FOLLOWERS);
    LongColumn lc = accounts.longColumn(Schema.LIKES_AND_COLLECTS);
    StringColumn a = accounts.stringColumn(Generator.ANOMALY);
    for (int r = 0; r < accounts.rowCount(); r++) {
      int i = tiers.index(f.getLong(r));
      accountsPerTier[i]++;
      anomalies[i][Anomaly.fromLabel(a.get(r)).ordinal()]++;
      followers.get(i).add((double) f.getLong(r));
      ratios.get(i).add(lc.getLong(r) / (double) f.getLong(r));
    }
    LongColumn nf = notes.longColumn(Schema.FOLLOWERS);
    for (int r = 0; r < notes.rowCount(); r++) {
      int i = tiers.index(nf.getLong(r));
      notesPerTier[i]++;
      long interactions =
          notes.longColumn(Schema.LIKES).getLong(r)
              + notes.longColumn(Schema.COLLECTS).getLong(r)
              + notes.longColumn(Schema.COMMENTS).getLong(r);
      rates.get(i).add(interactions / (double) nf.getLong(r));
    }
    Table out =
        Table.create(
            "generated data by tier",
            StringColumn.create(Schema.TIER, tiers.labels()),
            StringColumn.create("tier_zh", tiers.chineseLabels()),
            StringColumn.create("followers_range", ranges(tiers)),
            IntColumn.create("accounts", accountsPerTier),
            IntColumn.create("notes", notesPerTier),
            DoubleColumn.create("median_followers", medians(followers)),
            DoubleColumn.create("median_likes_and_collects_per_follower", medians(ratios)),
            DoubleColumn.create(
                "median_engagement_rate", medians(rates)));
    for (Anomaly an : Anomaly.values()) {
      int[] c = new int[t];
      for (int i = 0; i < t; i++) {
        c[i] = anomalies[i][an.ordinal()];
      }
      out.addColumns(IntColumn.create("accounts_" + an.label(), c));
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "Generated RED data (seed %d): %d accounts, %d notes%n",
            seed,
            accounts.rowCount(),
            notes.rowCount()));
    Table s = toTable();
    sb.append(
        String.format(
            Locale.ROOT,
            "  %-6s %-12s %8s %8s %12s %10s %10s%n",
            "tier",
            "followers",
            "accounts",
            "notes",
            "med.foll.",
            "med.L&C/F",
            "med.ER"));
    for (int r = 0; r < s.rowCount(); r++) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-6s %-12s %8d %8d %12.0f %10.2f %10.4f%n",
              s.stringColumn("tier_zh").get(r),
              s.stringColumn("followers_range").get(r),
              s.intColumn("accounts").getInt(r),
              s.intColumn("notes").getInt(r),
              s.doubleColumn(5).getDouble(r),
              s.doubleColumn(6).getDouble(r),
              s.doubleColumn(7).getDouble(r)));
    }
    sb.append("  anomalies (accounts / labelled notes):");
    for (Anomaly an : Anomaly.values()) {
      if (an != Anomaly.NONE) {
        sb.append(' ')
            .append(an.label())
            .append(' ')
            .append(accountCount(an))
            .append('/')
            .append(noteCount(an));
      }
    }
    return sb.append(System.lineSeparator()).toString();
  }

  private static List<List<Double>> lists(int n) {
    List<List<Double>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }

  private static double[] medians(List<List<Double>> groups) {
    double[] out = new double[groups.size()];
    for (int i = 0; i < out.length; i++) {
      double[] v = groups.get(i).stream().mapToDouble(Double::doubleValue).toArray();
      out[i] = v.length == 0 ? Double.NaN : Quantiles.median(v);
    }
    return out;
  }

  private static List<String> ranges(Tiers tiers) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      out.add(tiers.range(i));
    }
    return out;
  }
}
