package org.kolscope.charts;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.renderer.xy.DeviationRenderer;

/** A band renderer whose legend item is a filled swatch (the stock one shows nothing). */
final class BandRenderer extends DeviationRenderer {
  private static final long serialVersionUID = 1L;

  BandRenderer() {
    super(false, false);
  }

  @Override
  public LegendItem getLegendItem(int datasetIndex, int series) {
    LegendItem li = super.getLegendItem(datasetIndex, series);
    if (li == null) {
      return null;
    }
    Color c = (Color) lookupSeriesFillPaint(series);
    LegendItem out =
        new LegendItem(
            li.getLabel(), null, null, null,
            new Rectangle2D.Double(-7, -5, 14, 10),
            ChartTheme.withAlpha(c, getAlpha()));
    out.setDataset(li.getDataset());
    out.setDatasetIndex(datasetIndex);
    out.setSeriesKey(li.getSeriesKey());
    out.setSeriesIndex(series);
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BandRenderer && super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
