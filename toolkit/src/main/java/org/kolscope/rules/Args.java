package org.kolscope.rules;

/** Argument checks shared by the rules' constructors. */
final class Args {
  private Args() {}

  static double positive(String name, double v) {
    if (!(v > 0 && Double.isFinite(v))) {
      throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
    }
    return v;
  }

  static double nonNegative(String name, double v) {
    if (!(v >= 0 && Double.isFinite(v))) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, got " + v);
    }
    return v;
  }

  static double fraction(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
    }
    return v;
  }

  static int atLeast(String name, int v, int min) {
    if (v < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + v);
    }
    return v;
  }

  static void range(String what, double low, double high) {
    positive(what + " low", low);
    positive(what + " high", high);
    if (low >= high) {
      throw new IllegalArgumentException(
          what + " must satisfy low < high, got [" + low + ", " + high + "]");
    }
  }
}
