package org.kolscope.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A base-10 log axis whose tick labels read as counts: {@code 1k}, {@code 10k}, {@code 1M} (or as
 * percentages, or with any formatter), with unlabelled minor ticks at 2–9 × each decade.
 *
 * <p>Labelled ticks are the decades when the range spans more than about two and a half decades
 * (every second or third decade when space is short), {@code 1, 3} × each decade for narrower
 * ranges, and {@code 1, 2, 5} × each decade below about 1.3 decades. Tick labels never collide:
 * the number of labels is capped by the axis length.
 */
public class ReadableLogAxis extends LogAxis {
  private static final long serialVersionUID = 1L;

  /** Formats counts compactly: 1,000 → {@code 1k}, 2,500,000 → {@code 2.5M}, 0.05 → {@code 0.05}. */
  public static final DoubleFunction<String> COUNTS = ReadableLogAxis::compact;

  /** Formats fractions as percentages: 0.012 → {@code 1.2%}. */
  public static final DoubleFunction<String> PERCENT = v -> plain(v * 100) + "%";

  /** Formats ratios as multiples: 3 → {@code 3×}. */
  public static final DoubleFunction<String> TIMES = v -> plain(v) + "×";

  private final transient DoubleFunction<String> format;

  /** A log axis with {@link #COUNTS} labels. */
  public ReadableLogAxis(String label) {
    this(label, COUNTS);
  }

  /** A log axis with the given tick label format. */
  public ReadableLogAxis(String label, DoubleFunction<String> format) {
    super(label);
    this.format = Objects.requireNonNull(format, "format");
    setBase(10);
    setSmallestValue(1e-12);
    setMinorTickMarksVisible(true);
    setMinorTickMarkOutsideLength(2f);
    setTickMarkOutsideLength(4f);
  }

  /** The tick label of a value. */
  public String format(double value) {
    return format.apply(value);
  }

  @Override
  protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
    return ticks(dataArea.getWidth() / 58.0, anchor);
  }

  @Override
  protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
    return ticks(dataArea.getHeight() / 26.0, anchor);
  }

  private List<ValueTick> ticks(double maxLabels, TextAnchor anchor) {
    Range r = getRange();
    double lo = Math.max(r.getLowerBound(), getSmallestValue());
    double hi = Math.max(r.getUpperBound(), lo * 1.0001);
    List<ValueTick> out = new ArrayList<>();
    for (double[] t : tickValues(lo, hi, Math.max(2, maxLabels))) {
      boolean major = t[1] > 0;
      out.add(
          new NumberTick(
              major ? TickType.MAJOR : TickType.MINOR,
              t[0],
              major ? format(t[0]) : "",
              anchor,
              anchor,
              0.0));
    }
    return out;
  }

  /**
   * Tick positions in [lo, hi]: pairs {value, 1 if labelled else 0}.
   *
   * @param maxLabels most labelled ticks that fit
   */
  static List<double[]> tickValues(double lo, double hi, double maxLabels) {
    double a = Math.log10(lo);
    double b = Math.log10(hi);
    double span = b - a;
    int k0 = (int) Math.floor(a);
    int k1 = (int) Math.ceil(b);
    double[] mult;
    if (span <= 1.3) {
      mult = new double[] {1, 2, 5};
    } else if (span <= 2.6) {
      mult = new double[] {1, 3};
    } else {
      mult = new double[] {1};
    }
    int step = 1;
    if (mult.length == 1) {
      int decades = (int) Math.floor(b) - (int) Math.ceil(a) + 1;
      step = Math.max(1, (int) Math.ceil(decades / maxLabels));
    } else {
      while (mult.length > 1 && countIn(lo, hi, k0, k1, mult) > maxLabels) {
        mult = mult.length == 3 ? new double[] {1, 3} : new double[] {1};
      }
    }
    List<double[]> out = new ArrayList<>();
    for (int k = k0; k <= k1; k++) {
      double dec = Math.pow(10, k);
      for (int m = 1; m <= 9; m++) {
        double v = m * dec;
        if (v < lo * (1 - 1e-9) || v > hi * (1 + 1e-9)) {
          continue;
        }
        boolean labelled = contains(mult, m) && (m != 1 || Math.floorMod(k, step) == 0);
        if (mult.length == 1 && step > 1 && m == 1 && !labelled) {
          out.add(new double[] {v, 0});
        } else if (labelled) {
          out.add(new double[] {v, 1});
        } else if (step == 1) {
          out.add(new double[] {v, 0});
        }
      }
    }
    return out;
  }

  private static int countIn(double lo, double hi, int k0, int k1, double[] mult) {
    int n = 0;
    for (int k = k0; k <= k1; k++) {
      for (double m : mult) {
        double v = m * Math.pow(10, k);
        if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean contains(double[] mult, int m) {
    for (double x : mult) {
      if (x == m) {
        return true;
      }
    }
    return false;
  }

  /** Compact count: {@code 950}, {@code 1k}, {@code 12.5k}, {@code 3M}, {@code 1.2B}, {@code 0.01}. */
  public static String compact(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return plain(v / 1e9) + "B";
    }
    if (a >= 1e6) {
      return plain(v / 1e6) + "M";
    }
    if (a >= 1e3) {
      return plain(v / 1e3) + "k";
    }
    return plain(v);
  }

  /** A number with at most 3 significant digits and no trailing zeros or exponent. */
  static String plain(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v == 0 ? "0" : Double.toString(v);
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadableLogAxis && super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
