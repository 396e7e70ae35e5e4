package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kolscope.core.RowTiers;
import org.kolscope.core.Tiers;
import org.kolscope.rules.Audit;
import org.kolscope.tiers.TierComparison;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The charts, the tier comparison and the audit put every row in the same tier ({@link RowTiers}):
 * a table with followers and a stale {@code tier} column (rows labelled "top" and "mid" in turn)
 * is tiered by its followers everywhere, unless the tier column is named.
 */
class TierAssignment_SameRuleTest {
  private static Table accounts() {
    Table t = SyntheticKols.accounts(400, 5);
    String[] stale = new String[t.rowCount()];
    for (int r = 0; r < stale.length; r++) {
      stale[r] = r % 2 == 0 ? "top" : "mid";
    }
    t.addColumns(StringColumn.create("tier", stale));
    return t;
  }

  /** Rows per tier label, in the rule's order. */
  private static Map<String, Integer> counts(RowTiers rt) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String t : rt.order()) {
      out.put(t, 0);
    }
    for (int r = 0; r < rt.rowCount(); r++) {
      if (rt.get(r) != null) {
        out.merge(rt.get(r), 1, Integer::sum);
      }
    }
    return out;
  }

  @Test
  void chartsComparisonAndAudit_agreeOnEveryRowsTier() {
    Table t = accounts();
    RowTiers rule = RowTiers.of(t, null, Tiers.RED, null);
    assertThat(counts(rule)).as("computed from followers, not the stale column").containsKey("KOC");

    TierAssignment chart = TierAssignment.of(t, null, null, "followers");
    List<String> chartRows = new ArrayList<>();
    List<String> ruleRows = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      chartRows.add(chart.rowTier()[r]);
      ruleRows.add(rule.get(r));
    }
    assertThat(chartRows).isEqualTo(ruleRows);
    assertThat(chart.order()).isEqualTo(rule.order());

    TierComparison.Result cmp = TierComparison.of(t, "likes_and_collects_per_follower").run();
    Map<String, Integer> cmpCounts = new LinkedHashMap<>();
    cmp.groups().forEach(g -> cmpCounts.put(g.tier(), g.n()));
    assertThat(cmpCounts).isEqualTo(counts(rule));

    Table kols = Audit.of(t).run().kols();
    for (int r = 0; r < kols.rowCount(); r++) {
      assertThat(kols.stringColumn("tier").isMissing(r) ? null : kols.stringColumn("tier").get(r))
          .isEqualTo(rule.get(r));
    }
  }

  @Test
  void namedTierColumn_isReadEverywhere() {
    Table t = accounts();
    assertThat(TierAssignment.of(t, "tier", null, "followers").order()).containsExactly("mid", "top");
    assertThat(TierComparison.of(t, "followers").tierColumn("tier").tiers(Tiers.RED).run().groups())
        .extracting(TierComparison.TierSummary::tier).containsExactly("mid", "top");
  }
}
