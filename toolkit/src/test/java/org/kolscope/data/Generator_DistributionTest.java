package org.kolscope.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** The default data set looks like the real RED figures in docs/domain.md. */
class Generator_DistributionTest {

  private static final Table ACCOUNTS = Fixture.DEFAULT.accounts();
  private static final Table NOTES = Fixture.DEFAULT.notes();
  private static final Table CLEAN_ACCOUNTS = Fixture.labelled(ACCOUNTS, Anomaly.NONE);
  private static final Table CLEAN_NOTES = Fixture.labelled(NOTES, Anomaly.NONE);

  @Test
  void columns_areCanonicalPlusAnomaly_withSchemaTypes() {
    List<String> a = new ArrayList<>(Schema.ACCOUNT_COLUMNS);
    a.add(Generator.ANOMALY);
    List<String> n = new ArrayList<>(Schema.POST_COLUMNS);
    n.add(Generator.ANOMALY);
    assertThat(ACCOUNTS.columnNames()).isEqualTo(a);
    assertThat(NOTES.columnNames()).isEqualTo(n);
    for (Table t : List.of(ACCOUNTS, NOTES)) {
      for (String c : t.columnNames()) {
        ColumnType expected = Schema.TYPES.getOrDefault(c, ColumnType.STRING);
        assertThat(t.column(c).type()).as(c).isEqualTo(expected);
      }
    }
  }

  @Test
  void size_isTwoThousandAccountsAndAboutFortyThousandNotes() {
    assertThat(ACCOUNTS.rowCount()).isEqualTo(2000);
    assertThat(NOTES.rowCount()).isBetween(36_000, 44_000);
  }

  /**
   * Organic followers are log-normal: log10 F ~ N(4.3, 0.8²) truncated to [100, 3·10⁷]. Expected
   * tier shares from the normal CDF (scipy: norm.cdf(log10(5000), 4.3, 0.8) = 0.2262,
   * norm.cdf(log10(50000), 4.3, 0.8) = 0.6910, norm.cdf(log10(500000), 4.3, 0.8) = 0.9598);
   * tolerance 0.04 ≈ 4 binomial standard errors at n ≈ 1,800.
   */
  @Test
  void tierMix_ofCleanAccounts_followsTheLogNormal() {
    NormalDistribution z = NormalDistribution.of(4.3, 0.8);
    double lo = z.cumulativeProbability(2);
    double hi = z.cumulativeProbability(Math.log10(3e7));
    long[] bounds = Tiers.RED.bounds();
    double[] cdf = new double[bounds.length + 2];
    cdf[0] = 0;
    for (int i = 0; i < bounds.length; i++) {
      cdf[i + 1] = (z.cumulativeProbability(Math.log10(bounds[i])) - lo) / (hi - lo);
    }
    cdf[bounds.length + 1] = 1;
    int[] count = new int[Tiers.RED.size()];
    for (long f : CLEAN_ACCOUNTS.longColumn(Schema.FOLLOWERS).asLongArray()) {
      count[Tiers.RED.index(f)]++;
    }
    for (int t = 0; t < count.length; t++) {
      double share = count[t] / (double) CLEAN_ACCOUNTS.rowCount();
      assertThat(share)
          .as("share of tier %s", Tiers.RED.labels().get(t))
          .isCloseTo(cdf[t + 1] - cdf[t], Offset.offset(0.04));
    }
  }

