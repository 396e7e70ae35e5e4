package org.kolscope.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolscope.io.CsvOut;

/**
 * Doubles written by other tools and by KOLScope read back as the same double, bit for bit. The
 * doubles are drawn from every bit pattern (so every exponent, subnormals and both zeros occur),
 * not from a range of values. The oracle for "same" is the bit pattern; for "fewest digits" it is
 * {@link Double#parseDouble} on every shorter rounding.
 */
class CountParser_DoubleRoundTripTest {

  @Provide
  Arbitrary<Double> finiteDoubles() {
    return Arbitraries.longs()
        .map(Double::longBitsToDouble)
        .filter(Double::isFinite)
        .edgeCases(c -> c.add(0.0).add(-0.0).add(Double.MIN_VALUE).add(Double.MAX_VALUE)
            .add(Double.MIN_NORMAL).add(-Double.MAX_VALUE).add(2.7730394788474835E-4));
  }

  @Property(tries = 5000)
  void doubleToString_parsesBackToTheSameDouble(@ForAll("finiteDoubles") double d) {
    String text = Double.toString(d);
    assertThat(Double.doubleToRawLongBits(CountParser.number(text))).as(text)
        .isEqualTo(Double.doubleToRawLongBits(d));
  }

  @Property(tries = 5000)
  void csvOutNumber_parsesBackToTheSameDouble(@ForAll("finiteDoubles") double d) {
    String text = CsvOut.number(d);
    assertThat(Double.doubleToRawLongBits(CountParser.number(text))).as(text)
        .isEqualTo(Double.doubleToRawLongBits(d));
  }

  @Property(tries = 3000)
  void csvOutNumber_hasNoMoreDigitsThanNeeded(@ForAll("finiteDoubles") double d) {
    String text = CsvOut.number(d);
    BigDecimal written = new BigDecimal(text).stripTrailingZeros();
    int p = written.precision();
    if (d == 0 || p == 1) {
      return; // one digit: nothing shorter exists
    }
    // no decimal of p - 1 significant digits reads back as d: the two nearest ones do not
    BigDecimal exact = new BigDecimal(d);
    for (RoundingMode m : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
      BigDecimal shorter = exact.round(new MathContext(p - 1, m));
      assertThat(Double.parseDouble(shorter.toString())).as("%s: %s also reads back", text, shorter)
          .isNotEqualTo(d);
    }
  }

  @Property(tries = 1000)
  void pandasAndRFormats_parseBack(@ForAll("finiteDoubles") double d) {
    // pandas' default float_format is repr (Python's shortest, e.g. 3.2868e-05); R's write.csv
    // uses 15 significant digits, %.15g
    String python = String.format(java.util.Locale.ROOT, "%.17g", d);
    assertThat(CountParser.number(python)).as(python).isEqualTo(Double.parseDouble(python));
    String r = String.format(java.util.Locale.ROOT, "%.15g", d);
    if (Double.isInfinite(Double.parseDouble(r))) {
      // 15 digits of ±Double.MAX_VALUE round up past it: not a double, said so
      CountParser p = new CountParser();
      assertThat(p.parseNumber(r)).as(r).isFalse();
      assertThat(p.error()).isEqualTo("beyond the range of a double (about ±1.8E308)");
    } else {
      assertThat(CountParser.number(r)).as(r).isEqualTo(Double.parseDouble(r));
    }
  }

  // Double.toString of non-finite doubles, and how other tools write them: missing, with the kind
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"NaN|NaN", "Infinity|infinity", "-Infinity|minus infinity"})
  void nonFinite_javaForms_areMissingWithKind(String text, String kind) {
    CountParser p = new CountParser();
    assertThat(p.parseNumber(text)).isFalse();
    assertThat(p.missing()).isTrue();
    assertThat(p.nonFinite()).isEqualTo(kind);
  }

  // hand-checked: the fewest digits, plain between 1e-7 and 1e21, scientific outside
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2.7730394788474835E-4|0.00027730394788474835",
        "1200.0|1200",
        "0.1|0.1",
        "-0.0|-0",
        "1.0E-7|0.0000001",
        "1.0E-8|1E-8",
        "1.0E21|1E21",
        "1.0E20|100000000000000000000",
        "4.9E-324|5E-324",
        "1.7976931348623157E308|1.7976931348623157E308",
        "2.0E23|2E23",
      })
  void csvOutNumber_handChecked(double d, String expected) {
    assertThat(CsvOut.number(d)).isEqualTo(expected);
  }
}
