package org.kolscope.evidence;

import java.util.Arrays;
import org.kolscope.core.Cells;
import org.kolscope.core.Parallel;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Schema;
import org.kolscope.io.KolGroups;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The signals each KOL's own notes give ({@link Signal#REACH}, {@link Signal#LIKES_PER_VIEW},
 * {@link Signal#ENGAGEMENT}, the pooled count ratios, {@link Signal#LIKE_DISPERSION} and the two
 * spikes), for a list of KOLs ("entries"), each with its group of notes and its followers.
 *
 * <p>Everything here reads one KOL's notes only, except the spikes' {@link NoteSpikes.Scale},
 * which is fitted over all KOLs' notes: {@link #of} fits it on the entries' notes when not given,
 * so an engine that holds the notes in parts (each part with all notes of its KOLs) computes the
 * scales once over all parts ({@link #spikePoints}) and then each part's signals with them; the
 * parts' entries together are the KOLs' signals ({@link SignalValues#of(Table, NoteSignals)}).
 *
 * @param ids per entry, its {@code kol_id}
 * @param raw {@code raw[entry][signal.ordinal()]}, NaN when unknown
 * @param why why a value is unknown, or null
 * @param used per entry, its notes with likes known
 * @param noise the count noise of a pooled ratio (see {@link SignalValues})
 */
public record NoteSignals(String[] ids, double[][] raw, String[][] why, int[] used, double[][] noise)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private static final int S = Signal.values().length;
  /**
   * Most notes for which the two spike scores are computed side by side. Each holds its pooled
   * points, their deviations and its fit's sort while it runs, about 40 bytes a note: at 10M
   * notes, two at once were 0.4 GB more at the audit's peak. Beyond this, one after the other.
   */
  static final int SPIKES_SIDE_BY_SIDE = 2_000_000;

  /**
   * The spike scales of {@link Signal#LIKE_SPIKE} and {@link Signal#COMMENT_SPIKE}, each null when
   * fewer than {@link LocalFit#MIN_POINTS} points were pooled (no spike scores then).
   */
  public record Scales(NoteSpikes.Scale like, NoteSpikes.Scale comment) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The points the spike scales are fitted on, in pooled order (entries, then their notes). */
  public record Points(double[] size, double[] deviation, int[] entry, int[] row) {}

  /**
   * The note signals of the entries.
   *
   * @param notes the notes
   * @param groups {@code notes} grouped by {@code kol_id}
   * @param ids per entry, its {@code kol_id}
   * @param groupOf per entry, its group in {@code groups}, or -1 (no notes: nothing is set)
   * @param followers per entry, its followers (NaN when unknown)
   * @param scales the spike scales fitted over all KOLs' notes, or null to fit them on these
   */
  public static NoteSignals of(Table notes, KolGroups groups, String[] ids, int[] groupOf,
      double[] followers, Scales scales) {
    int n = groupOf.length;
    double[][] raw = new double[n][S];
    double[][] noise = new double[n][S];
    String[][] why = new String[n][S];
    int[] used = new int[n];
    for (double[] r : raw) {
      Arrays.fill(r, Double.NaN);
    }
    NumericColumn<?> likes = column(notes, Schema.LIKES);
    NumericColumn<?> collects = column(notes, Schema.COLLECTS);
    NumericColumn<?> comments = column(notes, Schema.COMMENTS);
    NumericColumn<?> shares = column(notes, Schema.SHARES);
    NumericColumn<?> views = column(notes, Schema.VIEWS);
    double[][][] e = likes == null ? null : logRatios(notes, groups, groupOf);
    // each KOL writes only its own rows of raw, why, noise and used
    Parallel.forEach(n, 64, k -> {
      int g = groupOf[k];
      if (g < 0 || likes == null) {
        return;
      }
      double fk = followers[k];
      int c = groups.count(g);
      double sl = 0, sc = 0, sco = 0, ssh = 0, slv = 0, sv = 0;
      int nl = 0, nc = 0, nco = 0, nsh = 0, nv = 0;
      double[] reach = new double[c];
      double[] eng = new double[c];
      double[] logLikes = new double[c];
      int nr = 0, ne = 0;
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
          if (fk > 0) {
            reach[nr++] = v / fk;
          }
        }
        if (fk > 0) {
          eng[ne++] = (l + (Double.isNaN(co) ? 0 : co) + (Double.isNaN(cm) ? 0 : cm)) / fk;
        }
      }
      used[k] = nl;
      if (nl == 0) {
        return;
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
      noise[k][Signal.LIKES_PER_VIEW.ordinal()] = SignalValues.countNoise(slv, sv);
      noise[k][Signal.COMMENTS_PER_LIKE.ordinal()] = SignalValues.countNoise(sc, sl);
      noise[k][Signal.COLLECTS_PER_LIKE.ordinal()] = SignalValues.countNoise(sco, likesForRatios);
      noise[k][Signal.SHARES_PER_LIKE.ordinal()] = SignalValues.countNoise(ssh, likesForRatios);
      set(raw, why, k, Signal.LIKE_DISPERSION,
          nl >= 4 ? Quantiles.madNormal(Arrays.copyOf(logLikes, nl)) : Double.NaN,
          "fewer than 4 notes (" + nl + ")");
    });
    if (likes != null) {
      double[][] spike = spikeScores(e, scales, notes.rowCount() <= SPIKES_SIDE_BY_SIDE);
      double[] likeSpike = spike[0];
      double[] commentSpike = spike[1];
      String few = "fewer than " + NoteSpikes.MIN_NOTES + " notes with likes and comments";
      for (int k = 0; k < n; k++) {
        if (groupOf[k] < 0) {
          continue;
        }
        set(raw, why, k, Signal.LIKE_SPIKE, likeSpike[k], comments == null ? "no comments column" : few);
        set(raw, why, k, Signal.COMMENT_SPIKE, commentSpike[k], comments == null ? "no comments column" : few);
      }
    }
    return new NoteSignals(ids.clone(), raw, why, used, noise);
  }

  /**
   * The points each spike scale is fitted on ({@code [0]} likes, {@code [1]} comments), in the
   * pooled order of {@link NoteSpikes#scores}: entries in order, each entry's notes in row order.
   * Null when the notes have no likes column.
   */
  public static Points[] spikePoints(Table notes, KolGroups groups, int[] groupOf) {
    if (column(notes, Schema.LIKES) == null) {
      return null;
    }
    double[][][] e = logRatios(notes, groups, groupOf);
    return new Points[] {points(e[0], e[2], groups, groupOf), points(e[1], e[2], groups, groupOf)};
  }

  private static Points points(double[][] e, double[][] size, KolGroups groups, int[] groupOf) {
    int m = 0;
    for (double[] a : e) {
      m += a == null ? 0 : a.length;
    }
    double[] px = new double[m];
    double[] py = new double[m];
    int[] entry = new int[m];
    int[] row = new int[m];
    double[][] devs = new double[e.length][];
    Parallel.forEach(e.length, 64, k -> devs[k] = e[k] == null ? null : NoteSpikes.deviations(e[k]));
    int p = 0;
    for (int k = 0; k < e.length; k++) {
      double[] dev = devs[k];
      if (dev == null) {
        continue;
      }
      for (int j = 0; j < dev.length; j++) {
        if (!Double.isNaN(dev[j]) && !Double.isNaN(size[k][j])) {
          px[p] = size[k][j];
          py[p] = dev[j];
          entry[p] = k;
          row[p++] = groups.row(groupOf[k], j);
        }
      }
    }
    return new Points(Arrays.copyOf(px, p), Arrays.copyOf(py, p), Arrays.copyOf(entry, p),
        Arrays.copyOf(row, p));
  }

  /**
   * The like ({@code [0]}, rank 1) and comment ({@code [1]}, rank 2) spike scores from {@link
   * #logRatios}, side by side or one after the other (each log-ratio array let go once used).
   */
  static double[][] spikeScores(double[][][] e, Scales scales, boolean sideBySide) {
    double[][] spike = new double[2][];
    if (sideBySide) {
      Parallel.forEach(2, 1, i -> spike[i] = spikes(e[i], e[2], scales, i + 1));
    } else {
      for (int i = 0; i < 2; i++) {
        spike[i] = spikes(e[i], e[2], scales, i + 1);
        e[i] = null;
      }
    }
    return spike;
  }

  private static double[] spikes(double[][] e, double[][] size, Scales scales, int rank) {
    if (scales == null) {
      return NoteSpikes.scores(nonNull(e), nonNull(size), rank);
    }
    NoteSpikes.Scale scale = rank == 1 ? scales.like() : scales.comment();
    double[] out = new double[e.length];
    Parallel.forEach(e.length, 64, k -> out[k] = scale == null || e[k] == null ? Double.NaN
        : NoteSpikes.score(NoteSpikes.deviations(e[k]), size[k], scale, rank));
    return out;
  }

  /**
   * Per entry, its notes' log-ratios for the spikes ({@code [0]}: likes against collects +
   * comments; {@code [1]}: comments against likes) and sizes ({@code [2]}: log10 of all
   * interactions + 1), NaN where likes or comments are unknown; null for an entry without notes.
   */
  static double[][][] logRatios(Table notes, KolGroups groups, int[] groupOf) {
    NumericColumn<?> likes = column(notes, Schema.LIKES);
    NumericColumn<?> collects = column(notes, Schema.COLLECTS);
    NumericColumn<?> comments = column(notes, Schema.COMMENTS);
    int n = groupOf.length;
    double[][] likeE = new double[n][];
    double[][] commentE = new double[n][];
    double[][] size = new double[n][];
    Parallel.forEach(n, 64, k -> {
      int g = groupOf[k];
      if (g < 0) {
        return;
      }
      int c = groups.count(g);
      likeE[k] = new double[c];
      commentE[k] = new double[c];
      size[k] = new double[c];
      Arrays.fill(likeE[k], Double.NaN);
      Arrays.fill(commentE[k], Double.NaN);
      Arrays.fill(size[k], Double.NaN);
      for (int i = 0; i < c; i++) {
        int r = groups.row(g, i);
        double l = value(likes, r);
        double cm = value(comments, r);
        if (Double.isNaN(l) || Double.isNaN(cm)) {
          continue;
        }
        double co = value(collects, r);
        double other = cm + (Double.isNaN(co) ? 0 : co);
        likeE[k][i] = Math.log10(l + 1) - Math.log10(other + 1);
        commentE[k][i] = Math.log10(cm + 1) - Math.log10(l + 1);
        size[k][i] = Math.log10(l + other + 1);
      }
    });
    return new double[][][] {likeE, commentE, size};
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

  static void set(double[][] raw, String[][] why, int k, Signal s, double v, String reason) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      raw[k][s.ordinal()] = Double.NaN;
      why[k][s.ordinal()] = reason;
    } else {
      raw[k][s.ordinal()] = v;
      why[k][s.ordinal()] = null;
    }
  }

  static NumericColumn<?> column(Table t, String name) {
    return t.containsColumn(name) && t.column(name) instanceof NumericColumn<?> c ? c : null;
  }

  static double value(NumericColumn<?> c, int r) {
    return c == null || c.isMissing(r) ? Double.NaN : c.getDouble(r);
  }
}
