package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kolscope.metrics.TestTables;
import tech.tablesaw.api.Table;

class R3LikesPerView_ShareTest {
  private static Table accounts() {
    return TestTables.csv("""
        kol_id,followers,likes_and_collects
        edges,1000,4000
        off,1000,4000
        noViews,1000,4000
        noNotes,1000,4000
        half,1000,4000
        """);
  }

  private static Table notes() {
    return TestTables.csv("""
        note_id,kol_id,likes,collects,comments,views
        e1,edges,10,0,0,1000
        e2,edges,30,0,0,1000
        o1,off,5,0,0,1000
        o2,off,50,0,0,1000
        o3,off,20,0,0,1000
        v1,noViews,20,0,0,
        v2,noViews,20,0,0,
        h1,half,20,0,0,1000
        h2,half,90,0,0,1000
        """);
  }

  private RuleRun run() {
    return RuleRun.of(new R3LikesPerView(), accounts(), notes());
  }

  @Test
  void exactlyOnePercentAndThreePercent_inside() {
    // 10 / 1000 = 1 % and 30 / 1000 = 3 %: both ends belong to the range
    assertThat(run().flag("edges")).isEmpty();
  }

  @Test
  void mostNotesOutside_warnsWithShareAndCounts() {
    Flag f = run().flag("off").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    // 0.5 % and 5 % are outside, 2 % inside: 2 of 3
    assertThat(f.value()).isEqualTo(2.0 / 3);
    assertThat(f.threshold()).isEqualTo(0.5);
    assertThat(f.reason()).contains("2 of 3").contains("1 below, 1 above").contains("o1 0.5 %");
  }

  @Test
  void exactlyHalfOutside_doesNotFire() {
    assertThat(run().flag("half")).isEmpty();
  }

  @Test
  void missingViews_saysViewsUnknown_doesNotFire() {
    Flag f = run().flag("noViews").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(f.reason()).isEqualTo("views unknown on all 2 notes");
  }

  @Test
  void kolWithNoNotes_notChecked() {
    Flag f = run().flag("noNotes").orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(f.reason()).contains("no notes");
  }

  @Test
  void accountsOnly_everyKolNotChecked() {
    RuleRun r = RuleRun.of(new R3LikesPerView(), accounts(), null);
    assertThat(r.result().flags().rowCount()).isZero();
    assertThat(r.flag("edges").orElseThrow().severity()).isEqualTo(Severity.UNKNOWN);
  }
}
