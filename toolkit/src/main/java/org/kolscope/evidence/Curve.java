package org.kolscope.evidence;

/** A robust centre, local slope and local spread of a signal against log10 followers. */
public interface Curve {
  /** The centre at {@code x}. */
  double centre(double x);

  /** The slope of the centre at {@code x}. */
  double slope(double x);

  /** The robust spread of honest values around the centre at {@code x}. */
  double scale(double x);
}
