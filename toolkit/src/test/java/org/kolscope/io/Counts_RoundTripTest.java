package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.kolscope.core.CountParser;

/** Formatting a count then parsing it gives it back (exact forms) or within half a unit (app forms). */
class Counts_RoundTripTest {

  @Property(tries = 2000)
  void exactFormat_parsesBack(@ForAll @LongRange(min = 0) long value, @ForAll Counts.Unit unit) {
    String text = Counts.format(value, unit);
    assertThat(CountParser.count(text)).as(text).isEqualTo(value);
  }

  @Property(tries = 1000)
  void lowerBoundFormat_parsesBackAsLowerBound(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long value, @ForAll Counts.Unit unit) {
    CountParser p = new CountParser();
    assertThat(p.parse(Counts.format(value, unit) + "+")).isTrue();
    assertThat(p.value()).isEqualTo(value);
    assertThat(p.lowerBound()).isTrue();
  }

  @Property(tries = 2000)
  void groupedFormat_parsesBack(@ForAll @LongRange(min = 0) long value) {
    String text = String.format(java.util.Locale.US, "%,d", value);
    assertThat(CountParser.count(text)).as(text).isEqualTo(value);
  }

  @Property(tries = 2000)
  void redAppFormat_parsesBackWithinHalfItsLastDigit(
      @ForAll @LongRange(min = 0, max = 10_000_000_000_000L) long value) {
    String text = Counts.red(value);
    long parsed = CountParser.count(text);
    // below 1万 exact; 万 with one decimal: ±500; 亿 with one decimal: ±5,000,000
    long halfStep = value < 10_000 ? 0 : value < 100_000_000 ? 500 : 5_000_000;
    assertThat(Math.abs(parsed - value)).as(text).isLessThanOrEqualTo(halfStep);
  }

  @Property(tries = 2000)
  void internationalFormat_parsesBackWithinHalfItsLastDigit(
      @ForAll @LongRange(min = 0, max = 10_000_000_000_000L) long value) {
    String text = Counts.international(value);
    long parsed = CountParser.count(text);
    long halfStep = value < 1_000 ? 0 : value < 1_000_000 ? 50 : value < 1_000_000_000 ? 50_000 : 50_000_000;
    assertThat(Math.abs(parsed - value)).as(text).isLessThanOrEqualTo(halfStep);
  }
}
