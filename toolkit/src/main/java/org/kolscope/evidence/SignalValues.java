package org.kolscope.evidence;

import java.util.Arrays;
import org.kolscope.core.Cells;
import org.kolscope.core.Quantiles;
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
    double[][] raw = new double[n][S];
    double[][] noise = new double[n][S];
    boolean[] averages = new boolean[n];
    String[][] why = new String[n][S];
    int[] used = new int[n];
    for (double[] r : raw) {
      Arrays.fill(r, Double.NaN);
    }
    NumericColumn<?> followers = Cells.numeric(kols, Schema.FOLLOWERS);
    double[] f = new double[n];
    for (int k = 0; k < n; k++) {
      f[k] = Cells.number(followers, k);
    }
    int[] groupOf = new int[n];
    Arrays.fill(groupOf, -1);
    if (notes != null) {
      for (int k = 0; k < n; k++) {
        groupOf[k] = groups.indexOf(Cells.text(kols, Schema.KOL_ID, k));
      }
      fromNotes(notes, groups, f, groupOf, raw, why, used, noise);
    }
    fromAccounts(kols, f, groupOf, raw, why, averages);
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
          why[k][s.ordinal()] = notes == null ? "no notes and no per-creator averages" : "no notes";
        }
      }
    }
    return new SignalValues(raw, why, used, averages, noise);
  }

  private static void fromNotes(Table notes, KolGroups groups, double[] f, int[] groupOf,
      double[][] raw, String[][] why, int[] used, double[][] noise) {
    NumericColumn<?> likes = column(notes, Schema.LIKES);
    NumericColumn<?> collects = column(notes, Schema.COLLECTS);
    NumericColumn<?> comments = column(notes, Schema.COMMENTS);
    NumericColumn<?> shares = column(notes, Schema.SHARES);
    NumericColumn<?> views = column(notes, Schema.VIEWS);
    int n = f.length;
    double[][] likeE = new double[n][];
    double[][] commentE = new double[n][];
    double[][] size = new double[n][];
    for (int k = 0; k < n; k++) {
      int g = groupOf[k];
      if (g < 0 || likes == null) {
        continue;
      }
      int c = groups.count(g);
      double sl = 0, sc = 0, sco = 0, ssh = 0, slv = 0, sv = 0;
      int nl = 0, nc = 0, nco = 0, nsh = 0, nv = 0;
      double[] reach = new double[c];
      double[] eng = new double[c];
      double[] logLikes = new double[c];
      int nr = 0, ne = 0;
      likeE[k] = new double[c];
      commentE[k] = new double[c];
      size[k] = new double[c];
      Arrays.fill(likeE[k], Double.NaN);
      Arrays.fill(commentE[k], Double.NaN);
      Arrays.fill(size[k], Double.NaN);
      for (int i = 0; i < c; i++) {
        int r = groups.row(g, i);
        double l = value(likes, r);
        double co = value(collects, r);
        double cm = value(comments, r);
        double sh = value(shares, r);
        double v = value(views, r);
        if (Double.isNaN(l)) {
          continue;
        }
        nl++;
        logLikes[nl - 1] = Math.log10(l + 1);
        if (!Double.isNaN(cm)) {
          sc += cm;
          sl += l;
          nc++;
          double other = cm + (Double.isNaN(co) ? 0 : co);
          likeE[k][i] = Math.log10(l + 1) - Math.log10(other + 1);
          commentE[k][i] = Math.log10(cm + 1) - Math.log10(l + 1);
          size[k][i] = Math.log10(l + other + 1);
        }
        if (!Double.isNaN(co)) {
          sco += co;
          nco++;
        }
        if (!Double.isNaN(sh)) {
          ssh += sh;
          nsh++;
        }
        if (!Double.isNaN(v)) {
          nv++;
          sv += v;
          slv += l;
          if (f[k] > 0) {
            reach[nr++] = v / f[k];
          }
        }
        if (f[k] > 0) {
          eng[ne++] = (l + (Double.isNaN(co) ? 0 : co) + (Double.isNaN(cm) ? 0 : cm)) / f[k];
        }
      }
      used[k] = nl;
      if (nl == 0) {
        continue;
      }
      double likesForRatios = sumLikes(groups, g, likes);
      set(raw, why, k, Signal.REACH, nr > 0 ? Quantiles.median(Arrays.copyOf(reach, nr)) : Double.NaN,
          views == null ? "no views column" : "views unknown on all " + nl + " notes");
      set(raw, why, k, Signal.LIKES_PER_VIEW, nv > 0 && sv > 0 ? slv / sv : Double.NaN,
          views == null ? "no views column" : nv == 0 ? "views unknown on all " + nl + " notes" : "views = 0");
      set(raw, why, k, Signal.ENGAGEMENT, ne > 0 ? Quantiles.median(Arrays.copyOf(eng, ne)) : Double.NaN,
          "followers unknown");
      set(raw, why, k, Signal.COMMENTS_PER_LIKE, nc > 0 ? (sc + 0.5) / (sl + 0.5) : Double.NaN,
          comments == null ? "no comments column" : "comments unknown");
      set(raw, why, k, Signal.COLLECTS_PER_LIKE, nco > 0 ? (sco + 0.5) / (likesForRatios + 0.5) : Double.NaN,
          collects == null ? "no collects column" : "collects unknown");
      set(raw, why, k, Signal.SHARES_PER_LIKE, nsh > 0 ? (ssh + 0.5) / (likesForRatios + 0.5) : Double.NaN,
          shares == null ? "no shares column" : "shares unknown");
      noise[k][Signal.LIKES_PER_VIEW.ordinal()] = countNoise(slv, sv);
      noise[k][Signal.COMMENTS_PER_LIKE.ordinal()] = countNoise(sc, sl);
      noise[k][Signal.COLLECTS_PER_LIKE.ordinal()] = countNoise(sco, likesForRatios);
      noise[k][Signal.SHARES_PER_LIKE.ordinal()] = countNoise(ssh, likesForRatios);
      set(raw, why, k, Signal.LIKE_DISPERSION,
          nl >= 4 ? Quantiles.madNormal(Arrays.copyOf(logLikes, nl)) : Double.NaN,
          "fewer than 4 notes (" + nl + ")");
    }
    double[] likeSpike = NoteSpikes.scores(nonNull(likeE), nonNull(size), 1);
    double[] commentSpike = NoteSpikes.scores(nonNull(commentE), nonNull(size), 2);
    for (int k = 0; k < n; k++) {
      if (groupOf[k] < 0 || likes == null) {
        continue;
      }
      String few = "fewer than " + NoteSpikes.MIN_NOTES + " notes with likes and comments";
      set(raw, why, k, Signal.LIKE_SPIKE, likeSpike[k], comments == null ? "no comments column" : few);
      set(raw, why, k, Signal.COMMENT_SPIKE, commentSpike[k], comments == null ? "no comments column" : few);
    }
  }

  private static final double LN10_SQUARED = Math.log(10) * Math.log(10);

  static double countNoise(double a, double b) {
    return (1 / (a + 0.5) + 1 / (b + 0.5)) / LN10_SQUARED;
  }

  /** The count noise of {@code s} for KOL {@code k} (0 when none). */
  public double noise(int k, Signal s) {
    return countNoise[k][s.ordinal()];
  }

  private static double sumLikes(KolGroups groups, int g, NumericColumn<?> likes) {
    double s = 0;
    for (int i = 0, c = groups.count(g); i < c; i++) {
      double l = value(likes, groups.row(g, i));
      if (!Double.isNaN(l)) {
        s += l;
      }
    }
    return s;
  }

  private static double[][] nonNull(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] == null ? new double[0] : a[i];
    }
    return out;
  }

  private static void fromAccounts(Table kols, double[] f, int[] groupOf, double[][] raw,
      String[][] why, boolean[] averages) {
    NumericColumn<?> lc = column(kols, Schema.LIKES_AND_COLLECTS);
    NumericColumn<?> posted = column(kols, Schema.NOTES);
    NumericColumn<?> views = column(kols, Schema.AVG_VIEWS);
    NumericColumn<?> likes = column(kols, Schema.AVG_LIKES);
    NumericColumn<?> comments = column(kols, Schema.AVG_COMMENTS);
    NumericColumn<?> shares = column(kols, Schema.AVG_SHARES);
    NumericColumn<?> engagement = column(kols, Schema.AVG_ENGAGEMENT);
    NumericColumn<?> authentic = column(kols, Schema.AVG_AUTHENTIC_ENGAGEMENT);
    for (int k = 0; k < f.length; k++) {
      double fk = f[k];
      set(raw, why, k, Signal.LIFETIME, fk > 0 ? value(lc, k) / fk : Double.NaN,
          lc == null ? "no likes_and_collects column" : "likes_and_collects unknown");
      set(raw, why, k, Signal.NOTES_PER_FOLLOWER, fk > 0 ? value(posted, k) / fk : Double.NaN,
          posted == null ? "no notes column" : "notes unknown");
      if (groupOf[k] >= 0) {
        continue; // measured on its notes
      }
      double v = value(views, k);
      double l = value(likes, k);
      double c = value(comments, k);
      double s = value(shares, k);
      double e = value(engagement, k);
      double a = value(authentic, k);
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

  private static void set(double[][] raw, String[][] why, int k, Signal s, double v, String reason) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      raw[k][s.ordinal()] = Double.NaN;
      why[k][s.ordinal()] = reason;
    } else {
      raw[k][s.ordinal()] = v;
      why[k][s.ordinal()] = null;
    }
  }

  private static void setIfKnown(double[][] raw, String[][] why, int k, Signal s, double v, String reason) {
    if (Double.isFinite(v)) {
      set(raw, why, k, s, v, null);
    } else if (why[k][s.ordinal()] == null && Double.isNaN(raw[k][s.ordinal()])) {
      why[k][s.ordinal()] = reason;
    }
  }

  private static NumericColumn<?> column(Table t, String name) {
    return t.containsColumn(name) && t.column(name) instanceof NumericColumn<?> c ? c : null;
  }

  private static double value(NumericColumn<?> c, int r) {
    return c == null || c.isMissing(r) ? Double.NaN : c.getDouble(r);
  }
}
