package org.kolscope.stats;

/**
 * Thrown when a sample (or a group) has fewer values than a test needs. Grouped runs catch it and
 * report the group as too small instead of guessing.
 */
public final class SampleTooSmallException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int n;
  private final int minimum;

  /** A sample of {@code n} values given to {@code method}, which needs {@code minimum}. */
  public SampleTooSmallException(String method, int n, int minimum) {
    this(n, minimum, method + " needs at least " + minimum + " values, got n = " + n);
  }

  private SampleTooSmallException(int n, int minimum, String message) {
    super(message);
    this.n = n;
    this.minimum = minimum;
  }

  /**
   * A sample of {@code n} values outside the range a test is tabulated for (e.g. Dixon above n =
   * 30), with the full reason.
   */
  public static SampleTooSmallException outsideTable(String message, int n, int minimum) {
    return new SampleTooSmallException(n, minimum, message);
  }

  /**
   * This exception with why values were left out appended, e.g. {@code Grubbs needs at least 3
   * values, got n = 0: 120 row(s) with values <= 0 left out on the log10 scale}; itself when
   * {@code reasons} is empty.
   *
   * @param reasons what was left out and why (a sample's warnings), not null
   */
  public SampleTooSmallException because(java.util.List<String> reasons) {
    if (reasons.isEmpty()) {
      return this;
    }
    SampleTooSmallException e =
        new SampleTooSmallException(n, minimum, getMessage() + ": " + String.join(", ", reasons));
    e.setStackTrace(getStackTrace());
    return e;
  }

  /** The number of values given. */
  public int n() {
    return n;
  }

  /** The smallest number of values the test accepts. */
  public int minimum() {
    return minimum;
  }
}
