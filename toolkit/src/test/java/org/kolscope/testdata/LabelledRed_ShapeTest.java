package org.kolscope.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

/**
 * The honest population against what real RED data shows. Reference numbers were measured on
 * {@code shared/data/real/kaito-xiaohongshu-notes-2018.csv} (1,939 notes, 1,722 authors; commands
 * in docs/dev-notes/labelled-generators.md) and are written here as constants, so this test does
 * not need the file.
 *
 * <p>Tolerance: a factor 1.5 on medians. The real medians' own 95 % bootstrap intervals are up to
 * ±40 % wide (50k–500k engagement 0.0082–0.0157; ≥500k lcpf 0.30–0.43 on 43 authors), and this
 * generator deliberately does not reproduce the real feed's follower mix, so a tighter match would
 * be fitting noise. The one exception is the &lt;5k per-note engagement median (factor 2.5): real
 * engagement falls 4× inside that tier (0.24 at 10–100 followers, 0.066 at 1k–5k) and the real
 * tier median (0.24) is that of a note feed whose median small author has 30 followers; this
 * generator's small accounts are larger. The half-decade-band comparison, which does not depend on
 * the mix, holds at 1.5 in every band including the small ones.
 */
class LabelledRed_ShapeTest {

  private static final LabelledRed RED = LabelledRed.builder().accounts(15000).seed(11).build();
  private static final Table A = RED.accounts();
  private static final Table N = RED.notes();
  private static final Map<String, List<Integer>> NOTES_OF = Samples.byKol(N);
  private static final List<Integer> HONEST = new ArrayList<>();

  static {
    for (int a = 0; a < A.rowCount(); a++) {
      if (A.stringColumn(Truth.COLUMN).get(a).equals("honest")) {
        HONEST.add(a);
      }
    }
  }

  /** Real tier medians: lifetime likes+collects / followers (per author). */
  static final double[] REAL_TIER_LCPF = {3.98, 2.29, 0.70, 0.39};
  /** Real tier medians: (likes+collects+comments) / followers per note. */
  static final double[] REAL_TIER_ENGAGEMENT = {0.238, 0.0242, 0.0117, 0.00095};
  /** Follower bands [10, 100, 1k, 5k, 50k, 500k, 5·10⁷). */
  static final double[] BANDS = {10, 100, 1000, 5000, 50_000, 500_000, 5e7};
  static final double[] REAL_BAND_ENGAGEMENT = {0.2424, 0.0891, 0.0662, 0.0242, 0.0117, 0.0010};
  static final double[] REAL_BAND_LCPF = {4.00, 5.59, 3.75, 2.29, 0.70, 0.39};

  private static String kol(int a) {
    return A.stringColumn(Schema.KOL_ID).get(a);
  }

  private static long followers(int a) {
    return A.longColumn(Schema.FOLLOWERS).getLong(a);
  }

  private static long n(String col, int r) {
    return N.longColumn(col).getLong(r);
  }

  /** Engagement per follower of an account's latest note (real feeds hold ≈1 note per author). */
  private static double latestEngagement(int a) {
    List<Integer> rows = NOTES_OF.get(kol(a));
    int r = rows.get(rows.size() - 1);
    return (n(Schema.LIKES, r) + n(Schema.COLLECTS, r) + n(Schema.COMMENTS, r))
        / (double) followers(a);
  }

  private static double lcpf(int a) {
    return A.longColumn(Schema.LIKES_AND_COLLECTS).getLong(a) / (double) followers(a);
  }

  private static void assertWithinFactor(String what, double actual, double expected, double f) {
    assertThat(actual).as(what + " (real " + expected + ")")
        .isBetween(expected / f, expected * f);
  }

  @Test
  void tierMedians_ofLifetimeLikesAndCollectsPerFollower_nearRealRed() {
    for (int t = 0; t < 4; t++) {
      List<Double> v = new ArrayList<>();
      for (int a : HONEST) {
        if (Samples.tier(followers(a)) == t) {
          v.add(lcpf(a));
        }
      }
      assertWithinFactor("tier " + t + " lcpf", Samples.median(v), REAL_TIER_LCPF[t], 1.5);
    }
  }

  @Test
  void tierMedians_ofPerNoteEngagement_nearRealRed() {
    for (int t = 0; t < 4; t++) {
      List<Double> v = new ArrayList<>();
      for (int a : HONEST) {
        if (Samples.tier(followers(a)) == t) {
          v.add(latestEngagement(a));
        }
      }
      assertWithinFactor("tier " + t + " engagement", Samples.median(v),
          REAL_TIER_ENGAGEMENT[t], t == 0 ? 2.5 : 1.5);
    }
  }

