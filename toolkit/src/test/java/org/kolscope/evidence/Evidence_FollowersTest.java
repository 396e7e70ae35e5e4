package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kolscope.data.GeneratedData;
import org.kolscope.data.Generator;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

/**
 * Each KOL's evidence carries its follower count as loaded, to the last digit: it was rebuilt as
 * 10^log10(count), and {@code kolscope audit --json} printed 45913 followers as
 * 45913.00000000001.
 */
class Evidence_FollowersTest {

  @Test
  void followers_areTheCountsOfTheTable_notARoundTrip() {
    GeneratedData d = Generator.builder().accounts(300).notesPerAccount(6).seed(7).build().generate();
    Table kols = d.accounts();
    EvidenceResult r = Evidence.of(kols).notes(d.notes()).run();
    int roundTripDiffers = 0;
    for (int k = 0; k < kols.rowCount(); k++) {
      double f = Cells.number(kols, Schema.FOLLOWERS, k);
      assertThat(r.kols().get(k).followers()).as("KOL %s", k).isEqualTo(f);
      if (Math.pow(10, Math.log10(f)) != f) {
        roundTripDiffers++;
      }
    }
    // the data do exercise the bug: some counts do not survive 10^log10
    assertThat(roundTripDiffers).isPositive();
  }
}