  /**
   * Median lifetime likes_and_collects ÷ followers per tier on real RED data (docs/domain.md: ≈4.0,
   * 2.3, 0.7, 0.4). Tolerance: the log of the sample median within 4 standard errors, se =
   * 1.2533·σ/√n (asymptotic SE of a median of a normal), σ = 1.29, 1.0, 0.8, 0.557.
   */
  @ParameterizedTest(name = "tier {0}: median ratio ≈ {1}")
  @CsvSource({"0, 4.0, 1.29", "1, 2.3, 1.0", "2, 0.7, 0.8", "3, 0.4, 0.557"})
  void likesAndCollectsPerFollower_medianPerTier_matchesRealRed(
      int tier, double target, double sigma) {
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < CLEAN_ACCOUNTS.rowCount(); r++) {
      long f = CLEAN_ACCOUNTS.longColumn(Schema.FOLLOWERS).getLong(r);
      if (Tiers.RED.index(f) == tier) {
        ratios.add(CLEAN_ACCOUNTS.longColumn(Schema.LIKES_AND_COLLECTS).getLong(r) / (double) f);
      }
    }
    double median = Quantiles.median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
    double se = 1.2533 * sigma / Math.sqrt(ratios.size());
    assertThat(Math.abs(Math.log(median / target))).as("median %s", median).isLessThan(4 * se);
  }

  /** "95 % of 头部 below 1" (docs/domain.md); tolerance: at least 90 % of ≈90 clean accounts. */
  @Test
  void topTier_likesAndCollectsMostlyBelowFollowers() {
    Table top =
        CLEAN_ACCOUNTS.where(
            CLEAN_ACCOUNTS.longColumn(Schema.FOLLOWERS).isGreaterThanOrEqualTo(500_000));
    long below =
        top.stream()
            .filter(r -> r.getLong(Schema.LIKES_AND_COLLECTS) < r.getLong(Schema.FOLLOWERS))
            .count();
    assertThat(below / (double) top.rowCount()).isGreaterThanOrEqualTo(0.90);
  }

  /**
   * Median per-note engagement rate (likes + collects + comments) ÷ followers per tier on real RED
   * data (docs/domain.md: ≈0.24, 0.024, 0.012, 0.001), within 25 % (notes of one author are
   * correlated, so the effective sample is the ≈100–900 accounts of a tier).
   */
  @ParameterizedTest(name = "tier {0}: median engagement ≈ {1}")
  @CsvSource({"0, 0.24", "1, 0.024", "2, 0.012", "3, 0.001"})
  void engagementRate_medianPerTier_fallsWithFollowersAsOnRealRed(int tier, double target) {
    List<Double> rates = new ArrayList<>();
    CLEAN_NOTES.forEach(
        r -> {
          long f = r.getLong(Schema.FOLLOWERS);
          if (Tiers.RED.index(f) == tier) {
            rates.add(
                (r.getLong(Schema.LIKES) + r.getLong(Schema.COLLECTS) + r.getLong(Schema.COMMENTS))
                    / (double) f);
          }
        });
    double median = Quantiles.median(rates.stream().mapToDouble(Double::doubleValue).toArray());
    assertThat(median).isBetween(target * 0.75, target * 1.25);
  }

  /** Field guide: likes are usually 1–3 % of views. At least 90 % of clean notes (likes ≥ 100). */
  @Test
  void likesPerView_ofCleanNotes_mostlyOneToThreePercent() {
    double[] share = shareInBand(Schema.LIKES, Schema.VIEWS, 100, 0.01, 0.03);
    assertThat(share[1]).isGreaterThan(10_000);
    assertThat(share[0]).isGreaterThanOrEqualTo(0.9);
  }

  /** Comments about 5–15 % of likes: at least 90 % of clean notes with likes ≥ 200. */
  @Test
  void commentsPerLike_ofCleanNotes_mostlyFiveToFifteenPercent() {
    double[] share = shareInBand(Schema.COMMENTS, Schema.LIKES, 200, 0.05, 0.15);
    assertThat(share[1]).isGreaterThan(5_000);
    assertThat(share[0]).isGreaterThanOrEqualTo(0.9);
  }

  /**
   * Among clean notes with at least {@code minLikes} likes and both columns present: the share
   * whose {@code num / den} lies in [lo, hi], and how many notes were counted.
   */
  private static double[] shareInBand(String num, String den, long minLikes, double lo, double hi) {
    int n = 0;
    int inside = 0;
    for (int r = 0; r < CLEAN_NOTES.rowCount(); r++) {
      if (CLEAN_NOTES.longColumn(Schema.LIKES).getLong(r) < minLikes
          || CLEAN_NOTES.longColumn(den).isMissing(r)) {
        continue;
      }
      double rate =
          CLEAN_NOTES.longColumn(num).getLong(r) / (double) CLEAN_NOTES.longColumn(den).getLong(r);
      n++;
      inside += rate >= lo && rate <= hi ? 1 : 0;
    }
    return new double[] {inside / (double) n, n};
  }

  /** Collects are a substantial share of likes on RED; shares are rarer than comments. */
  @Test
  void collectsAndShares_relativeToLikes() {
    Table busy =
        CLEAN_NOTES.where(CLEAN_NOTES.longColumn(Schema.LIKES).isGreaterThanOrEqualTo(100));
    double[] collects = new double[busy.rowCount()];
    double[] shares = new double[busy.rowCount()];
    for (int r = 0; r < busy.rowCount(); r++) {
      double likes = busy.longColumn(Schema.LIKES).getLong(r);
      collects[r] = busy.longColumn(Schema.COLLECTS).getLong(r) / likes;
      shares[r] = busy.longColumn(Schema.SHARES).getLong(r) / likes;
    }
    assertThat(Quantiles.median(collects)).isBetween(0.3, 0.8);
    assertThat(Quantiles.median(shares)).isBetween(0.02, 0.08);
  }

  /**
   * Benford's law holds for real RED follower counts (docs/domain.md, first-digit MAD ≈ 0.003);
   * here the first-digit MAD of all accounts must be within Nigrini's close conformity (≤ 0.006).
   */
  @Test
  void followers_firstDigits_conformToBenford() {
    long[] f = ACCOUNTS.longColumn(Schema.FOLLOWERS).asLongArray();
    double[] observed = new double[10];
    for (long v : f) {
      observed[Long.toString(v).charAt(0) - '0'] += 1.0 / f.length;
    }
    double mad = 0;
    for (int d = 1; d <= 9; d++) {
      mad += Math.abs(observed[d] - Math.log10(1 + 1.0 / d)) / 9;
    }
    assertThat(mad).isLessThanOrEqualTo(0.006);
  }

  /** Field guide: 500–8,000 RMB per note is typical, above 10,000 for the top. */
  @Test
  void prices_byTier_typicalRangeAndTopAboveTenThousand() {
    double[][] byTier = new double[4][];
    for (int t = 0; t < 4; t++) {
      int tier = t;
      byTier[t] =
          ACCOUNTS.stream()
              .filter(r -> Tiers.RED.index(r.getLong(Schema.FOLLOWERS)) == tier)
              .mapToDouble(r -> r.getDouble(Schema.PRICE_RMB))
              .toArray();
    }
    assertThat(Quantiles.median(byTier[0])).isBetween(200.0, 1000.0);
    assertThat(Quantiles.median(byTier[1])).isBetween(500.0, 8000.0);
    assertThat(Quantiles.median(byTier[2])).isBetween(500.0, 10000.0);
    assertThat(Quantiles.median(byTier[3])).isGreaterThan(10000.0);
    assertThat(ACCOUNTS.doubleColumn(Schema.PRICE_RMB).min()).isGreaterThanOrEqualTo(200.0);
  }

  @Test
  void categoricalColumns_holdOnlyTheDocumentedValues() {
    assertThat(ACCOUNTS.stringColumn(Schema.PLATFORM).unique().asList())
        .containsExactly("xiaohongshu");
    assertThat(ACCOUNTS.stringColumn(Schema.COOPERATION).unique().asList())
        .containsExactlyInAnyOrder("paid", "gifted");
    assertThat(NOTES.stringColumn(Schema.CONTENT_TYPE).unique().asList())
        .containsExactlyInAnyOrder("image", "video");
    assertThat(ACCOUNTS.stringColumn(Schema.CATEGORY).unique().asList())
        .contains("美妆", "护肤", "时尚", "美食", "旅行", "母婴", "健身");
    assertThat(ACCOUNTS.stringColumn(Schema.NAME).asList()).contains(Names.HTML_NAME);
    assertThat(ACCOUNTS.stringColumn(Schema.NAME).asList())
        .anyMatch(s -> s.codePoints().anyMatch(Character::isSupplementaryCodePoint))
        .anyMatch(s -> s.contains(","));
  }

  @Test
  void ids_areUniqueAndEveryNoteHasItsAccount() {
    Set<String> kols = new HashSet<>(ACCOUNTS.stringColumn(Schema.KOL_ID).asList());
    assertThat(kols).hasSize(ACCOUNTS.rowCount());
    assertThat(new HashSet<>(NOTES.stringColumn(Schema.NOTE_ID).asList()))
        .hasSize(NOTES.rowCount());
    assertThat(kols).containsAll(NOTES.stringColumn(Schema.KOL_ID).asList());
    assertThat(NOTES.stringColumn(Schema.NOTE_ID).asList())
        .allMatch(s -> s.matches("[0-9a-f]{24}"));
  }

  /**
   * Ids are ObjectId-like: the first 8 hex digits are the Unix second of the note's publication
   * (Beijing time, UTC+8) or of the account's creation, which precedes its notes by ≥ 30 days.
   */
  @Test
  void ids_encodeTimes_accountCreatedBeforeItsNotes() {
    Map<String, Long> created = new java.util.HashMap<>();
    ACCOUNTS.forEach(
        r ->
            created.put(
                r.getString(Schema.KOL_ID),
                Long.parseLong(r.getString(Schema.KOL_ID).substring(0, 8), 16)));
    NOTES.forEach(
        r -> {
          long at =
              r.getDateTime(Schema.PUBLISHED_AT).toEpochSecond(java.time.ZoneOffset.ofHours(8));
          assertThat(Long.parseLong(r.getString(Schema.NOTE_ID).substring(0, 8), 16)).isEqualTo(at);
          assertThat(created.get(r.getString(Schema.KOL_ID)))
              .isLessThanOrEqualTo(at - 30 * 86_400L);
        });
    assertThat(created.values())
        .allMatch(c -> c >= java.time.LocalDate.of(2015, 1, 1).toEpochDay() * 86_400);
  }

  /** Notes per account = min(lifetime notes, 24); author columns repeat the account's values. */
  @Test
  void notesPerAccount_isTheLatestMinOfLifetimeAndCap_withAuthorColumns() {
    Map<String, List<Integer>> byKol = Fixture.notesByAccount(NOTES);
    LocalDateTime end = Generator.DEFAULT_END;
    for (int r = 0; r < ACCOUNTS.rowCount(); r++) {
      String id = ACCOUNTS.stringColumn(Schema.KOL_ID).get(r);
      long lifetime = ACCOUNTS.longColumn(Schema.NOTES).getLong(r);
      List<Integer> rows = byKol.get(id);
      assertThat(rows).as(id).hasSize((int) Math.min(lifetime, 24));
      long sumLc = 0;
      LocalDateTime previous = LocalDateTime.MIN;
      for (int n : rows) {
        assertThat(NOTES.longColumn(Schema.FOLLOWERS).getLong(n))
            .isEqualTo(ACCOUNTS.longColumn(Schema.FOLLOWERS).getLong(r));
        assertThat(NOTES.longColumn(Schema.LIKES_AND_COLLECTS).getLong(n))
            .isEqualTo(ACCOUNTS.longColumn(Schema.LIKES_AND_COLLECTS).getLong(r));
        assertThat(NOTES.longColumn(Schema.NOTES).getLong(n)).isEqualTo(lifetime);
        LocalDateTime at = NOTES.dateTimeColumn(Schema.PUBLISHED_AT).get(n);
        assertThat(at).isAfterOrEqualTo(previous).isBeforeOrEqualTo(end);
        previous = at;
        sumLc +=
            NOTES.longColumn(Schema.LIKES).getLong(n)
                + NOTES.longColumn(Schema.COLLECTS).getLong(n);
      }
      assertThat(sumLc)
          .as("listed notes' likes+collects ≤ lifetime, %s", id)
          .isLessThanOrEqualTo(ACCOUNTS.longColumn(Schema.LIKES_AND_COLLECTS).getLong(r));
    }
  }

  /** cost_rmb: missing for organic notes, 0 for gifted accounts, near the price for paid ones. */
  @Test
  void cost_followsCooperation() {
    Map<String, Integer> accountRow = new java.util.HashMap<>();
    for (int r = 0; r < ACCOUNTS.rowCount(); r++) {
      accountRow.put(ACCOUNTS.stringColumn(Schema.KOL_ID).get(r), r);
    }
    int sponsored = 0;
    for (int n = 0; n < NOTES.rowCount(); n++) {
      if (NOTES.doubleColumn(Schema.COST_RMB).isMissing(n)) {
        continue;
      }
      sponsored++;
      int a = accountRow.get(NOTES.stringColumn(Schema.KOL_ID).get(n));
      double cost = NOTES.doubleColumn(Schema.COST_RMB).getDouble(n);
      if (ACCOUNTS.stringColumn(Schema.COOPERATION).get(a).equals("gifted")) {
        assertThat(cost).isZero();
      } else {
        assertThat(cost / ACCOUNTS.doubleColumn(Schema.PRICE_RMB).getDouble(a)).isBetween(0.7, 1.2);
      }
    }
    assertThat(sponsored / (double) NOTES.rowCount()).isBetween(0.2, 0.3);
  }
}
