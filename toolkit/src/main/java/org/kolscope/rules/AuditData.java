package org.kolscope.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import org.kolscope.io.KolGroups;
import org.kolscope.metrics.Interactions;
import tech.tablesaw.api.Table;

/**
 * What the rules read: the KOLs (one row each, with {@code tier}, account ratios and note
 * aggregates) and, when given, their notes with note ratios.
 *
 * @param kols one row per KOL; needs {@code kol_id}, {@code followers} and {@code tier}
 * @param notes the notes with their ratios, or {@code null} when none were given
 * @param tiers the tiers used for {@code tier}
 * @param interactions the definition of interactions used
 * @param noteGroups the notes' rows grouped by {@code kol_id} ({@link KolGroups#of} of {@code
 *     notes}), or {@code null} when no notes were given
 * @param notesHeldElsewhere notes were given but are not here ({@code notes} is null): an engine
 *     keeps them in parts and checks the {@link NoteRule}s there
 */
public record AuditData(Table kols, Table notes, Tiers tiers, Interactions interactions,
    KolGroups noteGroups, boolean notesHeldElsewhere) {

  public AuditData {
    Objects.requireNonNull(kols, "kols");
    Objects.requireNonNull(tiers, "tiers");
    Objects.requireNonNull(interactions, "interactions");
    Cells.require(kols, Schema.KOL_ID, "audited KOLs");
    Cells.require(kols, Schema.TIER, "audited KOLs");
    if (notes != null && noteGroups == null) {
      noteGroups = KolGroups.of(notes);
    }
  }

  /** The data of an audit; the notes (if any) are grouped by {@code kol_id} here. */
  public AuditData(Table kols, Table notes, Tiers tiers, Interactions interactions) {
    this(kols, notes, tiers, interactions, null);
  }

  /** The data of an audit with its notes (if any) and their grouping. */
  public AuditData(Table kols, Table notes, Tiers tiers, Interactions interactions,
      KolGroups noteGroups) {
    this(kols, notes, tiers, interactions, noteGroups, false);
  }

  /** Whether notes were given (here, or held elsewhere). */
  public boolean hasNotes() {
    return notes != null || notesHeldElsewhere;
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
    tech.tablesaw.columns.Column<?> tier = Cells.find(kols, Schema.TIER);
    for (int r = 0; r < kols.rowCount(); r++) {
      List<Integer> rows = out.get(Cells.text(tier, r));
      if (rows != null) {
        rows.add(r);
      }
    }
    return out;
  }

  /** The rows of KOLs without a tier (followers unknown). */
  public List<Integer> untiered() {
    List<Integer> out = new java.util.ArrayList<>();
    tech.tablesaw.columns.Column<?> tier = Cells.find(kols, Schema.TIER);
    for (int r = 0; r < kols.rowCount(); r++) {
      if (tiers.indexOfLabel(Cells.text(tier, r)) < 0) {
        out.add(r);
      }
    }
    return out;
  }

  /** The notes' row numbers by KOL id (empty when no notes were given). */
  public Map<String, List<Integer>> notesByKol() {
    return notes == null ? Map.of() : noteGroups.asMap();
  }

  /**
   * The column {@code column} of the KOLs table if numeric, else {@code null}: look it up once and
   * read cells with {@link Cells#number(tech.tablesaw.api.NumericColumn, int)} in a loop over KOLs.
   */
  public tech.tablesaw.api.NumericColumn<?> kolColumn(String column) {
    return Cells.numeric(kols, column);
  }

  /** The group in {@link #noteGroups} of the KOL in row {@code row}, or -1 when it has no notes. */
  public int noteGroupOf(int row) {
    return notes == null ? -1 : noteGroups.indexOf(kolId(row));
  }

  /** The notes of the KOL in row {@code row} of the KOLs table (empty when it has none). */
  public List<Integer> notesOf(int row) {
    if (notes == null) {
      return List.of();
    }
    int g = noteGroups.indexOf(kolId(row));
    return g < 0 ? List.of() : noteGroups.rows(g);
  }
}
