package org.kolscope.evidence;

/**
 * A {@link Curve} given by points (x, centre, spread, slope), linear between them and constant
 * beyond the ends: the form {@link RedReference} keeps.
 *
 * @param n accounts the curve was fitted on
 * @param floor the smallest spread used in a z-score
 * @param points {@code {x, centre, spread, slope}} rows, ascending in x
 */
record ReferenceCurve(int n, double floor, double[][] points) implements Curve {
  private double at(double x, int column) {
    double[] gx = new double[points.length];
    double[] gy = new double[points.length];
    for (int i = 0; i < points.length; i++) {
      gx[i] = points[i][0];
      gy[i] = points[i][column];
    }
    return LocalFit.interpolate(gx, gy, x);
  }

  @Override
  public double centre(double x) {
    return at(x, 1);
  }

  @Override
  public double scale(double x) {
    return at(x, 2);
  }

  @Override
  public double slope(double x) {
    return at(x, 3);
  }
}
