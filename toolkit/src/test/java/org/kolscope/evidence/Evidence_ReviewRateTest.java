package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolscope.io.KolData;
import org.kolscope.rules.Audit;
import tech.tablesaw.api.Table;

/**
 * The review rate when only the false-alarm rate is set: the default ({@value
 * Evidence#DEFAULT_REVIEW_RATE}), or the false-alarm rate when that is higher, so that {@code
 * Audit.of(accounts).falseAlarm(0.05).run()} runs (it failed: "review rate 0.025 is below the
 * false-alarm rate 0.05", a rate the caller had not set). A review rate set below the false-alarm
 * rate is still refused.
 */
class Evidence_ReviewRateTest {
  private static final Table ACCOUNTS = KolData.load("../data/accounts.csv");

  @ParameterizedTest(name = "false alarm {0} -> review {1}")
  @CsvSource({"0.05, 0.05", "0.005, 0.025", "0.01, 0.025", "0.5, 0.5"})
  void falseAlarmOnly_reviewIsTheDefaultOrTheFalseAlarmRate(double falseAlarm, double review) {
    EvidenceResult e = Evidence.of(ACCOUNTS.copy()).falseAlarm(falseAlarm).run();
    assertThat(e.reviewRate()).isEqualTo(review);
    assertThat(Audit.of(ACCOUNTS).falseAlarm(falseAlarm).run().evidence().reviewRate()).isEqualTo(review);
  }

  @Test
  void reviewRateSet_isKept_andBelowTheFalseAlarmRateRefused() {
    assertThat(Evidence.of(ACCOUNTS.copy()).falseAlarm(0.05).reviewRate(0.2).run().reviewRate()).isEqualTo(0.2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Evidence.of(ACCOUNTS.copy()).falseAlarm(0.05).reviewRate(0.01).run());
    assertThat(e).hasMessage("review rate 0.01 is below the false-alarm rate 0.05: review must include suspicious");
  }
}
