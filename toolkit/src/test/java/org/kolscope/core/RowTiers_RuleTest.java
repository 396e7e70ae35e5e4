package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The one rule for a row's tier, step by step, and the order of the labels. */
class RowTiers_RuleTest {
  /** Followers 100 (KOC), 20,000 (micro), missing, 600,000 (top), and a stale tier column. */
  private static Table both() {
    LongColumn f = LongColumn.create("followers", new long[] {100, 20_000, 0, 600_000});
    f.setMissing(2);
    return Table.create("t", f, StringColumn.create("tier", "top", "top", "mid", "KOC"));
  }

  private static List<String> labels(RowTiers rt) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < rt.rowCount(); r++) {
      out.add(rt.get(r));
    }
    return out;
  }

  @Test
  void namedTierColumn_isReadAsItIs() {
    RowTiers rt = RowTiers.of(both(), "tier", null, null);
    assertThat(labels(rt)).containsExactly("top", "top", "mid", "KOC");
    assertThat(rt.column()).isEqualTo("tier");
  }

  @Test
  void followers_winOverAnUnnamedTierColumn_missingCountIsNoTier() {
    RowTiers rt = RowTiers.of(both(), null, null, null);
    assertThat(labels(rt)).containsExactly("KOC", "micro", null, "top");
    assertThat(rt.column()).isNull();
    assertThat(rt.tiers()).isEqualTo(Tiers.RED);
  }

  @Test
  void givenTiers_computeWithThem() {
    assertThat(labels(RowTiers.of(both(), null, Tiers.INTERNATIONAL, "followers")))
        .containsExactly("under-nano", "micro", null, "macro");
  }

  @Test
  void withoutFollowers_theTablesTierColumnIsRead() {
    Table t = Table.create("t", StringColumn.create("tier", "mid", " ", "KOC"));
    assertThat(labels(RowTiers.of(t, null, null, null))).containsExactly("mid", null, "KOC");
  }

  @Test
  void neither_failsListingTheColumns() {
    Table t = Table.create("t", DoubleColumn.create("x", new double[] {1}));
    assertThat(assertThrows(IllegalArgumentException.class, () -> RowTiers.of(t, null, null, null)))
        .hasMessage("no tier column and no followers column 'followers' to tier by; columns are [x]");
    assertThat(assertThrows(IllegalArgumentException.class, () -> RowTiers.of(both(), null, null, "fans")))
        .hasMessageContaining("no followers column 'fans'");
    assertThat(assertThrows(IllegalArgumentException.class, () -> RowTiers.of(both(), "band", null, null)))
        .hasMessageContaining("no tier column 'band'");
  }

  @Test
  void order_knownTiersFirst_thenOthersByMedianFollowers_thenAppearance() {
    Table t = Table.create("t",
        LongColumn.create("followers", new long[] {900_000, 10, 5_000_000, 20, 30}),
        StringColumn.create("band", "头部", "gold", "platinum", "素人", "bronze"));
    // 头部 (top) and 素人 (KOC) are RED labels, in tier order; gold (median 10) and bronze (30) and
    // platinum (5,000,000) follow by their median follower count
    assertThat(RowTiers.of(t, "band", null, null).order())
        .containsExactly("素人", "头部", "gold", "bronze", "platinum");
    Table noFollowers = t.copy().removeColumns("followers");
    assertThat(RowTiers.of(noFollowers, "band", null, null).order())
        .containsExactly("素人", "头部", "gold", "platinum", "bronze");
  }

  @Test
  void toColumn_missingWhereThereIsNoTier() {
    StringColumn c = RowTiers.of(both(), null, null, null).toColumn("tier");
    assertThat(c.isMissing(2)).isTrue();
    assertThat(c.get(3)).isEqualTo("top");
  }
}
