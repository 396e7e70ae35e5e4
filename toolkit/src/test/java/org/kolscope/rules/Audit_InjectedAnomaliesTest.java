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
import org.kolscope.io.Schema;
import org.kolscope.metrics.AccountsFromPosts;
import org.kolscope.metrics.Cells;
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
  private static VerdictEvaluation review;
  private static VerdictEvaluation suspicious;
  private static VerdictEvaluation asWritten;

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
    review = VerdictEvaluation.of(result.toTable());
    suspicious = VerdictEvaluation.of(result.toTable(), AccountsFromPosts.ANOMALY, Verdict.SUSPICIOUS);
    AuditResult plain = Audit.ofPosts(notes).rules(List.of(
        R1FakeFollowers.asWritten(), new R2LikesPerFollower(3, 5, 10, 1.0), new R3LikesPerView(),
        new R4LowComments(), new R5Price(), new R6EngagementSpike(), new R7CommentFarm())).run();
    asWritten = VerdictEvaluation.of(plain.toTable());
    System.out.println("tier-aware rules (default):\n" + review);
    System.out.println(suspicious);
    System.out.println("R1 and R2 as written:\n" + asWritten);
    System.out.println(result.render(0));
    assertThat(Cells.text(result.toTable(), AccountsFromPosts.ANOMALY, 0)).isNotEmpty();
  }

  // Measured with this seed (NOTES-audit.md): recall at review 0.51 / 0.41 / 0.25, precision
  // against the real (unlabelled, so not all clean) accounts 0.31 overall; floors leave a margin.

  @Test
  void boughtFollowers_recallFloor() {
    assertThat(review.row("bought_followers").recall()).isGreaterThanOrEqualTo(0.40);
  }

  @Test
  void boughtLikes_recallFloor() {
    assertThat(review.row("bought_likes").recall()).isGreaterThanOrEqualTo(0.30);
  }

  @Test
  void commentFarm_recallFloor() {
    assertThat(review.row("comment_farm").recall()).isGreaterThanOrEqualTo(0.15);
  }

  @Test
  void overallPrecisionFloor_andSuspiciousIsStricter() {
    assertThat(review.row("all").precision()).isGreaterThanOrEqualTo(0.25);
    assertThat(suspicious.row("all").fp()).isLessThan(review.row("all").fp());
  }

  @Test
  void tierAwareRules_morePreciseThanRulesAsWritten() {
    assertThat(review.row("all").precision()).isGreaterThan(asWritten.row("all").precision());
    assertThat(review.row("all").fp()).isLessThan(asWritten.row("all").fp() / 2);
  }
}
