package org.kolscope.evidence;

import java.util.Arrays;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.io.KolGroups;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import org.kolscope.core.Numbers;

/**
 * Each KOL's raw value of every {@link Signal}, with the reason where a value is unknown.
 *
 * <p>Read from an accounts table (one row per KOL; {@code followers} required; {@code
 * likes_and_collects}, {@code notes} and the per-creator averages {@link Schema#AVERAGE_COLUMNS}
 * optional) and, when given, the KOLs' notes grouped by {@code kol_id}.
 * A KOL with notes is measured on its notes; the averages are used for KOLs without notes.
 *
 * @param raw {@code raw[kol][signal.ordinal()]}, NaN when unknown
 * @param why {@code why[kol][signal.ordinal()]}: why the value is unknown, or null
 * @param notesUsed per KOL, its notes with likes known
 * @param fromAverages per KOL, whether its signals come from per-creator averages (means over its
 *     posts) rather than from its notes (where {@link Signal#ENGAGEMENT} is a median)
 * @param countNoise {@code countNoise[kol][signal.ordinal()]}: for a ratio of two counts pooled
 *     over the KOL's notes, the variance of its log10 that counting alone gives, {@code (1/(a + ½)
 *     + 1/(b + ½)) / ln²10} (the delta method for Poisson counts a and b); 0 where the value is not
 *     a ratio of counts the KOL's notes hold (per-creator averages, medians, lifetime figures)
 */
