package org.kolscope.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kolscope.io.Schema;
import org.kolscope.metrics.Cells;
import org.kolscope.metrics.Interactions;
import org.kolscope.metrics.KolAggregates;
import org.kolscope.tiers.Tiers;
import tech.tablesaw.api.Table;

/**
 * What the rules read: the KOLs (one row each, with {@code tier}, account ratios and note
 * aggregates) and, when given, their notes with note ratios.
 *
 * @param kols one row per KOL; needs {@code kol_id}, {@code followers} and {@code tier}
 * @param notes the notes with their ratios, or {@code null} when none were given
 * @param tiers the tiers used for {@code tier}
 * @param interactions the definition of interactions used
 */
public record AuditData(Table kols, Table notes, Tiers tiers, Interactions interactions) {

  public AuditData {
    Objects.requireNonNull(kols, "kols");
    Objects.requireNonNull(tiers, "tiers");
    Objects.requireNonNull(interactions, "interactions");
    Cells.require(kols, Schema.KOL_ID, "audited KOLs");
    Cells.require(kols, Schema.TIER, "audited KOLs");
  }

  /** Whether notes were given. */
  public boolean hasNotes() {
    return notes != null;
  }

  /** The KOL id of row {@code row}. */
  public String kolId(int row) {
    return Cells.text(kols, Schema.KOL_ID, row);
  }

  /** The tier label of row {@code row} ({@code ""} when followers are unknown). */
  public String tier(int row) {
    return Cells.text(kols, Schema.TIER, row);
  }

  /** A numeric cell of the KOLs table, {@code NaN} when unknown. */
  public double kol(String column, int row) {
    return Cells.number(kols, column, row);
  }

  /** The KOLs' row numbers grouped by tier, in tier order; KOLs without a tier are left out. */
  public Map<String, List<Integer>> rowsByTier() {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (String label : tiers.labels()) {
      out.put(label, new java.util.ArrayList<>());
    }
    for (int r = 0; r < kols.rowCount(); r++) {
      List<Integer> rows = out.get(tier(r));
      if (rows != null) {
        rows.add(r);
      }
    }
    return out;
  }

  /** The rows of KOLs without a tier (followers unknown). */
  public List<Integer> untiered() {
    List<Integer> out = new java.util.ArrayList<>();
    for (int r = 0; r < kols.rowCount(); r++) {
      if (tiers.indexOfLabel(tier(r)) < 0) {
        out.add(r);
      }
    }
    return out;
  }

  /** The notes' row numbers by KOL id (empty when no notes were given). */
  public Map<String, List<Integer>> notesByKol() {
    return notes == null ? Map.of() : KolAggregates.rowsByKol(notes);
  }
}