  @Test
  void bandMedians_nearRealRed_andEngagementFallsContinuously() {
    for (int b = 0; b < 6; b++) {
      List<Double> e = new ArrayList<>(), l = new ArrayList<>();
      for (int a : HONEST) {
        if (followers(a) >= BANDS[b] && followers(a) < BANDS[b + 1]) {
          e.add(latestEngagement(a));
          l.add(lcpf(a));
        }
      }
      assertThat(e.size()).as("accounts in band " + b).isGreaterThan(300);
      assertWithinFactor("band " + b + " engagement", Samples.median(e),
          REAL_BAND_ENGAGEMENT[b], 1.5);
      assertWithinFactor("band " + b + " lcpf", Samples.median(l), REAL_BAND_LCPF[b], 1.5);
    }
    // no tier steps: inside 5k–50k, the lower part engages clearly more than the upper part
    List<Double> low = new ArrayList<>(), high = new ArrayList<>();
    for (int a : HONEST) {
      long f = followers(a);
      if (f >= 5000 && f < 12_000) {
        low.add(latestEngagement(a));
      } else if (f >= 25_000 && f < 50_000) {
        high.add(latestEngagement(a));
      }
    }
    assertThat(Samples.median(low) / Samples.median(high)).isGreaterThan(1.5);
  }

  /** 24/36/34/6 % by tier (more mid-size accounts than data/'s 22/45/28/5), Benford-like. */
  @Test
  void followers_tiersAndFirstDigits() {
    int[] tiers = new int[4];
    int[] digits = new int[10];
    for (long f : RED.organicTwin().accounts().longColumn(Schema.FOLLOWERS).asLongArray()) {
      tiers[Samples.tier(f)]++;
      digits[Long.toString(f).charAt(0) - '0']++;
    }
    double total = A.rowCount();
    assertThat(tiers[0] / total).isBetween(0.20, 0.28);
    assertThat(tiers[1] / total).isBetween(0.31, 0.41);
    assertThat(tiers[2] / total).isBetween(0.30, 0.38);
    assertThat(tiers[3] / total).isBetween(0.045, 0.08);
    double mad = 0;
    for (int d = 1; d <= 9; d++) {
      mad += Math.abs(digits[d] / total - Math.log10(1 + 1.0 / d)) / 9;
    }
    assertThat(mad).as("first-digit MAD vs Benford").isLessThan(0.006);
  }

  /** Field guide: likes are usually 1–3 % of views; here ≈90 % of notes with ≥ 100 likes. */
  @Test
  void likesPerView_mostlyOneToThreePercent() {
    List<Double> v = new ArrayList<>();
    for (int a : HONEST) {
      for (int r : NOTES_OF.get(kol(a))) {
        if (!N.longColumn(Schema.VIEWS).isMissing(r) && n(Schema.LIKES, r) >= 100) {
          v.add(n(Schema.LIKES, r) / (double) n(Schema.VIEWS, r));
        }
      }
    }
    assertThat(v.size()).isGreaterThan(5000);
    long inBand = v.stream().filter(x -> x >= 0.01 && x <= 0.03).count();
    assertThat(inBand / (double) v.size()).isBetween(0.8, 0.97);
    assertThat(Samples.median(v)).isBetween(0.014, 0.022);
  }

  /**
   * Comments/likes and collects/likes: centred like the real feed (0.13 and 0.62) and the field
   * guide (5–15 %), with real-like spread (real 5–95 %: comments 0.010–0.52, collects 0.10–3.8).
   */
  @Test
  void commentAndCollectRatios_realisticCentreAndSpread() {
    List<Double> cl = new ArrayList<>(), sl = new ArrayList<>();
    for (int a : HONEST) {
      for (int r : NOTES_OF.get(kol(a))) {
        long likes = n(Schema.LIKES, r);
        if (likes >= 50) {
          cl.add(n(Schema.COMMENTS, r) / (double) likes);
          sl.add(n(Schema.COLLECTS, r) / (double) likes);
        }
      }
    }
    assertThat(Samples.median(cl)).isBetween(0.07, 0.13);
    assertThat(Samples.quantile(cl, 0.05)).isLessThan(0.04);
    assertThat(Samples.quantile(cl, 0.95)).isGreaterThan(0.2);
    long fiveToFifteen = cl.stream().filter(x -> x >= 0.05 && x <= 0.15).count();
    assertThat(fiveToFifteen / (double) cl.size()).isBetween(0.45, 0.8);
    assertThat(Samples.median(sl)).isBetween(0.45, 0.85);
    assertThat(Samples.quantile(sl, 0.95) / Samples.quantile(sl, 0.05)).isGreaterThan(8);
  }

