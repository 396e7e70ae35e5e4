package org.kolscope.charts;

import org.kolscope.core.Tiers;

/**
 * Options of the charts that group KOLs by tier: a column holding each row's tier, or the {@link
 * Tiers} to compute it from the follower counts (default {@link Tiers#RED}). With neither, an
 * existing {@code tier} column is used if the table has one.
 *
 * @param <B> the concrete builder
 */
public abstract class TierChartOptions<B extends TierChartOptions<B>> extends ChartOptions<B> {
  String tierColumn;
  Tiers tiers;

  TierChartOptions() {}

  /** A column holding each row's tier label (null to compute tiers). */
  public B tierColumn(String column) {
    this.tierColumn = column;
    return self();
  }

  /** The tiers to compute from follower counts and to order tier labels by (null for RED). */
  public B tiers(Tiers tiers) {
    this.tiers = tiers;
    return self();
  }
}
