package org.kolscope.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

/** Label counts, per-note labels, records, views hiding, note counts and table integrity. */
class LabelledRed_LabelTest {

  private static final LabelledRed RED = LabelledRed.builder().build(); // defaults, seed 1
  private static final Table A = RED.accounts();
  private static final Table N = RED.notes();
  private static final Map<String, List<Integer>> NOTES_OF = Samples.byKol(N);

  private static Map<Truth, Integer> counts(LabelledRed red) {
    Map<Truth, Integer> c = new EnumMap<>(Truth.class);
    for (Truth t : Truth.values()) {
      c.put(t, 0);
    }
    red.records().forEach(m -> c.merge(m.truth(), 1, Integer::sum));
    return c;
  }

  @Test
  void defaults_give3000Accounts_9PercentManipulated_splitEqually() {
    assertThat(A.rowCount()).isEqualTo(3000);
    assertThat(counts(RED))
        .containsEntry(Truth.HONEST, 2730)
        .containsEntry(Truth.BOUGHT_FOLLOWERS, 90)
        .containsEntry(Truth.BOUGHT_LIKES, 90)
        .containsEntry(Truth.COMMENT_FARM, 90);
    assertThat(A.stringColumn(Truth.COLUMN).countOccurrences("comment_farm")).isEqualTo(90);
    for (Truth kind : Truth.KINDS) {
      long mixed =
          RED.records().stream().filter(m -> m.truth() == kind && m.kinds().size() == 2).count();
      assertThat(mixed).as("mixed " + kind).isEqualTo(18); // round(0.2 × 90)
    }
  }

  @Test
  void shareAndWeights_useLargestRemainders() {
    LabelledRed red =
        LabelledRed.builder().accounts(1000).manipulatedShare(0.155).kindWeights(2, 1, 0)
            .mixedShare(0).seed(3).build();
    // 155 split 2:1:0 → 103.33, 51.67, 0 → 103 + 52
    assertThat(counts(red))
        .containsEntry(Truth.BOUGHT_FOLLOWERS, 103)
        .containsEntry(Truth.BOUGHT_LIKES, 52)
        .containsEntry(Truth.COMMENT_FARM, 0)
        .containsEntry(Truth.HONEST, 845);
    assertThat(red.records()).allMatch(m -> m.kinds().size() <= 1);
    assertThat(counts(LabelledRed.builder().accounts(200).manipulatedShare(0).build()))
        .containsEntry(Truth.HONEST, 200);
    assertThat(counts(LabelledRed.builder().accounts(200).manipulatedShare(1).build()))
        .containsEntry(Truth.HONEST, 0);
  }

  @Test
  void records_matchLabels_mainKindFirst() {
    for (int r = 0; r < A.rowCount(); r++) {
      LabelledRed.Manipulation m = RED.records().get(r);
      assertThat(m.kolId()).isEqualTo(A.stringColumn(Schema.KOL_ID).get(r));
      assertThat(m.truth().label()).isEqualTo(A.stringColumn(Truth.COLUMN).get(r));
      if (m.truth() == Truth.HONEST) {
        assertThat(m.kinds()).isEmpty();
      } else {
        assertThat(m.kinds().get(0)).isEqualTo(m.truth());
        assertThat(new HashSet<>(m.kinds())).hasSameSizeAs(m.kinds());
      }
      assertThat(Double.isNaN(m.followerFactor())).isEqualTo(!m.has(Truth.BOUGHT_FOLLOWERS));
      assertThat(m.likedNotes().isEmpty()).isEqualTo(!m.has(Truth.BOUGHT_LIKES));
      assertThat(m.farmedNotes().isEmpty()).isEqualTo(!m.has(Truth.COMMENT_FARM));
      assertThat(m.listedNotes()).isEqualTo(NOTES_OF.get(m.kolId()).size());
    }
    Table t = RED.manipulations();
    assertThat(t.rowCount()).isEqualTo(3000);
    assertThat(t.stringColumn("kinds").countOccurrences("bought_followers+bought_likes"))
        .isPositive();
  }

  /**
   * A note is labelled with the account's main kind if that kind changed it, else with the other
   * kind that did, else honest; bought followers change every note's followers cell.
   */
  @Test
  void noteLabels_followTheRecords() {
    for (LabelledRed.Manipulation m : RED.records()) {
      Set<String> liked = new HashSet<>(m.likedNotes());
      Set<String> farmed = new HashSet<>(m.farmedNotes());
      for (int r : NOTES_OF.get(m.kolId())) {
        String id = N.stringColumn(Schema.NOTE_ID).get(r);
        Set<Truth> touched = new HashSet<>();
        if (m.has(Truth.BOUGHT_FOLLOWERS)) {
          touched.add(Truth.BOUGHT_FOLLOWERS);
        }
        if (liked.contains(id)) {
          touched.add(Truth.BOUGHT_LIKES);
        }
        if (farmed.contains(id)) {
          touched.add(Truth.COMMENT_FARM);
        }
        Truth expected =
            touched.isEmpty() ? Truth.HONEST
                : touched.contains(m.truth()) ? m.truth() : touched.iterator().next();
        assertThat(N.stringColumn(Truth.COLUMN).get(r)).as(id).isEqualTo(expected.label());
      }
    }
    // honest accounts have only honest notes; the three kinds all appear on notes
    assertThat(N.stringColumn(Truth.COLUMN).unique().asList())
        .containsExactlyInAnyOrder("honest", "bought_followers", "bought_likes", "comment_farm");
  }

  @Test
  void truthTable_isKolIdAndTruth() {
    Table t = RED.truth();
    assertThat(t.columnNames()).containsExactly("kol_id", "truth");
    assertThat(t.stringColumn("truth").asList()).isEqualTo(A.stringColumn("truth").asList());
  }

