package org.kolscope.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kolscope.metrics.Cells;

/** A finding in words and numbers, e.g. "bought followers: score 3.9 ≥ 2.7 (1 % false alarms): …". */
final class Reasons {
  private Reasons() {}

  static String of(KindScore s, double threshold, double rate, List<SignalReading> readings, double x) {
    StringBuilder sb = new StringBuilder(s.kind().label()).append(": score ")
        .append(String.format(Locale.ROOT, "%.1f", s.score())).append(" ≥ ")
        .append(String.format(Locale.ROOT, "%.1f", threshold)).append(" (")
        .append(Cells.pct(rate)).append(" false alarms)");
    List<String> parts = new ArrayList<>();
    for (Signal sig : s.drivers()) {
      for (SignalReading r : readings) {
        if (r.signal() == sig && parts.size() < 3) {
          parts.add(reading(r, x));
        }
      }
    }
    if (!parts.isEmpty()) {
      sb.append(": ").append(String.join("; ", parts));
    }
    return sb.toString();
  }

  /** E.g. "views per follower 0.8 % against 4.1 % expected at 120,000 followers (z = −4.6)". */
  static String reading(SignalReading r, double x) {
    StringBuilder sb = new StringBuilder(r.signal().label()).append(' ');
    if (r.signal().ratio()) {
      sb.append(ratio(r.value())).append(" against ").append(ratio(r.expected()))
          .append(" expected at ").append(Cells.fmt(Math.round(Math.pow(10, x)))).append(" followers");
    } else {
      sb.append(String.format(Locale.ROOT, "%.1f", r.value())).append(" (typical ")
          .append(String.format(Locale.ROOT, "%.1f", r.expected())).append(')');
    }
    return sb.append(String.format(Locale.ROOT, " (z = %.1f)", r.z()).replace('-', '−')).toString();
  }

  private static String ratio(double v) {
    return v < 1 ? Cells.pct(v) : Cells.fmt(v);
  }
}
