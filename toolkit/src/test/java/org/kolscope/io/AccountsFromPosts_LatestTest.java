package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kolscope.metrics.TestTables;
import tech.tablesaw.api.Table;

class AccountsFromPosts_LatestTest {
  @Test
  void fileOrder_lastRowWins() {
    Table n = TestTables.csv("""
        note_id,kol_id,likes,followers,likes_and_collects,notes
        n1,a,1,100,300,5
        n2,b,2,7000,9000,20
        n3,a,3,120,330,6
        """);
    Table a = AccountsFromPosts.derive(n);
    assertThat(a.stringColumn("kol_id").asList()).containsExactly("a", "b");
    assertThat(a.longColumn("followers").get(0)).isEqualTo(120L);
    assertThat(a.longColumn("likes_and_collects").get(0)).isEqualTo(330L);
    assertThat(a.longColumn("notes").get(1)).isEqualTo(20L);
  }

  @Test
  void publishedAt_latestDateWins_missingSkipped() {
    Table n = TestTables.csv("""
        note_id,kol_id,published_at,followers
        n1,a,2024-03-02,150
        n2,a,2024-01-10,100
        n3,a,2024-02-01,
        """);
    Table a = AccountsFromPosts.derive(n);
    assertThat(a.longColumn("followers").get(0)).isEqualTo(150L);
  }

  @Test
  void anomalyLabel_firstNonNoneAmongNotes() {
    Table n = TestTables.csv("""
        note_id,kol_id,followers,anomaly
        n1,a,100,none
        n2,a,100,bought_likes
        n3,b,50,none
        """);
    Table a = AccountsFromPosts.derive(n);
    assertThat(a.stringColumn("anomaly").asList()).containsExactly("bought_likes", "none");
  }

  @Test
  void noFollowers_rejectedWithColumns() {
    Table n = TestTables.csv("""
        note_id,kol_id,likes
        n1,a,1
        """);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AccountsFromPosts.derive(n));
    assertThat(e).hasMessageContaining("followers").hasMessageContaining("[note_id, kol_id, likes]");
  }
}
