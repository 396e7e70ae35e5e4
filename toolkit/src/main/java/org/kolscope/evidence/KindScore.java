package org.kolscope.evidence;

import java.util.List;

/**
 * The combined evidence of one kind of manipulation on one KOL.
 *
 * @param kind the manipulation
 * @param score the GLS score standardised by the empirical null ({@link EmpiricalNull})
 * @param pValue its one-sided p-value under the null, 1 − Φ(score)
 * @param drivers the signals that contribute most to the score, largest first
 */
public record KindScore(Manipulation kind, double score, double pValue, List<Signal> drivers) {}
