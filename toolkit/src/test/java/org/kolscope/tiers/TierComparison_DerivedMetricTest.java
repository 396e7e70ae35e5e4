package org.kolscope.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kolscope.io.KolData;
import org.kolscope.metrics.Interactions;
import org.kolscope.metrics.Metrics;
import tech.tablesaw.api.Table;

/**
 * TierComparison of engagement_rate on the shipped raw notes (data/notes.csv, which has no such
 * column): derived as the CLI derives it, the same numbers as on a table with the column added by
 * hand, and the caller's table is not changed.
 */
class TierComparison_DerivedMetricTest {
  private static final Table NOTES = KolData.load("../data/notes.csv");

  @Test
  void engagementRate_ofRawNotes_equalsTheRateAddedByHand() {
    List<String> before = NOTES.columnNames();
    TierComparison.Result derived =
        TierComparison.of(NOTES, Metrics.ENGAGEMENT_RATE).resamples(100).run();
    Table byHand = Metrics.addToNotes(NOTES.copy(), Interactions.XINHONG);
    TierComparison.Result expected =
        TierComparison.of(byHand, Metrics.ENGAGEMENT_RATE).resamples(100).run();
    assertThat(derived.groups()).isEqualTo(expected.groups()).hasSize(4);
    assertThat(derived.kruskalWallis()).isEqualTo(expected.kruskalWallis());
    assertThat(NOTES.columnNames()).isEqualTo(before);
  }

  @Test
  void unknownMetric_listsTheDerivableColumns() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TierComparison.of(NOTES, "median_engagement_rate").run());
    assertThat(e.getMessage()).startsWith("no column 'median_engagement_rate'; columns are [note_id,")
        .contains("derivable from them: [likes_per_view, comments_per_like, collects_per_like,"
            + " interactions, engagement_rate, cost_per_interaction, cost_per_1000_views]");
  }
}
