package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolscope.RealData;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.evidence.Evaluation;
import org.kolscope.io.AccountsFromPosts;
import org.kolscope.metrics.KolAggregates;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Precision and recall of the verdict on labelled data made by injecting anomalies into the real
 * RED sample (until the generator's ground truth is wired in). Seeded; 100 KOLs per type, drawn
 * from all 1,722 authors, disjoint:
 *
 * <ul>
 *   <li>{@code bought_followers}: followers × 5 (four in five followers bought);
 *   <li>{@code bought_likes}: one note's likes × 10, the bought likes added to the account's
 *       likes_and_collects;
 *   <li>{@code comment_farm}: every note gets 2 × its likes + 10 extra comments.
 * </ul>
 *
 * Floors are the figures measured with this seed minus a margin; NOTES-audit.md has the figures.
 * Not run without {@code ../shared/data/real} ({@link RealData}).
 */
@RealData
class Audit_InjectedAnomaliesTest {
  private static Evaluation evaluation;

  @BeforeAll
  static void run() throws Exception {
    Table notes = RealRedSample.notes();
    Map<String, List<Integer>> byKol = KolAggregates.rowsByKol(notes);
    List<String> ids = new ArrayList<>(byKol.keySet());
    Random rnd = new Random(20261126L);
    Collections.shuffle(ids, rnd);
    Map<String, String> label = new HashMap<>();
    String[] types = {"bought_followers", "bought_likes", "comment_farm"};
    for (int t = 0; t < types.length; t++) {
      for (String id : ids.subList(t * 100, (t + 1) * 100)) {
        label.put(id, types[t]);
      }
    }
    LongColumn followers = notes.longColumn(Schema.FOLLOWERS);
    LongColumn lc = notes.longColumn(Schema.LIKES_AND_COLLECTS);
    LongColumn likes = notes.longColumn(Schema.LIKES);
    LongColumn comments = notes.longColumn(Schema.COMMENTS);
    StringColumn anomaly = StringColumn.create(AccountsFromPosts.ANOMALY, notes.rowCount());
    for (int r = 0; r < notes.rowCount(); r++) {
      anomaly.set(r, "none");
    }
    for (Map.Entry<String, List<Integer>> e : byKol.entrySet()) {
      String type = label.getOrDefault(e.getKey(), "none");
      List<Integer> rows = e.getValue();
      switch (type) {
        case "bought_followers" -> {
          for (int r : rows) {
            followers.set(r, followers.getLong(r) * 5);
          }
        }
        case "comment_farm" -> {
          for (int r : rows) {
            comments.set(r, comments.getLong(r) + 2 * likes.getLong(r) + 10);
          }
        }
        case "bought_likes" -> {
          int boosted = rows.get(rnd.nextInt(rows.size()));
          long extra = 9 * likes.getLong(boosted);
          likes.set(boosted, likes.getLong(boosted) + extra);
          for (int r : rows) {
            lc.set(r, lc.getLong(r) + extra);
          }
        }
        default -> { }
      }
      rows.forEach(r -> anomaly.set(r, type));
    }
    notes.addColumns(anomaly);
    AuditResult result = Audit.ofPosts(notes).run();
    evaluation = result.evaluate(AccountsFromPosts.ANOMALY);
    System.out.println(evaluation);
    assertThat(Cells.text(result.toTable(), AccountsFromPosts.ANOMALY, 0)).isNotEmpty();
  }

  // Measured with this seed (docs/dev-notes/evidence.md), 2026-12-06: flagged recall of bought
  // followers 0.18, recall of bought likes 0.52, flagged recall of comment farms 0.36; of the 1,422
  // untouched authors 3.0 % suspicious and 5.3 % flagged. Most authors in this sample have one
  // note, so the signals that compare a KOL's notes with each other are missing and the honest
  // spread of comments per like is wide (a factor of 3 at one standard deviation): the weakest of
  // the data sets the audit is measured on. The floors sit a little under those figures.

  @Test
  void boughtFollowers_flaggedOften() {
    assertThat(evaluation.row("bought_followers").flaggedRecall()).isGreaterThanOrEqualTo(0.15);
  }

  @Test
  void boughtLikes_caughtAboutHalf() {
    assertThat(evaluation.row("bought_likes").recall()).isGreaterThanOrEqualTo(0.45);
  }

  @Test
  void commentFarm_flaggedAThird() {
    assertThat(evaluation.row("comment_farm").flaggedRecall()).isGreaterThanOrEqualTo(0.30);
  }

  @Test
  void unlabelledRealAccounts_rarelySuspicious() {
    // the untouched real authors are not known to be honest; at the asked 1 % few are caught
    assertThat(evaluation.row("all").falseAlarmRate()).isLessThanOrEqualTo(0.04);
    assertThat(evaluation.row("all").honestFlaggedRate()).isLessThanOrEqualTo(0.07);
  }
}