  /** Views are missing for every note of ≈75 % of accounts (±4 binomial SE), never partly. */
  @Test
  void views_areHiddenPerAccount() {
    int hidden = 0;
    for (LabelledRed.Manipulation m : RED.records()) {
      List<Integer> rows = NOTES_OF.get(m.kolId());
      long missing = rows.stream().filter(r -> N.longColumn(Schema.VIEWS).isMissing(r)).count();
      assertThat(missing).isIn(0L, (long) rows.size());
      assertThat(missing == rows.size()).isEqualTo(m.viewsHidden());
      hidden += m.viewsHidden() ? 1 : 0;
    }
    double se = Math.sqrt(0.75 * 0.25 / 3000);
    assertThat(hidden / 3000.0).isBetween(0.75 - 4 * se, 0.75 + 4 * se);

    LabelledRed shown = LabelledRed.builder().accounts(200).views(true).build();
    assertThat(shown.notes().longColumn(Schema.VIEWS).countMissing()).isZero();
    LabelledRed none = LabelledRed.builder().accounts(200).views(false).build();
    assertThat(none.notes().longColumn(Schema.VIEWS).countMissing())
        .isEqualTo(none.notes().rowCount());
    LabelledRed some = LabelledRed.builder().accounts(2000).hiddenViewsShare(0.3).build();
    long hiddenSome = some.records().stream().filter(LabelledRed.Manipulation::viewsHidden).count();
    assertThat(hiddenSome / 2000.0).isBetween(0.3 - 0.045, 0.3 + 0.045);
  }

  @Test
  void notesPerAccount_vary_includingOneToThree() {
    int few = 0, max = 0;
    for (int r = 0; r < A.rowCount(); r++) {
      int k = NOTES_OF.get(A.stringColumn(Schema.KOL_ID).get(r)).size();
      assertThat((long) k).isLessThanOrEqualTo(A.longColumn(Schema.NOTES).getLong(r));
      few += k <= 3 ? 1 : 0;
      max = Math.max(max, k);
    }
    // fewNotesShare 10 % (+ a few small accounts with ≤ 3 lifetime notes); binomial SE 0.55 %
    assertThat(few / 3000.0).isBetween(0.10 - 4 * 0.0055, 0.10 + 4 * 0.0055 + 0.02);
    assertThat(max).isEqualTo(40);
    LabelledRed capped = LabelledRed.builder().accounts(300).maxNotes(5).fewNotesShare(0).build();
    assertThat(Samples.byKol(capped.notes()).values()).allMatch(v -> v.size() <= 5);
  }

  @Test
  void tables_haveCanonicalColumns_uniqueIds_consistentAuthorCells_timeOrder() {
    List<String> accountCols = new java.util.ArrayList<>(Schema.ACCOUNT_COLUMNS);
    accountCols.add(Truth.COLUMN);
    assertThat(A.columnNames()).isEqualTo(accountCols);
    List<String> noteCols = new java.util.ArrayList<>(Schema.POST_COLUMNS);
    noteCols.add(Truth.COLUMN);
    assertThat(N.columnNames()).isEqualTo(noteCols);
    for (String c : Schema.ACCOUNT_COLUMNS) {
      assertThat(A.column(c).type()).as(c).isEqualTo(Schema.TYPES.get(c));
    }
    for (String c : Schema.POST_COLUMNS) {
      assertThat(N.column(c).type()).as(c).isEqualTo(Schema.TYPES.get(c));
    }
    assertThat(A.stringColumn(Schema.KOL_ID).isMissing().size()).isZero();
    assertThat(A.stringColumn(Schema.KOL_ID).unique().size()).isEqualTo(A.rowCount());
    assertThat(N.stringColumn(Schema.NOTE_ID).unique().size()).isEqualTo(N.rowCount());
    assertThat(NOTES_OF.keySet()).isEqualTo(A.stringColumn(Schema.KOL_ID).asSet());
    for (int a = 0; a < A.rowCount(); a++) {
      LocalDateTime previous = LocalDateTime.MIN;
      for (int r : NOTES_OF.get(A.stringColumn(Schema.KOL_ID).get(a))) {
        for (String c : List.of(Schema.FOLLOWERS, Schema.LIKES_AND_COLLECTS, Schema.NOTES)) {
          assertThat(N.longColumn(c).getLong(r)).isEqualTo(A.longColumn(c).getLong(a));
        }
        LocalDateTime t = N.dateTimeColumn(Schema.PUBLISHED_AT).get(r);
        assertThat(t).isAfterOrEqualTo(previous).isBeforeOrEqualTo(LabelledRed.END);
        previous = t;
        long views = N.longColumn(Schema.VIEWS).isMissing(r) ? Long.MAX_VALUE
            : N.longColumn(Schema.VIEWS).getLong(r);
        assertThat(N.longColumn(Schema.LIKES).getLong(r)).isBetween(0L, views);
      }
    }
    assertThat(A.stringColumn(Schema.PLATFORM).unique().asList()).containsExactly("xiaohongshu");
    assertThat(A.stringColumn(Schema.COOPERATION).unique().asList())
        .containsExactlyInAnyOrder("paid", "gifted");
    assertThat(N.stringColumn(Schema.CONTENT_TYPE).unique().asList())
        .containsExactlyInAnyOrder("image", "video");
    assertThat(A.doubleColumn(Schema.PRICE_RMB).min()).isGreaterThanOrEqualTo(100);
    // sponsored notes ≈22 %: cost present; gifted authors' sponsored notes cost 0
    double sponsored = 1 - N.doubleColumn(Schema.COST_RMB).countMissing() / (double) N.rowCount();
    assertThat(sponsored).isBetween(0.19, 0.25);
  }
}
