package org.kolscope.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kolscope.core.Cells;
import org.kolscope.core.Numbers;

/** A finding in words and numbers, e.g. "bought followers: score 3.9 ≥ 2.7 (1 % false alarms): …". */
final class Reasons {
  private Reasons() {}

  /** The readings of the score's drivers, strongest first. */
  static List<SignalReading> drivers(KindScore s, List<SignalReading> readings) {
    List<SignalReading> out = new ArrayList<>();
    for (Signal sig : s.drivers()) {
      for (SignalReading r : readings) {
        if (r.signal() == sig) {
          out.add(r);
        }
      }
    }
    return out;
  }

  static String of(KindScore s, double threshold, double rate, List<SignalReading> drivers, double x) {
    StringBuilder sb = new StringBuilder(s.kind().label()).append(": evidence ")
        .append(String.format(Locale.ROOT, "%.1f", s.score())).append(" ≥ ")
        .append(String.format(Locale.ROOT, "%.1f", threshold)).append(" (the level ")
        .append(Numbers.percent(rate)).append(" of honest KOLs reach)");
    List<String> parts = new ArrayList<>();
    for (SignalReading r : drivers) {
      if (parts.size() < 3) {
        parts.add(reading(r, x));
      }
    }
    if (!parts.isEmpty()) {
      sb.append(": ").append(String.join("; ", parts));
    }
    return sb.toString();
  }

  /** Why a KOL could not be judged, e.g. "no signal could be judged: reach: no views column; …". */
  static String notChecked(java.util.Map<Signal, String> notChecked) {
    return "no signal could be judged: " + String.join("; ", notChecked.entrySet().stream()
        .map(e -> e.getKey().label() + ": " + e.getValue()).limit(4).toList());
  }

  /** E.g. "views per follower 0.8 % against 4.1 % expected at 120,000 followers (z = −4.6)". */
  static String reading(SignalReading r, double x) {
    StringBuilder sb = new StringBuilder(r.signal().label()).append(' ');
    if (r.signal().ratio()) {
      boolean pct = Math.max(r.value(), r.expected()) < 1;
      sb.append(pct ? Numbers.percent(r.value()) : Numbers.readable(r.value())).append(" against ")
          .append(pct ? Numbers.percent(r.expected()) : Numbers.readable(r.expected()))
          .append(" expected at ").append(Numbers.readable(Math.round(Math.pow(10, x)))).append(" followers");
    } else {
      sb.append(Numbers.signed(r.value())).append(" (typical ").append(Numbers.signed(r.expected())).append(')');
    }
    return sb.append(" (z = ").append(Numbers.signed(r.z())).append(')').toString();
  }
}
