package org.kolscope.stats.outliers;

import org.kolscope.stats.Outlier;

/**
 * One step of a sequential procedure (generalized ESD, iterated Grubbs).
 *
 * @param r the step number, from 1
 * @param statistic the test statistic at this step (R_i, G)
 * @param criticalValue its critical value (λ_i, G_crit)
 * @param candidate the most extreme value at this step, removed before the next step
 */
public record Step(int r, double statistic, double criticalValue, Outlier candidate) {
  /** Whether the statistic exceeds the critical value at this step. */
  public boolean exceeds() {
    return statistic > criticalValue;
  }
}
