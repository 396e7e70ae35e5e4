package org.kolscope.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kolscope.stats.groups.MannWhitney;

/**
 * {@link Content} on {@code /timing/notes-fixture.csv} (see {@link Timing_ScipyReferenceTest} for
 * how {@code used} and {@code er} are computed) against pandas 1.5.3 / scipy 1.10.1:
 *
 * <pre>
 * img = er[used &amp; (d.content_type == "image")]; vid = er[used &amp; (d.content_type == "video")]
 *                                         # n 205 and 120; medians 0.048514851485148516, 0.06914227243357621
 * stats.mannwhitneyu(vid, img, use_continuity=True, alternative="two-sided", method="asymptotic")
 *                                         # U = 13844.0, p = 0.059014846527093094
 * np.sign(vid[:, None] - img[None, :]).mean()            # Cliff's delta 0.12552845528455284
 * cpe = d.cost_rmb / (d.likes + d.collects + d.comments)
 * cpe[used &amp; (d.content_type == ct) &amp; (d.cost_rmb &gt; 0) &amp; (inter &gt; 0)].median()
 *                                         # image 55 notes 2.751031636863824; video 35 notes 3.42691990090834
 * gif = er[used &amp; (d.cost_rmb == 0)]; paid = er[used &amp; (d.cost_rmb &gt; 0)]
 *                                         # n 45 and 90; medians 0.05625, 0.06926605669529151
 * stats.mannwhitneyu(paid, gif, use_continuity=True, alternative="two-sided", method="asymptotic")
 *                                         # U = 2052.5, p = 0.8997118492603063
 * np.sign(paid[:, None] - gif[None, :]).mean()           # 0.013580246913580247
 * (used &amp; d.cost_rmb.isna()).sum()                       # 190 notes with no cost: no group
 * </pre>
 *
 * Tolerances: counts and U exact; medians rel 1e-15; p rel 1e-9; δ 1e-15.
 */
class Content_ScipyReferenceTest {

  private static void rel(double actual, double expected, double tol) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * tol));
  }

  @Test
  void videoAgainstImage_mannWhitneyCliffAndCost_asScipy() {
    Content.Result r = Content.of(Fixture.notes()).resamples(500).run();
    Content.Comparison c = r.all();
    assertThat(r.groupSource()).isEqualTo("content_type");
    assertThat(c.first().group()).isEqualTo("image");
    assertThat(c.first().n()).isEqualTo(205);
    assertThat(c.second().n()).isEqualTo(120);
    rel(c.first().median(), 0.048514851485148516, 1e-15);
    rel(c.second().median(), 0.06914227243357621, 1e-15);
    assertThat(c.mannWhitney().u()).isEqualTo(13844.0);
    assertThat(c.mannWhitney().method()).isEqualTo(MannWhitney.Method.NORMAL);
    rel(c.mannWhitney().pValue(), 0.059014846527093094, 1e-9);
    assertThat(c.cliffsDelta().delta()).isCloseTo(0.12552845528455284, within(1e-15));
    assertThat(c.first().costed()).isEqualTo(55);
    rel(c.first().costPerInteraction(), 2.751031636863824, 1e-15);
    assertThat(c.second().costed()).isEqualTo(35);
    rel(c.second().costPerInteraction(), 3.42691990090834, 1e-15);
    rel(c.medianRatio(), 0.06914227243357621 / 0.048514851485148516, 1e-15);
    assertThat(r.leftOut()).isEqualTo(new Content.LeftOut(2, 69, 4, 0));
  }

  @Test
  void paidAgainstGifted_fromCost_asScipy() {
    Content.Result r = Content.of(Fixture.notes()).by("cooperation").resamples(500).run();
    Content.Comparison c = r.all();
    assertThat(r.groupSource()).isEqualTo("cost_rmb");
    assertThat(c.first().group()).isEqualTo("gifted");
    assertThat(c.first().n()).isEqualTo(45);
    assertThat(c.second().n()).isEqualTo(90);
    rel(c.first().median(), 0.05625, 1e-15);
    rel(c.second().median(), 0.06926605669529151, 1e-15);
    assertThat(c.mannWhitney().u()).isEqualTo(2052.5);
    rel(c.mannWhitney().pValue(), 0.8997118492603063, 1e-9);
    assertThat(c.cliffsDelta().delta()).isCloseTo(0.013580246913580247, within(1e-15));
    assertThat(c.first().costed()).isZero();
    assertThat(c.first().costPerInteraction()).isNaN();
    assertThat(r.leftOut().noGroup()).isEqualTo(190);
    assertThat(r.notes()).anyMatch(n -> n.contains("190 notes in neither group"));
  }

  /**
   * Per KOL: each KOL's median in each group ({@code u.groupby(["content_type", "kol_id"]).er
   * .median()}, u = the used notes): 40 KOLs with images, 37 with videos, medians
   * 0.04956201902518498 and 0.07062951743994242; tie-free and both under 50, so the exact p
   * (R's rule): {@code stats.mannwhitneyu(vid, img, method="exact")} U = 985, p =
   * 0.012096601081307922; δ = 0.3310810810810811.
   */
  @Test
  void perKol_oneMedianPerKol_exactMannWhitney_asScipy() {
    Content.Result r = Content.of(Fixture.notes()).perKol(true).resamples(500).run();
    Content.Comparison c = r.all();
    assertThat(r.unit()).isEqualTo("kol");
    assertThat(c.first().n()).isEqualTo(40);
    assertThat(c.second().n()).isEqualTo(37);
    rel(c.first().median(), 0.04956201902518498, 1e-15);
    rel(c.second().median(), 0.07062951743994242, 1e-15);
    assertThat(c.mannWhitney().method()).isEqualTo(MannWhitney.Method.EXACT);
    assertThat(c.mannWhitney().u()).isEqualTo(985.0);
    rel(c.mannWhitney().pValue(), 0.012096601081307922, 1e-9);
    assertThat(c.cliffsDelta().delta()).isCloseTo(0.3310810810810811, within(1e-15));
    assertThat(r.toString()).contains("one value per KOL: its median");
  }
}
