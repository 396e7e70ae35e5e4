package org.kolscope.stats.outliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Tiers;
import org.kolscope.io.KolData;
import org.kolscope.metrics.Metrics;
import org.kolscope.stats.OutlierResult;
import org.kolscope.stats.regression.RegressionResult;
import tech.tablesaw.api.Table;

/**
 * Outliers on the shipped raw accounts (data/accounts.csv, no ratio or tier column): the columns
 * the CLI derives are derived here too, and the caller's table keeps its columns.
 */
class Outliers_DerivedColumnsTest {
  private static final Table ACCOUNTS = KolData.load("../data/accounts.csv");

  @Test
  void ratioByDerivedTier_onRawAccounts() {
    List<String> before = ACCOUNTS.columnNames();
    GroupedResult g = Outliers.in(ACCOUNTS, Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER).log()
        .runByGroup("tier", Method.MAD);
    assertThat(g.groups()).extracting(GroupedResult.Group::name)
        .containsExactlyInAnyOrderElementsOf(Tiers.RED.labels());
    assertThat(g.groups()).allMatch(GroupedResult.Group::tested);
    assertThat(g.groups().stream().mapToInt(GroupedResult.Group::rows).sum()).isEqualTo(2000);
    assertThat(ACCOUNTS.columnNames()).isEqualTo(before);
  }

  @Test
  void derivedRatio_equalsTheRatioComputedByHand() {
    Table byHand = Metrics.addToAccounts(ACCOUNTS.copy());
    OutlierResult derived = Outliers.in(ACCOUNTS, Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER).id("kol_id").iqr();
    OutlierResult expected = Outliers.in(byHand, Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER).id("kol_id").iqr();
    assertThat(derived.outliers()).isNotEmpty().isEqualTo(expected.outliers());
  }

  @Test
  void regression_onDerivedColumns() {
    RegressionResult r = Outliers.regression(ACCOUNTS, "followers", Metrics.LIKES_AND_COLLECTS_PER_FOLLOWER);
    assertThat(r.n()).isEqualTo(2000);
  }

  @Test
  void unknownColumn_namesItAndTheDerivableOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Outliers.in(ACCOUNTS, "ratio"));
    assertThat(e.getMessage()).startsWith("no column 'ratio'; columns are [kol_id, name,")
        .endsWith("derivable from them: [likes_and_collects_per_follower, cost_per_1000_followers, tier]");
    IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
        () -> Outliers.in(ACCOUNTS, "followers").runByGroup("tier_zh", Method.MAD));
    assertThat(g.getMessage()).startsWith("no column 'tier_zh'");
  }
}
