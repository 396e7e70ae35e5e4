package org.kolscope.rules;

import static org.kolscope.core.Numbers.percent;

import java.util.ArrayList;
import java.util.List;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.io.KolGroups;
import org.kolscope.metrics.Metrics;
import org.kolscope.core.Numbers;

/**
 * R3 likes-per-view: the share of a KOL's notes whose likes are outside [1 %, 3 %] of their views.
 *
 * <p>The field guide: "the number of likes an article gets is usually between 1%-3% of the number of
 * views". A note exactly at 1 % or 3 % is inside. A KOL is flagged ({@code warning}) when more than
 * {@code maxShare} (default half) of its notes with known views are outside. Views are private on
 * RED (a KOL shares them on request), so where no note has views the rule says "views unknown" and
 * does not fire; notes without views are left out of the share. The real RED sample has no views,
 * so this rule cannot be measured on it.
 */
public final class R3LikesPerView implements NoteRule {
  private static final long serialVersionUID = 1L;
  private final double low;
  private final double high;
  private final double maxShare;

  /** The defaults: [1 %, 3 %], flagged when more than half the notes are outside. */
  public R3LikesPerView() {
    this(0.01, 0.03, 0.5);
  }

  /**
   * @param low lower end of likes / views (&gt; 0)
   * @param high upper end (&gt; low)
   * @param maxShare flag when more than this share of notes is outside, in [0, 1]
   * @throws IllegalArgumentException naming the bad value and its range
   */
  public R3LikesPerView(double low, double high, double maxShare) {
    Args.range("likes / views range", low, high);
    this.low = low;
    this.high = high;
    this.maxShare = Args.fraction("maxShare", maxShare);
  }

  @Override
  public String id() {
    return "R3";
  }

  @Override
  public String name() {
    return "likes-per-view";
  }

  @Override
  public String describe() {
    return "more than " + percent(maxShare) + " of notes with likes outside [" + percent(low) + ", "
        + percent(high) + "] of views";
  }

  @Override
  public List<Flag> check(AuditData d) {
    List<Flag> out = new ArrayList<>();
    // the notes' likes / views in group order: each KOL's notes are adjacent, read in row order
    KolGroups groups = d.noteGroups();
    double[] likesPerView = groups == null ? null
        : groups.gather(Cells.numeric(d.notes(), Metrics.LIKES_PER_VIEW));
    for (int r = 0; r < d.kols().rowCount(); r++) {
      String id = d.kolId(r);
      int g = d.noteGroupOf(r);
      int count = g < 0 ? 0 : groups.count(g);
      if (count == 0) {
        out.add(new Flag(id, label(), Severity.UNKNOWN, "no notes, views unknown", Double.NaN, maxShare));
        continue;
      }
      int known = 0;
      int below = 0;
      int above = 0;
      int worstNote = -1;
      double worstValue = Double.NaN;
      double worst = Double.NaN;
      for (int i = 0; i < count; i++) {
        double lv = likesPerView[groups.start(g) + i];
        if (Double.isNaN(lv)) {
          continue;
        }
        known++;
        if (lv < low || lv > high) {
          if (lv < low) {
            below++;
          } else {
            above++;
          }
          double dist = lv < low ? low / Math.max(lv, 1e-12) : lv / high;
          if (worstNote < 0 || dist > worst) {
            worst = dist;
            worstNote = groups.row(g, i);
            worstValue = lv;
          }
        }
      }
      if (known == 0) {
        out.add(new Flag(id, label(), Severity.UNKNOWN,
            "views unknown on all " + count + (count == 1 ? " note" : " notes"),
            Double.NaN, maxShare));
        continue;
      }
      double share = (double) (below + above) / known;
      if (share > maxShare) {
        String reason = (below + above) + " of " + known + " notes with views (" + percent(share)
            + " > " + percent(maxShare) + ") have likes outside " + percent(low) + "–" + percent(high)
            + " of views: " + below + " below, " + above + " above; furthest: note "
            + (Cells.text(d.notes(), Schema.NOTE_ID, worstNote) + " " + percent(worstValue)).trim();
        out.add(new Flag(id, label(), Severity.WARNING, reason, share, maxShare));
      }
    }
    return out;
  }

  /** The share limit. */
  public double maxShare() {
    return maxShare;
  }
}