  /**
   * Note-to-note dispersion inside an account like the real one (sd of log likes 0.54 median over
   * real authors with ≥ 3 notes; 0.64 pooled), with heavier-than-log-normal tails.
   */
  @Test
  void withinAccountDispersion_realistic_andHeavyTailed() {
    List<Double> sds = new ArrayList<>();
    List<Double> residuals = new ArrayList<>();
    for (int a : HONEST) {
      List<Integer> rows = NOTES_OF.get(kol(a));
      List<Double> logs = new ArrayList<>();
      boolean big = true;
      for (int r : rows) {
        long likes = n(Schema.LIKES, r);
        big &= likes >= 30;
        if (likes > 0) {
          logs.add(Math.log(likes));
        }
      }
      if (logs.size() >= 3) {
        sds.add(Samples.sd(logs));
      }
      if (big && logs.size() >= 8) {
        double m = Samples.median(logs);
        logs.forEach(x -> residuals.add(x - m));
      }
    }
    assertThat(Samples.median(sds)).isBetween(0.45, 0.85);
    assertThat(residuals.size()).isGreaterThan(10_000);
    assertThat(Samples.excessKurtosis(residuals)).as("excess kurtosis").isGreaterThan(1.0);
  }

  /**
   * Content quality moves likes, reach and comments together: across honest accounts of similar
   * size, per-follower likes, views and comments are strongly correlated, and lifetime
   * likes+collects follow the latest note's engagement only loosely (real, size removed, one
   * note per author: 0.28 over all sizes, 0.14 from 5k followers).
   */
  @Test
  void contentQuality_correlatesTheSignals() {
    List<Double> likes = new ArrayList<>(), views = new ArrayList<>();
    List<Double> likes2 = new ArrayList<>(), comments = new ArrayList<>();
    List<Double> er = new ArrayList<>(), life = new ArrayList<>();
    for (int a : HONEST) {
      List<Integer> rows = NOTES_OF.get(kol(a));
      long f = followers(a);
      if (rows.size() < 5 || f < 5000 || lcpf(a) == 0) {
        continue;
      }
      double expected = Math.log(LabelledRed.ENGAGEMENT.at(f));
      List<Double> l = new ArrayList<>(), v = new ArrayList<>(), c = new ArrayList<>();
      for (int r : rows) {
        l.add((double) n(Schema.LIKES, r));
        c.add((double) n(Schema.COMMENTS, r));
        if (!N.longColumn(Schema.VIEWS).isMissing(r)) {
          v.add((double) n(Schema.VIEWS, r));
        }
      }
      if (Samples.median(l) == 0) {
        continue;
      }
      double ml = Math.log(Samples.median(l) / f) - expected;
      if (!v.isEmpty()) {
        likes.add(ml);
        views.add(Math.log(Samples.median(v) / f) - expected);
      }
      if (Samples.median(c) > 0) {
        likes2.add(ml);
        comments.add(Math.log(Samples.median(c) / f) - expected);
      }
      if (latestEngagement(a) > 0) {
        er.add(Math.log(latestEngagement(a)) - expected);
        life.add(Math.log(lcpf(a) / LabelledRed.LIFETIME.at(f)));
      }
    }
    assertThat(Samples.correlation(likes, views)).isGreaterThan(0.6);
    assertThat(Samples.correlation(likes2, comments)).isGreaterThan(0.6);
    assertThat(Samples.correlation(er, life)).as("lifetime vs latest note").isBetween(0.1, 0.45);
  }

