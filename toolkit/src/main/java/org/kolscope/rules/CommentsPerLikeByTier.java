package org.kolscope.rules;

import static org.kolscope.core.Numbers.readable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kolscope.core.Cells;
import org.kolscope.metrics.KolAggregates;
import tech.tablesaw.api.NumericColumn;
import org.kolscope.core.Numbers;

/**
 * Shared by {@link R4LowComments} and {@link R7CommentFarm}: each KOL's Σ comments / Σ likes over
 * its notes, judged against its tier's {@link TierFences}. A KOL is eligible when its notes have at
 * least {@code minLikes} likes in all (fewer make the ratio noise); a tier gets fences when it has
 * at least {@code minTierSize} eligible KOLs with a ratio &gt; 0.
 */
final class CommentsPerLikeByTier {
  /** Per KOL row: a verdict input — the value and fences, or why it cannot be judged. */
  record Judged(int row, double value, double totalLikes, TierFences fences, String unknown) {
    /** E.g. {@code Σ comments / Σ likes = 0.25 (25 comments on 100 likes)}. */
    String measured() {
      return KolAggregates.POOLED_COMMENTS_PER_LIKE + " = " + readable(value) + " ("
          + readable(Math.round(value * totalLikes)) + " comments on " + readable(totalLikes) + " likes)";
    }
  }

  private CommentsPerLikeByTier() {}

  static List<Judged> judge(AuditData d, double minLikes, int minTierSize, double k) {
    List<Judged> out = new ArrayList<>();
    // columns looked up once, cells read per KOL
    NumericColumn<?> pooledColumn = d.kolColumn(KolAggregates.POOLED_COMMENTS_PER_LIKE);
    NumericColumn<?> likesColumn = d.kolColumn(KolAggregates.TOTAL_LIKES);
    NumericColumn<?> notesColumn = d.kolColumn(KolAggregates.NOTES_IN_SAMPLE);
    for (Map.Entry<String, List<Integer>> e : d.rowsByTier().entrySet()) {
      List<Integer> eligible = new ArrayList<>();
      for (int r : e.getValue()) {
        double v = Cells.number(pooledColumn, r);
        double likes = Cells.number(likesColumn, r);
        double notes = Cells.number(notesColumn, r);
        if (!d.hasNotes() || Double.isNaN(notes) || notes == 0) {
          out.add(new Judged(r, Double.NaN, Double.NaN, null, "no notes"));
        } else if (Double.isNaN(v) && !(likes == 0)) {
          out.add(new Judged(r, Double.NaN, likes, null, "comments or likes unknown"));
        } else if (!(likes >= minLikes) || likes == 0) {
          out.add(new Judged(r, v, likes, null,
              "only " + readable(likes) + " likes in its notes; need " + readable(minLikes)
                  + " to judge comments / likes"));
        } else {
          eligible.add(r);
        }
      }
      double[] values = eligible.stream().mapToDouble(r -> Cells.number(pooledColumn, r)).toArray();
      long positive = java.util.Arrays.stream(values).filter(x -> x > 0).count();
      TierFences f = positive >= minTierSize ? TierFences.of(e.getKey(), values, k) : null;
      for (int r : eligible) {
        double v = Cells.number(pooledColumn, r);
        double likes = Cells.number(likesColumn, r);
        out.add(f != null ? new Judged(r, v, likes, f, null)
            : new Judged(r, v, likes, null, "tier " + e.getKey() + " has " + positive
                + " KOLs with ≥ " + readable(minLikes) + " likes and some comments; need "
                + minTierSize + " for its fences"));
      }
    }
    for (int r : d.untiered()) {
      out.add(new Judged(r, Double.NaN, Double.NaN, null, "followers unknown, no tier"));
    }
    return out;
  }
}
