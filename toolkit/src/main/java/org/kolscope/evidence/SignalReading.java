package org.kolscope.evidence;

/**
 * One signal measured on one KOL against what honest accounts of its size show.
 *
 * @param signal the signal
 * @param value the KOL's value
 * @param expected the expected value at the KOL's size (the fitted centre)
 * @param z the robust residual z-score: (value − expected) in units of the local spread, on the
 *     log10 scale for ratios
 */
public record SignalReading(Signal signal, double value, double expected, double z) {}
