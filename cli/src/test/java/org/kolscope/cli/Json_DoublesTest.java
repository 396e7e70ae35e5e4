package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The doubles of a JSON document ({@link Json#print}, Jackson's shortest-digits writer) read back
 * as the same doubles, bit for bit, and with no more digits than {@link Double#toString} gives: on
 * random bit patterns over the whole range (subnormals and the extremes included), the values the
 * audit writes (ratios, z-scores, p-values) and the edge values.
 */
class Json_DoublesTest {

  @Test
  void manyDoubles_readBackToTheSameBits_inNoMoreDigitsThanDoubleToString() throws Exception {
    Random rnd = new Random(11);
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL, Double.MAX_VALUE, 1e-3, 1e7, 9.999999999999999e6, 2e-3, 1e23, 5e-324,
        45913.0, 0.1 + 0.2, 1.0 / 3));
    for (int i = 0; i < 20_000; i++) {
      double v = Double.longBitsToDouble(rnd.nextLong());
      if (Double.isFinite(v)) {
        values.add(v);
      }
      values.add(rnd.nextGaussian() * Math.pow(10, rnd.nextInt(12) - 6));
    }
    StringWriter sw = new StringWriter();
    Json.print(new PrintWriter(sw), values);
    JsonNode read = new ObjectMapper().readTree(sw.toString());
    assertThat(read.size()).isEqualTo(values.size());
    for (int i = 0; i < values.size(); i++) {
      double want = values.get(i);
      JsonNode n = read.get(i);
      assertThat(Double.doubleToRawLongBits(Double.parseDouble(n.asText())))
          .as("value %d: %s written as %s", i, want, n.asText())
          .isEqualTo(Double.doubleToRawLongBits(want));
      assertThat(significantDigits(n.asText())).as("digits of %s", want)
          .isLessThanOrEqualTo(significantDigits(Double.toString(want)));
    }
  }

  /** The significant digits of a decimal numeral (sign, point, exponent and leading zeros left out). */
  private static int significantDigits(String s) {
    String m = s.toLowerCase(java.util.Locale.ROOT).split("e")[0].replace("-", "").replace(".", "");
    m = m.replaceFirst("^0+", "").replaceFirst("0+$", "");
    return Math.max(1, m.length());
  }
}
