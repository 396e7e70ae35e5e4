package org.kolscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signals not judged are listed in the signals' order, the same in every run: before, {@code
 * Map.copyOf} gave an order that changed from one JVM to the next, and two audits of one file
 * wrote different {@code not_checked} cells.
 */
class Signal_InOrderTest {

  @Test
  void mapGivenBackwards_iteratesInDeclaredOrder() {
    Map<Signal, String> backwards = new LinkedHashMap<>();
    List<Signal> all = Arrays.asList(Signal.values());
    for (int i = all.size() - 1; i >= 0; i--) {
      backwards.put(all.get(i), "reason " + i);
    }
    Map<Signal, String> m = Signal.inOrder(backwards);
    assertThat(m.keySet()).containsExactlyElementsOf(all);
    assertThat(m.get(Signal.REACH)).isEqualTo("reason 0");
    assertThrows(UnsupportedOperationException.class, () -> m.put(Signal.REACH, "x"));
  }

  @Test
  void kolEvidence_keepsTheDeclaredOrder() {
    Map<Signal, String> backwards = new LinkedHashMap<>();
    backwards.put(Signal.COMMENT_SPIKE, "no notes");
    backwards.put(Signal.LIKES_PER_VIEW, "no views");
    backwards.put(Signal.REACH, "no views");
    KolEvidence k = new KolEvidence("k1", 1000, List.of(), backwards, List.of(),
        Verdict.NOT_CHECKED, List.of());
    assertThat(k.notChecked().keySet())
        .containsExactly(Signal.REACH, Signal.LIKES_PER_VIEW, Signal.COMMENT_SPIKE);
  }
}