  @Test
  void categories_differ_collectHeavyAndCommentHeavy() {
    Map<String, String> category = new HashMap<>();
    for (int a : HONEST) {
      category.put(kol(a), A.stringColumn(Schema.CATEGORY).get(a));
    }
    Map<String, List<Double>> collects = new HashMap<>(), comments = new HashMap<>();
    for (int r = 0; r < N.rowCount(); r++) {
      String c = category.get(N.stringColumn(Schema.KOL_ID).get(r));
      long likes = n(Schema.LIKES, r);
      if (c != null && likes >= 50) {
        collects.computeIfAbsent(c, k -> new ArrayList<>()).add(n(Schema.COLLECTS, r) / (double) likes);
        comments.computeIfAbsent(c, k -> new ArrayList<>()).add(n(Schema.COMMENTS, r) / (double) likes);
      }
    }
    assertThat(collects.keySet()).hasSize(LabelledRed.CATEGORIES.size());
    assertThat(Samples.median(collects.get("家居")))
        .isGreaterThan(1.6 * Samples.median(collects.get("穿搭")));
    assertThat(Samples.median(collects.get("美食")))
        .isGreaterThan(1.6 * Samples.median(collects.get("情感")));
    assertThat(Samples.median(comments.get("母婴")))
        .isGreaterThan(2 * Samples.median(comments.get("家居")));
    assertThat(Samples.median(comments.get("情感")))
        .isGreaterThan(2 * Samples.median(comments.get("穿搭")));
  }

  @Test
  void videoNotes_reachMore_collectLess_commentMore() {
    Map<String, List<Double>> collects = new HashMap<>(), comments = new HashMap<>(),
        viewsPerLike = new HashMap<>();
    for (int a : HONEST) {
      for (int r : NOTES_OF.get(kol(a))) {
        long likes = n(Schema.LIKES, r);
        if (likes < 50) {
          continue;
        }
        String type = N.stringColumn(Schema.CONTENT_TYPE).get(r);
        collects.computeIfAbsent(type, k -> new ArrayList<>()).add(n(Schema.COLLECTS, r) / (double) likes);
        comments.computeIfAbsent(type, k -> new ArrayList<>()).add(n(Schema.COMMENTS, r) / (double) likes);
        if (!N.longColumn(Schema.VIEWS).isMissing(r)) {
          viewsPerLike.computeIfAbsent(type, k -> new ArrayList<>()).add(n(Schema.VIEWS, r) / (double) likes);
        }
      }
    }
    double collectRatio = Samples.median(collects.get("video")) / Samples.median(collects.get("image"));
    double commentRatio = Samples.median(comments.get("video")) / Samples.median(comments.get("image"));
    double reachRatio =
        Samples.median(viewsPerLike.get("video")) / Samples.median(viewsPerLike.get("image"));
    assertThat(collectRatio).isBetween(0.55, 0.85);
    assertThat(commentRatio).isBetween(1.05, 1.4);
    assertThat(reachRatio).isBetween(1.15, 1.6);
  }

  /**
   * Honest confounders exist: viral hits (one note far above the account's median) and giveaways
   * (comments ≥ 40 % of likes on one note), both labelled honest.
   */
  @Test
  void honestConfounders_viralHitsAndGiveaways() {
    Set<Integer> honest = new HashSet<>(HONEST);
    int eligible = 0, spiky = 0, viralRecorded = 0, viralBig = 0, give = 0, giveHigh = 0;
    for (int a = 0; a < A.rowCount(); a++) {
      LabelledRed.Manipulation m = RED.records().get(a);
      if (!honest.contains(a)) {
        continue;
      }
      List<Integer> rows = NOTES_OF.get(kol(a));
      List<Double> likes = new ArrayList<>();
      rows.forEach(r -> likes.add((double) n(Schema.LIKES, r)));
      double median = Samples.median(likes);
      if (rows.size() >= 4 && median >= 10) {
        eligible++;
        spiky += likes.stream().mapToDouble(x -> x).max().orElseThrow() >= 10 * median ? 1 : 0;
        for (int r : rows) {
          if (m.viralNotes().contains(N.stringColumn(Schema.NOTE_ID).get(r))) {
            viralRecorded++;
            viralBig += n(Schema.LIKES, r) >= 4 * median ? 1 : 0;
          }
        }
      }
      for (int r : rows) {
        if (m.giveawayNotes().contains(N.stringColumn(Schema.NOTE_ID).get(r))
            && n(Schema.LIKES, r) >= 30) {
          give++;
          giveHigh += n(Schema.COMMENTS, r) >= 0.4 * n(Schema.LIKES, r) ? 1 : 0;
        }
      }
    }
    assertThat(spiky / (double) eligible).as("honest accounts with a ≥10× note").isBetween(0.08, 0.3);
    assertThat(viralRecorded / (double) eligible).isBetween(0.09, 0.15);
    assertThat(viralBig / (double) viralRecorded).isGreaterThan(0.8);
    assertThat(give).isGreaterThan(100);
    assertThat(giveHigh / (double) give).isGreaterThan(0.7);
  }
}
