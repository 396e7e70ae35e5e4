package org.kolscope.charts;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jfree.chart.JFreeChart;
import org.kolscope.core.Schema;
import org.kolscope.stats.scaling.Loess;
import org.kolscope.stats.scaling.PowerLaw;
import tech.tablesaw.api.Table;

/**
 * The headline chart: followers against an engagement count on log-log axes.
 *
 * <p>Points are coloured by tier (smallest tier first). Drawn over them: the power law {@code y =
 * a·x^b} fitted by least squares on log10–log10 with its 95 % confidence band (see {@link
 * PowerLaw}), a LOESS curve on log-log (see {@link Loess}), on account charts (followers
 * against {@code likes_and_collects}) the field guide's "likes and collects should be 3–5×
 * followers" lines, and red rings around flagged KOLs. Flagged KOLs and outliers (log10 residual
 * from the power law beyond {@code outlierSigma} residual standard deviations) are labelled with
 * their names, flagged ones first, up to {@code maxLabels}.
 *
 * <p>Above {@code densityThreshold} points (default {@value #DEFAULT_DENSITY_THRESHOLD}) the points
 * are drawn as density cells (counts per log-log cell) instead, and the subtitle says so; fits,
 * curves, flags and labels stay.
 *
 * <pre>{@code
 * JFreeChart c = FollowerEngagementChart.of(accounts)
 *     .y(Schema.LIKES_AND_COLLECTS).label(Schema.NAME).flagged("suspicious")
 *     .build();
 * Charts.savePng(c, Path.of("followers.png"), 1000, 700, 2);
 * }</pre>
 */
public final class FollowerEngagementChart {
  /** Default number of points above which density binning replaces the scatter. */
  public static final int DEFAULT_DENSITY_THRESHOLD = 50_000;

  /** Level of the band drawn around the power law. */
  static final double BAND_LEVEL = 0.95;

  /** Fewest distinct x values for which a LOESS curve is drawn. */
  static final int MIN_LOESS_POINTS = 5;

  /** Flag-column values that mean "not flagged" (case-insensitive; see {@link FlagColumn}). */
  public static final Set<String> NOT_FLAGGED = FlagColumn.NOT_FLAGGED;

  private FollowerEngagementChart() {}

  /** Starts a chart of {@code table}; columns default to {@code followers} and {@code likes_and_collects}. */
  public static Builder of(Table table) {
    return new Builder(table);
  }

  /** The options of a follower-engagement chart; {@link #build()} draws it. */
  public static final class Builder extends TierChartOptions<Builder> {
    final Table table;
    String x = Schema.FOLLOWERS;
    String y = Schema.LIKES_AND_COLLECTS;
    String xLabel;
    String yLabel;
    String labelColumn;
    boolean labelsOff;
    String flagColumn;
    Predicate<String> flagTest;
    double[] ratioLines;
    boolean fit = true;
    boolean predictionBand;
    boolean loess = true;
    double loessBandwidth = 0.4;
    double outlierSigma = 3;
    int maxLabels = 20;
    int densityThreshold = DEFAULT_DENSITY_THRESHOLD;
    int maxHighlighted = 1_000;

    private Builder(Table table) {
      this.table = Objects.requireNonNull(table, "table");
    }

    /** The follower column (x axis). */
    public Builder x(String column) {
      this.x = Objects.requireNonNull(column, "x");
      return this;
    }

    /** The engagement column (y axis). */
    public Builder y(String column) {
      this.y = Objects.requireNonNull(column, "y");
      return this;
    }

    /** X axis label (default from the column name, with units). */
    public Builder xLabel(String label) {
      this.xLabel = label;
      return this;
    }

    /** Y axis label (default from the column name, with units). */
    public Builder yLabel(String label) {
      this.yLabel = label;
      return this;
    }

    /** The column with KOL names for labels (default {@code name}, else {@code kol_id}). */
    public Builder label(String column) {
      this.labelColumn = column;
      this.labelsOff = column == null;
      return this;
    }

    /**
     * The column marking flagged rows, read by {@link FlagColumn}: boolean true, a non-zero
     * number, the audit's flagging verdicts ({@code review}, {@code suspicious}) in a verdict
     * column, or any other text than {@link #NOT_FLAGGED} values.
     */
    public Builder flagged(String column) {
      return flagged(column, null);
    }

    /**
     * The rows the chart rings as flagged (those of them that have both values &gt; 0 are drawn).
     *
     * @throws IllegalArgumentException if the flag column is absent
     */
    public boolean[] flaggedRows() {
      return FlagColumn.read(table, flagColumn, flagTest);
    }

    /** The column marking flagged rows, with a test on its text values. */
    public Builder flagged(String column, Predicate<String> isFlagged) {
      this.flagColumn = column;
      this.flagTest = isFlagged;
      return this;
    }

    /**
     * Reference lines {@code y = m·x} for each multiple {@code m} (none for an empty list). By
     * default account charts (followers vs likes_and_collects) show the field guide's 3× and 5×.
     *
     * @throws IllegalArgumentException if a multiple is not finite and &gt; 0
     */
    public Builder ratioLines(double... multiples) {
      for (double m : multiples) {
        if (!(m > 0 && Double.isFinite(m))) {
          throw new IllegalArgumentException("ratio line multiples must be > 0, got " + m);
        }
      }
      this.ratioLines = multiples.clone();
      return this;
    }

    /** Draw the power-law fit and its band (default true). */
    public Builder fit(boolean on) {
      this.fit = on;
      return this;
    }

    /** Show the 95 % prediction band of a new KOL instead of the confidence band of the fit. */
    public Builder predictionBand(boolean on) {
      this.predictionBand = on;
      return this;
    }

    /** Draw the LOESS curve (default true). */
    public Builder loess(boolean on) {
      this.loess = on;
      return this;
    }

    /**
     * LOESS bandwidth (fraction of points per local fit), default 0.4.
     *
     * @throws IllegalArgumentException if outside (0, 1]
     */
    public Builder loessBandwidth(double bandwidth) {
      if (!(bandwidth > 0 && bandwidth <= 1)) {
        throw new IllegalArgumentException("LOESS bandwidth must be in (0, 1], got " + bandwidth);
      }
      this.loessBandwidth = bandwidth;
      return this;
    }

    /**
     * Label points whose log10 residual from the power law exceeds {@code k} residual standard
     * deviations (default 3; 0 turns outlier labels off).
     *
     * @throws IllegalArgumentException if k is negative or not finite
     */
    public Builder outlierSigma(double k) {
      if (!(k >= 0 && Double.isFinite(k))) {
        throw new IllegalArgumentException("outlierSigma must be >= 0, got " + k);
      }
      this.outlierSigma = k;
      return this;
    }

    /**
     * Most names drawn (default 20).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder maxLabels(int n) {
      this.maxLabels = Args.atLeast("maxLabels", n, 0);
      return this;
    }

    /**
     * Number of points above which density cells replace the scatter (default 50,000).
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder densityThreshold(int n) {
      this.densityThreshold = Args.atLeast("densityThreshold", n, 1);
      return this;
    }

    /**
     * Most flagged (and, separately, outlying) points ringed, the farthest from the fit first
     * (default 1,000).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder maxHighlighted(int n) {
      this.maxHighlighted = Args.atLeast("maxHighlighted", n, 0);
      return this;
    }

    /**
     * Draws the chart.
     *
     * @throws IllegalArgumentException if a column is absent or of the wrong type, or fewer than
     *     one row has positive x and y
     */
    @Override
    public JFreeChart build() {
      return new FollowerEngagementDrawing(this).chart();
    }
  }
}
