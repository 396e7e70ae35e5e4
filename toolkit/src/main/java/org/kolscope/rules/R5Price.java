package org.kolscope.rules;

import static org.kolscope.core.Numbers.readable;

import java.util.ArrayList;
import java.util.List;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.core.Numbers;

/**
 * R5 price: the price of a paid piece ({@code price_rmb}) against the field guide's ranges.
 *
 * <p>"If you pay for content, the usual price range should be between 500RMB-8,000 RMB per piece. If
 * you're paying more than 10,000 RMB per piece, the ROI is likely to not be great." Above {@code
 * roiLimit} (default 10,000; exactly 10,000 is not above): {@code warning} "ROI doubtful"; otherwise
 * outside [{@code low}, {@code high}] (default [500, 8,000], ends inside): an {@code info} note.
 * Price unknown: not checked. The real RED sample has no prices, so this rule cannot be measured on
 * it.
 */
public final class R5Price implements Rule {
  private final double low;
  private final double high;
  private final double roiLimit;

  /** The defaults: usual range [500, 8,000] RMB, ROI warning above 10,000 RMB. */
  public R5Price() {
    this(500, 8_000, 10_000);
  }

  /**
   * @param low lower end of the usual range, RMB (&gt; 0)
   * @param high upper end (&gt; low)
   * @param roiLimit a price above this gets a warning (≥ high)
   * @throws IllegalArgumentException naming the bad value and its range
   */
  public R5Price(double low, double high, double roiLimit) {
    Args.range("usual price range", low, high);
    if (!(roiLimit >= high && Double.isFinite(roiLimit))) {
      throw new IllegalArgumentException(
          "roiLimit must be finite and >= the range's high end " + high + ", got " + roiLimit);
    }
    this.low = low;
    this.high = high;
    this.roiLimit = roiLimit;
  }

  @Override
  public String id() {
    return "R5";
  }

  @Override
  public String name() {
    return "price";
  }

  @Override
  public String describe() {
    return "price_rmb above " + readable(roiLimit) + " (ROI warning) or outside [" + readable(low) + ", "
        + readable(high) + "] (note)";
  }

  @Override
  public List<Flag> check(AuditData d) {
    List<Flag> out = new ArrayList<>();
    var prices = d.kolColumn(Schema.PRICE_RMB);
    for (int r = 0; r < d.kols().rowCount(); r++) {
      double p = Cells.number(prices, r);
      String id = d.kolId(r);
      if (Double.isNaN(p)) {
        out.add(new Flag(id, label(), Severity.UNKNOWN, "price unknown", Double.NaN, roiLimit));
      } else if (p > roiLimit) {
        out.add(new Flag(id, label(), Severity.WARNING, "price " + readable(p) + " RMB per piece > "
            + readable(roiLimit) + " RMB: ROI doubtful, make sure you get other value", p, roiLimit));
      } else if (p < low || p > high) {
        boolean below = p < low;
        out.add(new Flag(id, label(), Severity.INFO, "price " + readable(p) + " RMB per piece is "
            + (below ? "below" : "above") + " the usual " + readable(low) + "–" + readable(high) + " RMB",
            p, below ? low : high));
      }
    }
    return out;
  }
}
