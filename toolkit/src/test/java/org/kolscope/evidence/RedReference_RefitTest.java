package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kolscope.RealData;
import org.kolscope.SharedFiles;
import org.kolscope.io.AccountsFromPosts;
import org.kolscope.io.KolData;
import org.kolscope.io.KolGroups;
import tech.tablesaw.api.Table;

/**
 * The curves kept in {@link RedReference} are what {@link ExpectationModel} fits on the real 2018
 * RED sample today: refitted here, they agree within 0.005 (log10 units) at every kept point, so a
 * change to the model or the signals that moves them fails until the reference is regenerated.
 */
@RealData
class RedReference_RefitTest {
  private static ExpectationModel refit() {
    Table notes = KolData.loader().map("id", "note_id").map("user_id", "kol_id")
        .map("stars", "collects").map("fans", "followers").map("collect", "likes_and_collects")
        .read(SharedFiles.realData("kaito-xiaohongshu-notes-2018.csv")).table();
    KolGroups g = KolGroups.of(notes);
    Table kols = AccountsFromPosts.derive(notes, g);
    double[] x = new double[kols.rowCount()];
    for (int k = 0; k < x.length; k++) {
      double f = kols.numberColumn("followers").getDouble(k);
      x[k] = f > 0 ? Math.log10(f) : Double.NaN;
    }
    return ExpectationModel.fit(SignalValues.of(kols, notes, g), x);
  }

  private static ExpectationModel model;

  @ParameterizedTest
  @EnumSource(value = Signal.class, names = {"ENGAGEMENT", "LIFETIME", "NOTES_PER_FOLLOWER",
      "COMMENTS_PER_LIKE", "COLLECTS_PER_LIKE"})
  void keptCurve_matchesAFreshFit(Signal s) {
    if (model == null) {
      model = refit();
    }
    ReferenceCurve kept = RedReference.of(s);
    SignalFit fresh = model.fit(s);
    assertThat(fresh.n()).isEqualTo(kept.n());
    for (double[] p : kept.points()) {
      assertThat(fresh.fit().centre(p[0])).as("%s centre at %s", s, p[0]).isCloseTo(p[1], within(0.005));
      assertThat(fresh.spread(p[0])).as("%s spread at %s", s, p[0]).isCloseTo(p[2], within(0.005));
    }
  }
}
