package org.kolscope.charts;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * What every chart builder in this package offers: a title and a theme, then {@link #build()}.
 *
 * @param <B> the concrete builder, returned by the setters for chaining
 */
public abstract class ChartOptions<B extends ChartOptions<B>> {
  String title;
  ChartTheme theme = ChartTheme.DEFAULT;

  ChartOptions() {}

  /** The chart title (null for the default title). */
  public B title(String title) {
    this.title = title;
    return self();
  }

  /** The theme (default {@link ChartTheme#DEFAULT}). */
  public B theme(ChartTheme theme) {
    this.theme = Objects.requireNonNull(theme, "theme");
    return self();
  }

  /** Draws the chart. */
  public abstract JFreeChart build();

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }
}
