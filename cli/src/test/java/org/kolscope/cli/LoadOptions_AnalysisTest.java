package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysis commands see the ratio and tier columns of a raw notes or accounts file by name. */
class LoadOptions_AnalysisTest {
  @TempDir Path dir;

  @Test
  void notes_getEngagementRateAndTier() throws Exception {
    StringBuilder sb = new StringBuilder("note_id,kol_id,likes,collects,comments,views,followers\n");
    for (int i = 0; i < 40; i++) {
      long followers = i < 20 ? 1000 + i : 100_000 + i;
      sb.append("n").append(i).append(",k").append(i).append(',').append(10 + i).append(",5,2,")
          .append(1000 + i).append(',').append(followers).append('\n');
    }
    Path p = Files.writeString(dir.resolve("notes.csv"), sb.toString());
    CliRun r = CliRun.of("tiers", p.toString(), "--metric", "engagement_rate", "--json");
    assertThat(r.status()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).contains("\"tier\" : \"KOC\"").contains("\"tier\" : \"mid\"");
    // note n0: (10 + 5 + 2) / 1000 = 0.017 is in the KOC group; its median is over n0..n19
    CliRun o = CliRun.of("outliers", p.toString(), "--column", "likes_per_view", "--test", "iqr", "--by", "tier", "--json");
    assertThat(o.status()).as(o.err()).isEqualTo(0);
    assertThat(o.out()).contains("\"groups\"");
  }
}
