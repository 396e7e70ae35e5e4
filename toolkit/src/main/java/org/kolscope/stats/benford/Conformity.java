package org.kolscope.stats.benford;

/**
 * Nigrini's conformity classes for the mean absolute deviation (MAD) between observed and Benford
 * proportions. Bounds (Nigrini 2012, Table 7.1; project facts in docs/domain.md), a MAD equal to a
 * bound belongs to the better class:
 *
 * <pre>
 *   first digit:        ≤ 0.006 close, ≤ 0.012 acceptable, ≤ 0.015 marginal, above: nonconformity
 *   first two digits:   ≤ 0.0012,      ≤ 0.0018,            ≤ 0.0022
 * </pre>
 *
 * <p>Reference: Nigrini, M.J. (2012) Benford's Law: Applications for Forensic Accounting,
 * Auditing, and Fraud Detection, Wiley, Table 7.1.
 */
public enum Conformity {
  CLOSE("Close conformity"),
  ACCEPTABLE("Acceptable conformity"),
  MARGINAL("Marginally acceptable conformity"),
  NONCONFORMITY("Nonconformity");

  private final String label;

  Conformity(String label) {
    this.label = label;
  }

  /** Nigrini's wording, e.g. {@code "Close conformity"}. */
  public String label() {
    return label;
  }

  /** The class of a MAD for the given digit test. */
  public static Conformity of(double mad, Benford.Digits digits) {
    double[] b = digits.madBounds();
    if (mad <= b[0]) {
      return CLOSE;
    }
    if (mad <= b[1]) {
      return ACCEPTABLE;
    }
    if (mad <= b[2]) {
      return MARGINAL;
    }
    return NONCONFORMITY;
  }
}
