package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kolscope.metrics.TestTables;
import tech.tablesaw.api.Table;

/** Counts by hand from the fixture (noted beside each assertion). */
class VerdictEvaluation_PrecisionRecallTest {
  private static Table kols() {
    return TestTables.csv("""
        kol_id,anomaly,verdict
        c1,none,ok
        c2,none,ok
        c3,none,review
        c4,none,ok
        f1,bought_followers,suspicious
        f2,bought_followers,review
        f3,bought_followers,ok
        l1,bought_likes,ok
        l2,bought_likes,suspicious
        m1,comment_farm,suspicious
        """);
  }

  @Test
  void perType_recallAndPrecisionAgainstClean() {
    VerdictEvaluation e = VerdictEvaluation.of(kols());
    // bought_followers: TP 2 (f1, f2), FN 1; FP 1 (c3) → precision 2/3, recall 2/3
    VerdictEvaluation.Row f = e.row("bought_followers");
    assertThat(f.tp()).isEqualTo(2);
    assertThat(f.fn()).isEqualTo(1);
    assertThat(f.fp()).isEqualTo(1);
    assertThat(f.precision()).isEqualTo(2.0 / 3);
    assertThat(f.recall()).isEqualTo(2.0 / 3);
    // bought_likes: TP 1, FN 1 → recall 0.5; precision 1 / (1 + 1) = 0.5
    assertThat(e.row("bought_likes").recall()).isEqualTo(0.5);
    assertThat(e.row("bought_likes").precision()).isEqualTo(0.5);
    // comment_farm: TP 1 → recall 1; precision 1 / 2
    assertThat(e.row("comment_farm").recall()).isEqualTo(1.0);
    // all: TP 4 of 6 anomalous; FP 1 → precision 4/5, recall 4/6
    assertThat(e.row("all").precision()).isEqualTo(0.8);
    assertThat(e.row("all").recall()).isEqualTo(4.0 / 6);
  }

  @Test
  void suspiciousOnly_countsFewerAsDetected() {
    VerdictEvaluation e = VerdictEvaluation.of(kols(), "anomaly", Verdict.SUSPICIOUS);
    // bought_followers: only f1 → recall 1/3; no clean KOL is suspicious → precision 1
    assertThat(e.row("bought_followers").recall()).isEqualTo(1.0 / 3);
    assertThat(e.row("bought_followers").precision()).isEqualTo(1.0);
  }

  @Test
  void table_andToString() {
    VerdictEvaluation e = VerdictEvaluation.of(kols());
    assertThat(e.toTable().rowCount()).isEqualTo(4);
    assertThat(e.toTable().columnNames()).containsExactly("anomaly", "kols", "tp", "fn", "fp", "precision", "recall");
    assertThat(e.toString()).contains("bought_followers").contains("0.667");
  }

  @Test
  void noCleanKol_rejected() {
    Table t = TestTables.csv("kol_id,anomaly,verdict\nx,bought_likes,ok\n");
    assertThat(assertThrows(IllegalArgumentException.class, () -> VerdictEvaluation.of(t)))
        .hasMessageContaining("none");
  }

  @Test
  void missingLabel_rejectedNamingRow() {
    Table t = TestTables.csv("kol_id,anomaly,verdict\nx,none,ok\ny,,ok\n");
    assertThat(assertThrows(IllegalArgumentException.class, () -> VerdictEvaluation.of(t)))
        .hasMessageContaining("row 2");
  }
}
