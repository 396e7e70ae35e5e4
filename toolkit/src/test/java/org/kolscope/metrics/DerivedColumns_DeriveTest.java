package org.kolscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Tiers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What DerivedColumns adds, that it leaves the caller's table alone, and its error message. */
class DerivedColumns_DeriveTest {

  private static Table notes() {
    return TestTables.csv("""
        note_id,kol_id,likes,collects,comments,views,followers,cost_rmb
        n1,k1,100,50,10,5000,2000,
        n2,k1,40,10,2,,2000,300
        n3,k2,0,0,0,100,0,
        """);
  }

  private static Table accounts() {
    return TestTables.csv("""
        kol_id,followers,likes_and_collects,price_rmb
        k1,2000,9000,500
        k2,60000,120000,
        k3,,100,800
        """);
  }

  @Test
  void notes_getTheNoteRatios_engagementRateIsInteractionsPerFollower() {
    Table d = DerivedColumns.derive(notes(), null);
    // (100 + 50 + 10) / 2000 and (40 + 10 + 2) / 2000; followers = 0 -> missing
    assertThat(d.doubleColumn("engagement_rate").get(0)).isCloseTo(0.08, within(1e-12));
    assertThat(d.doubleColumn("engagement_rate").get(1)).isCloseTo(0.026, within(1e-12));
    assertThat(d.doubleColumn("engagement_rate").isMissing(2)).isTrue();
    assertThat(d.stringColumn("missing_reasons").get(2)).contains("engagement_rate: followers = 0");
    assertThat(d.doubleColumn("likes_per_view").get(0)).isCloseTo(0.02, within(1e-12));
    assertThat(d.doubleColumn("cost_per_interaction").get(1)).isCloseTo(300.0 / 52, within(1e-12));
    assertThat(d.containsColumn("tier")).isFalse();
  }

  @Test
  void accounts_getTheAccountRatiosAndTiers() {
    Table d = DerivedColumns.derive(accounts(), Tiers.RED);
    assertThat(d.doubleColumn("likes_and_collects_per_follower").get(0)).isEqualTo(4.5);
    assertThat(d.doubleColumn("likes_and_collects_per_follower").get(1)).isEqualTo(2.0);
    assertThat(d.doubleColumn("likes_and_collects_per_follower").isMissing(2)).isTrue();
    assertThat(d.doubleColumn("cost_per_1000_followers").get(0)).isEqualTo(250.0);
    assertThat(d.stringColumn("tier").asList()).containsExactly("KOC", "mid", "");
    assertThat(DerivedColumns.derive(accounts(), Tiers.INTERNATIONAL).stringColumn("tier").get(1))
        .isEqualTo("mid");
    assertThat(DerivedColumns.derive(accounts(), null).containsColumn("tier")).isFalse();
  }

  @Test
  void derivable_listsWhatWouldBeAdded() {
    assertThat(DerivedColumns.derivable(accounts(), Tiers.RED))
        .containsExactly("likes_and_collects_per_follower", "cost_per_1000_followers", "tier");
    assertThat(DerivedColumns.derivable(notes(), null)).containsExactly(
        "likes_per_view", "comments_per_like", "collects_per_like", "interactions",
        "engagement_rate", "cost_per_interaction", "cost_per_1000_views");
    Table other = Table.create("t", StringColumn.create("x", "a"));
    assertThat(DerivedColumns.derivable(other, Tiers.RED)).isEmpty();
  }

  @Test
  void callersTable_isNotChanged_andItsColumnsAreSharedNotCopied() {
    Table a = accounts();
    List<String> before = a.columnNames();
    Table d = DerivedColumns.derive(a, Tiers.RED);
    assertThat(a.columnNames()).isEqualTo(before);
    assertThat(d.column("followers")).isSameAs(a.column("followers"));
    assertThat(d.rowCount()).isEqualTo(a.rowCount());
    assertThat(d.name()).isEqualTo(a.name());
  }

  @Test
  void columnsTheTableHas_winOverDerivedOnes() {
    Table a = accounts();
    DoubleColumn own = DoubleColumn.create("likes_and_collects_per_follower", 1.0, 2.0, 3.0);
    StringColumn tier = StringColumn.create("tier", "x", "y", "z");
    a.addColumns(own, tier);
    Table d = DerivedColumns.derive(a, Tiers.RED);
    assertThat(d.column("likes_and_collects_per_follower")).isSameAs(own);
    assertThat(d.column("tier")).isSameAs(tier);
    assertThat(d.containsColumn("cost_per_1000_followers")).isTrue();
  }

  @Test
  void callersMissingReasons_areCopiedBeforeReasonsAreAdded() {
    Table a = accounts();
    a.addColumns(StringColumn.create("missing_reasons", "", "", "mine"));
    Table d = DerivedColumns.derive(a, null);
    assertThat(a.stringColumn("missing_reasons").asList()).containsExactly("", "", "mine");
    assertThat(d.stringColumn("missing_reasons").get(2))
        .startsWith("mine; ").contains("likes_and_collects_per_follower: followers unknown");
  }

  @Test
  void require_returnsTheTableItselfWhenItHasTheColumns() {
    Table a = accounts();
    assertThat(DerivedColumns.require(a, Tiers.RED, "followers", null)).isSameAs(a);
    Table d = DerivedColumns.require(a, Tiers.RED, "followers", "tier");
    assertThat(d).isNotSameAs(a);
    assertThat(d.containsColumn("tier")).isTrue();
  }

  @Test
  void require_unknownColumn_quotesItAndListsColumnsAndDerivableOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DerivedColumns.require(accounts(), Tiers.RED, "likes_and_collects_per_follower", "ratio"));
    assertThat(e.getMessage()).isEqualTo(
        "no column 'ratio'; columns are [kol_id, followers, likes_and_collects, price_rmb];"
            + " derivable from them: [likes_and_collects_per_follower, cost_per_1000_followers, tier]");
    Table other = Table.create("t", StringColumn.create("x", "a"));
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> DerivedColumns.require(other, null, "likes")).getMessage())
        .isEqualTo("no column 'likes'; columns are [x] (none can be derived from them)");
  }

  /** A notebook user naming the file's header (Golbeck's Twitter data) is told the loaded name. */
  @Test
  void require_fileHeaderName_namesTheLoadedColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DerivedColumns.require(accounts(), Tiers.RED, "Follower_Count"));
    assertThat(e.getMessage()).startsWith(
        "no column 'Follower_Count' (the loader reads a header 'Follower_Count' as 'followers': name"
            + " that); columns are [kol_id, followers, likes_and_collects, price_rmb]");
  }

  @Test
  void numeric_rejectsATextColumn() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> DerivedColumns.numeric(accounts(), Tiers.RED, "tier")).getMessage())
        .isEqualTo("column 'tier' is STRING, not numeric");
  }

  @Test
  void emptyTable_derivesEmptyColumns() {
    Table d = DerivedColumns.derive(accounts().emptyCopy(), Tiers.RED);
    assertThat(d.rowCount()).isZero();
    assertThat(d.containsColumn("likes_and_collects_per_follower")).isTrue();
    assertThat(d.containsColumn("tier")).isTrue();
  }
}
