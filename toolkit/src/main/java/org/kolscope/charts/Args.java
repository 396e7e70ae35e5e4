package org.kolscope.charts;

/** Argument checks shared by the chart builders; messages quote the value and the allowed range. */
final class Args {
  private Args() {}

  /**
   * {@code value} if it is at least {@code min}.
   *
   * @throws IllegalArgumentException otherwise, naming the option
   */
  static int atLeast(String option, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(option + " must be >= " + min + ", got " + value);
    }
    return value;
  }
}
