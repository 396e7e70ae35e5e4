package org.kolscope.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class Verdict_CombineTest {
  private static Flag f(String rule, Severity s) {
    return new Flag("k", rule, s, "r", 1, 1);
  }

  @Test
  void noFlags_orInfoAndUnknownOnly_ok() {
    assertThat(Verdict.of(List.of())).isEqualTo(Verdict.OK);
    assertThat(Verdict.of(List.of(f("R5 price", Severity.INFO), f("R3 likes-per-view", Severity.UNKNOWN))))
        .isEqualTo(Verdict.OK);
  }

  @Test
  void oneWarning_review() {
    assertThat(Verdict.of(List.of(f("R1 fake-followers", Severity.WARNING)))).isEqualTo(Verdict.REVIEW);
  }

  @Test
  void warningsFromTwoRules_suspicious() {
    assertThat(Verdict.of(List.of(f("R1 fake-followers", Severity.WARNING),
        f("R2 likes-per-follower", Severity.WARNING)))).isEqualTo(Verdict.SUSPICIOUS);
  }

  @Test
  void oneAlert_suspicious() {
    assertThat(Verdict.of(List.of(f("R7 comment-farm", Severity.ALERT)))).isEqualTo(Verdict.SUSPICIOUS);
  }

  @Test
  void parse_rejectsUnknownQuotingIt() {
    assertThat(Verdict.parse("Review")).isEqualTo(Verdict.REVIEW);
    assertThat(assertThrows(IllegalArgumentException.class, () -> Verdict.parse("bad")))
        .hasMessageContaining("'bad'");
  }
}
