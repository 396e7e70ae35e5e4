package org.kolscope.stats;

/**
 * One flagged observation.
 *
 * @param index the 0-based data row of the input table (or the position in the array tested)
 * @param id the row's identifier (e.g. {@code kol_id}), or {@code null} when none was given
 * @param value the value as given, on the original scale (not log10)
 * @param score the method's score for this value (G, R_i, modified z, fence distance, ...); NaN
 *     where the method has none
 */
public record Outlier(int index, String id, double value, double score) {}
