package org.kolscope.metrics;

import java.util.List;
import org.kolscope.core.Cells;
import org.kolscope.core.Schema;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The definition of a note's interactions (互动量).
 *
 * <p>{@link #XINHONG} (the default): likes + collects + comments, as Xinhong (新红) defines 互动量.
 * {@link #WITH_SHARES}: likes + collects + comments + shares, as some platforms (e.g. Kelaorui)
 * count it. A note whose needed count is missing gets a missing value and a reason.
 *
 * @param includeShares whether shares count as interactions
 */
public record Interactions(boolean includeShares) implements java.io.Serializable {
  /** Name of the interactions column added to notes. */
  public static final String COLUMN = "interactions";

  /** likes + collects + comments (Xinhong's 互动量): the default. */
  public static final Interactions XINHONG = new Interactions(false);

  /** likes + collects + comments + shares. */
  public static final Interactions WITH_SHARES = new Interactions(true);

  /** The counted columns, in order. */
  public List<String> components() {
    return includeShares
        ? List.of(Schema.LIKES, Schema.COLLECTS, Schema.COMMENTS, Schema.SHARES)
        : List.of(Schema.LIKES, Schema.COLLECTS, Schema.COMMENTS);
  }

  /** The definition as text, e.g. {@code likes + collects + comments}. */
  public String definition() {
    return String.join(" + ", components());
  }

  /**
   * Adds (or replaces) the {@value #COLUMN} column of {@code notes}: the sum of {@link
   * #components()}; missing, with a reason, where a component is missing.
   */
  public DoubleColumn add(Table notes) {
    DoubleColumn out = DoubleColumn.create(COLUMN, notes.rowCount());
    List<String> names = components();
    NumericColumn<?>[] columns = new NumericColumn<?>[names.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = Cells.numeric(notes, names.get(i));
    }
    for (int r = 0; r < notes.rowCount(); r++) {
      double sum = 0;
      String missing = null;
      for (int i = 0; i < columns.length; i++) {
        double v = Cells.number(columns[i], r);
        if (Double.isNaN(v)) {
          missing = names.get(i);
          break;
        }
        sum += v;
      }
      if (missing == null) {
        out.set(r, sum);
      } else {
        out.setMissing(r);
        MissingReasons.add(notes, r, COLUMN + ": " + missing + " unknown");
      }
    }
    Cells.put(notes, out);
    return out;
  }

  @Override
  public String toString() {
    return "interactions = " + definition();
  }
}