public record SignalValues(double[][] raw, String[][] why, int[] notesUsed, boolean[] fromAverages,
    double[][] countNoise) {

  private static final int S = Signal.values().length;

  /** The value of {@code s} for KOL {@code k} (NaN when unknown). */
  public double value(int k, Signal s) {
    return raw[k][s.ordinal()];
  }

  /** Why {@code s} is unknown for KOL {@code k}, or null. */
  public String whyUnknown(int k, Signal s) {
    return why[k][s.ordinal()];
  }

  /**
   * The signals of {@code kols}, with their notes when {@code notes} is not null.
   *
   * @param kols one row per KOL, {@code kol_id} and {@code followers} required
   * @param notes the notes, or null
   * @param groups {@code notes} grouped by {@code kol_id} (null when notes is null)
   */
  public static SignalValues of(Table kols, Table notes, KolGroups groups) {
    int n = kols.rowCount();
    double[] f = followers(kols);
    int[] groupOf = new int[n];
    Arrays.fill(groupOf, -1);
    NoteSignals fromNotes = null;
    if (notes != null) {
      String[] ids = new String[n];
      for (int k = 0; k < n; k++) {
        ids[k] = Cells.text(kols, Schema.KOL_ID, k);
        groupOf[k] = groups.indexOf(ids[k]);
      }
      fromNotes = NoteSignals.of(notes, groups, ids, groupOf, f, null);
    }
    return assemble(kols, f, groupOf, fromNotes, notes != null);
  }

  /**
   * The signals of {@code kols} with their note signals computed elsewhere, in parts ({@link
   * NoteSignals}, one entry per KOL with notes; the KOLs of no entry have no notes): what {@link
   * #of(Table, Table, KolGroups)} gives when the parts' scales were fitted over all the notes.
   *
   * @throws IllegalArgumentException if two entries have the same {@code kol_id}
   */
  public static SignalValues of(Table kols, NoteSignals fromNotes) {
    int n = kols.rowCount();
    it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap<String> entryOf =
        new it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap<>(fromNotes.ids().length);
    entryOf.defaultReturnValue(-1);
    for (int e = 0; e < fromNotes.ids().length; e++) {
      if (entryOf.put(fromNotes.ids()[e], e) >= 0) {
        throw new IllegalArgumentException("the note signals have kol_id '" + fromNotes.ids()[e]
            + "' twice: each KOL's notes must be in one part");
      }
    }
    int[] entry = new int[n];
    for (int k = 0; k < n; k++) {
      entry[k] = entryOf.getInt(Cells.text(kols, Schema.KOL_ID, k));
    }
    return assemble(kols, followers(kols), entry, fromNotes, true);
  }

  private static double[] followers(Table kols) {
    NumericColumn<?> followers = Cells.numeric(kols, Schema.FOLLOWERS);
    double[] f = new double[kols.rowCount()];
    for (int k = 0; k < f.length; k++) {
      f[k] = Cells.number(followers, k);
    }
    return f;
  }

  /**
   * The signals: KOL {@code k}'s note signals are entry {@code entry[k]} of {@code fromNotes} (-1:
   * none, measured on the accounts' columns).
   */
  private static SignalValues assemble(Table kols, double[] f, int[] entry, NoteSignals fromNotes,
      boolean notesGiven) {
    int n = kols.rowCount();
    double[][] raw = new double[n][];
    double[][] noise = new double[n][];
    String[][] why = new String[n][];
    int[] used = new int[n];
    boolean[] averages = new boolean[n];
    for (int k = 0; k < n; k++) {
      int e = entry[k];
      if (e >= 0) {
        raw[k] = fromNotes.raw()[e]; // taken over, not copied: the rows are completed in place
        noise[k] = fromNotes.noise()[e];
        why[k] = fromNotes.why()[e];
        used[k] = fromNotes.used()[e];
      } else {
        raw[k] = new double[S];
        Arrays.fill(raw[k], Double.NaN);
        noise[k] = new double[S];
        why[k] = new String[S];
      }
    }
    fromAccounts(kols, f, entry, raw, why, averages);
    for (int k = 0; k < n; k++) {
      if (!(f[k] > 0)) {
        String reason = Double.isNaN(f[k]) ? "followers unknown" : "followers = " + Numbers.readable(f[k]);
        for (Signal s : Signal.values()) {
          if (s != Signal.LIKE_SPIKE && s != Signal.COMMENT_SPIKE && s != Signal.LIKE_DISPERSION
              && s != Signal.LIKES_PER_VIEW && s != Signal.COMMENTS_PER_LIKE
              && s != Signal.COLLECTS_PER_LIKE && s != Signal.SHARES_PER_LIKE
              && s != Signal.AUTHENTIC_SHARE) {
            raw[k][s.ordinal()] = Double.NaN;
            why[k][s.ordinal()] = reason;
          }
        }
      }
      for (Signal s : Signal.values()) {
        if (Double.isNaN(raw[k][s.ordinal()]) && why[k][s.ordinal()] == null) {
          why[k][s.ordinal()] = notesGiven ? "no notes" : "no notes and no per-creator averages";
        }
      }
    }
    return new SignalValues(raw, why, used, averages, noise);
  }

  private static final double LN10_SQUARED = Math.log(10) * Math.log(10);

  static double countNoise(double a, double b) {
    return (1 / (a + 0.5) + 1 / (b + 0.5)) / LN10_SQUARED;
  }

  /** The count noise of {@code s} for KOL {@code k} (0 when none). */
  public double noise(int k, Signal s) {
    return countNoise[k][s.ordinal()];
  }

  private static void fromAccounts(Table kols, double[] f, int[] groupOf, double[][] raw,
      String[][] why, boolean[] averages) {
    NumericColumn<?> lc = NoteSignals.column(kols, Schema.LIKES_AND_COLLECTS);
    NumericColumn<?> posted = NoteSignals.column(kols, Schema.NOTES);
    NumericColumn<?> views = NoteSignals.column(kols, Schema.AVG_VIEWS);
    NumericColumn<?> likes = NoteSignals.column(kols, Schema.AVG_LIKES);
    NumericColumn<?> comments = NoteSignals.column(kols, Schema.AVG_COMMENTS);
    NumericColumn<?> shares = NoteSignals.column(kols, Schema.AVG_SHARES);
    NumericColumn<?> engagement = NoteSignals.column(kols, Schema.AVG_ENGAGEMENT);
    NumericColumn<?> authentic = NoteSignals.column(kols, Schema.AVG_AUTHENTIC_ENGAGEMENT);
    for (int k = 0; k < f.length; k++) {
      double fk = f[k];
      NoteSignals.set(raw, why, k, Signal.LIFETIME, fk > 0 ? NoteSignals.value(lc, k) / fk : Double.NaN,
          lc == null ? "no likes_and_collects column" : "likes_and_collects unknown");
      NoteSignals.set(raw, why, k, Signal.NOTES_PER_FOLLOWER, fk > 0 ? NoteSignals.value(posted, k) / fk : Double.NaN,
          posted == null ? "no notes column" : "notes unknown");
      if (groupOf[k] >= 0) {
        continue; // measured on its notes
      }
      double v = NoteSignals.value(views, k);
      double l = NoteSignals.value(likes, k);
      double c = NoteSignals.value(comments, k);
      double s = NoteSignals.value(shares, k);
      double e = NoteSignals.value(engagement, k);
      double a = NoteSignals.value(authentic, k);
      if (views == null && likes == null && comments == null && engagement == null) {
        continue;
      }
      averages[k] = true;
      setIfKnown(raw, why, k, Signal.REACH, fk > 0 ? v / fk : Double.NaN, "avg_views unknown");
      setIfKnown(raw, why, k, Signal.LIKES_PER_VIEW, v > 0 ? l / v : Double.NaN, "avg_likes or avg_views unknown");
      double interactions = !Double.isNaN(e) ? e : !Double.isNaN(l) ? l + (Double.isNaN(c) ? 0 : c) : Double.NaN;
      setIfKnown(raw, why, k, Signal.ENGAGEMENT, fk > 0 ? interactions / fk : Double.NaN, "avg_likes unknown");
      setIfKnown(raw, why, k, Signal.COMMENTS_PER_LIKE, l > 0 ? c / l : Double.NaN, "avg_comments or avg_likes unknown");
      setIfKnown(raw, why, k, Signal.SHARES_PER_LIKE, l > 0 ? s / l : Double.NaN, "avg_shares or avg_likes unknown");
      setIfKnown(raw, why, k, Signal.AUTHENTIC_SHARE, e > 0 ? a / e : Double.NaN, "avg_authentic_engagement unknown");
    }
  }

  private static void setIfKnown(double[][] raw, String[][] why, int k, Signal s, double v, String reason) {
    if (Double.isFinite(v)) {
      NoteSignals.set(raw, why, k, s, v, null);
    } else if (why[k][s.ordinal()] == null && Double.isNaN(raw[k][s.ordinal()])) {
      why[k][s.ordinal()] = reason;
    }
  }
}
