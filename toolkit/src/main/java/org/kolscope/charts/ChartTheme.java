package org.kolscope.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The KOLScope chart look: an opaque white card with dark text, a very light plot area, thin
 * light grid lines and a colour-blind-safe palette (Okabe and Ito, 2008). Because the card is
 * opaque it reads the same on light and dark notebook pages.
 *
 * <p>All text uses the CJK-capable family from {@link ChartFonts}. Every chart factory in this
 * package applies {@link #DEFAULT}; call {@link #apply(JFreeChart)} again after restyling if
 * wanted, or change any element through the normal JFreeChart API.
 *
 * <p>Reference: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and
 * presentations that are friendly to colorblind people", 2008.
 */
public final class ChartTheme {
  /** Chart card background (opaque). */
  public static final Color BACKGROUND = Color.WHITE;
  /** Plot area background. */
  public static final Color PLOT_BACKGROUND = new Color(0xFA, 0xFA, 0xF7);
  /** Grid lines. */
  public static final Color GRID = new Color(0xE0, 0xE0, 0xDC);
  /** Main text colour. */
  public static final Color TEXT = new Color(0x22, 0x22, 0x22);
  /** Secondary text colour (subtitles, tick labels). */
  public static final Color MUTED = new Color(0x55, 0x55, 0x55);
  /** Highlight for flagged and outlying KOLs. */
  public static final Color FLAG = new Color(0xC6, 0x1A, 0x1A);
  /** Fitted curves. */
  public static final Color FIT = new Color(0x1F, 0x1F, 0x1F);
  /** Smoothers (LOESS). */
  public static final Color SMOOTH = new Color(0x6A, 0x3D, 0x9A);
  /** Healthy bands and reference lines from the field guide. */
  public static final Color HEALTHY = new Color(0x1B, 0x9E, 0x77);

  /** Okabe–Ito colours in tier order (smallest tier first); repeats past eight tiers. */
  public static final List<Color> TIER_COLORS =
      List.of(
          new Color(0x56, 0xB4, 0xE9),
          new Color(0x00, 0x9E, 0x73),
          new Color(0xE6, 0x9F, 0x00),
          new Color(0xCC, 0x79, 0xA7),
          new Color(0x00, 0x72, 0xB2),
          new Color(0xD5, 0x5E, 0x00),
          new Color(0x99, 0x99, 0x33),
          new Color(0x88, 0x88, 0x88));

  /** The theme every factory in this package applies. */
  public static final ChartTheme DEFAULT = new ChartTheme(1f);

  private final float fontScale;

  /**
   * A theme whose font sizes are multiplied by {@code fontScale}.
   *
   * @throws IllegalArgumentException if fontScale is not in (0, 10]
   */
  public ChartTheme(float fontScale) {
    if (!(fontScale > 0 && fontScale <= 10)) {
      throw new IllegalArgumentException("fontScale must be in (0, 10], got " + fontScale);
    }
    this.fontScale = fontScale;
  }

  /** The colour of tier {@code i} (0 = smallest). */
  public static Color tierColor(int i) {
    return TIER_COLORS.get(Math.floorMod(i, TIER_COLORS.size()));
  }

  /** {@code c} with alpha {@code a} in [0, 1]. */
  public static Color withAlpha(Color c, double a) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * a));
  }

  /** Title font. */
  public Font titleFont() {
    return ChartFonts.bold(17 * fontScale);
  }

  /** Subtitle and legend font. */
  public Font subtitleFont() {
    return ChartFonts.plain(12.5f * fontScale);
  }

  /** Axis label font. */
  public Font axisLabelFont() {
    return ChartFonts.plain(13 * fontScale);
  }

  /** Tick label font. */
  public Font tickFont() {
    return ChartFonts.plain(11.5f * fontScale);
  }

  /** Font of labels placed on the data (KOL names, medians). */
  public Font annotationFont() {
    return ChartFonts.plain(11.5f * fontScale);
  }

  /**
   * Applies the theme to the chart's background, titles, legend, plot and axes (series colours are
   * left as the factory set them).
   *
   * @return the same chart
   */
  public JFreeChart apply(JFreeChart chart) {
    Objects.requireNonNull(chart, "chart");
    chart.setBackgroundPaint(BACKGROUND);
    chart.setPadding(new RectangleInsets(8, 10, 8, 14));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(titleFont());
      chart.getTitle().setPaint(TEXT);
    }
    for (Object o : chart.getSubtitles()) {
      styleTitle((Title) o);
    }
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(PLOT_BACKGROUND);
    plot.setOutlinePaint(new Color(0xBB, 0xBB, 0xB5));
    plot.setNoDataMessageFont(subtitleFont());
    plot.setNoDataMessagePaint(MUTED);
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(GRID);
      xy.setRangeGridlinePaint(GRID);
      xy.setDomainGridlineStroke(new BasicStroke(0.8f));
      xy.setRangeGridlineStroke(new BasicStroke(0.8f));
      xy.setDomainMinorGridlinePaint(withAlpha(GRID, 0.5));
      xy.setRangeMinorGridlinePaint(withAlpha(GRID, 0.5));
      xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        styleAxis(xy.getDomainAxis(i));
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        styleAxis(xy.getRangeAxis(i));
      }
    } else if (plot instanceof CategoryPlot cp) {
      cp.setRangeGridlinePaint(GRID);
      cp.setRangeGridlineStroke(new BasicStroke(0.8f));
      cp.setAxisOffset(RectangleInsets.ZERO_INSETS);
      for (int i = 0; i < cp.getDomainAxisCount(); i++) {
        styleAxis(cp.getDomainAxis(i));
      }
      for (int i = 0; i < cp.getRangeAxisCount(); i++) {
        styleAxis(cp.getRangeAxis(i));
      }
    }
    return chart;
  }

  private void styleTitle(Title t) {
    if (t instanceof TextTitle tt) {
      tt.setFont(subtitleFont());
      tt.setPaint(MUTED);
      tt.setPadding(new RectangleInsets(2, 4, 4, 4));
    } else if (t instanceof LegendTitle lt) {
      lt.setItemFont(subtitleFont());
      lt.setItemPaint(TEXT);
      lt.setBackgroundPaint(BACKGROUND);
      lt.setFrame(BlockBorder.NONE);
      lt.setItemLabelPadding(new RectangleInsets(2, 3, 2, 10));
    } else if (t instanceof PaintScaleLegend ps) {
      styleAxis(ps.getAxis());
      ps.setBackgroundPaint(BACKGROUND);
    }
  }

  private void styleAxis(Axis a) {
    if (a == null) {
      return;
    }
    a.setLabelFont(axisLabelFont());
    a.setLabelPaint(TEXT);
    a.setTickLabelFont(tickFont());
    a.setTickLabelPaint(MUTED);
    Paint line = new Color(0x99, 0x99, 0x99);
    a.setAxisLinePaint(line);
    a.setTickMarkPaint(line);
  }
}
