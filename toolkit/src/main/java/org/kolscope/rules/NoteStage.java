package org.kolscope.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kolscope.core.Cells;
import org.kolscope.core.Quantiles;
import org.kolscope.core.Schema;
import org.kolscope.core.TableData;
import org.kolscope.core.Tiers;
import org.kolscope.evidence.LocalFit;
import org.kolscope.evidence.NoteSignals;
import org.kolscope.evidence.NoteSpikes;
import org.kolscope.io.AccountsFromPosts;
import org.kolscope.io.KolGroups;
import org.kolscope.metrics.Interactions;
import org.kolscope.metrics.KolAggregates;
import org.kolscope.metrics.Metrics;
import tech.tablesaw.api.Table;

/**
 * The per-KOL part of an audit, for an engine that holds the notes in parts where they are
 * (Apache Spark) instead of in one table: each part holds every note of its KOLs, in line order.
 * Everything an audit computes from one KOL's notes alone is computed on the parts; only one-row-
 * per-KOL results travel, and {@link Audit#run()} does the rest as it does with all notes.
 *
 * <ol>
 *   <li>{@link #points}: per part, the points the two spike scales are fitted on; the engine
 *       pools them (their sample in x order and the MAD of their deviations: {@link #scales}
 *       does it in memory) into {@link NoteSignals.Scales}.
 *   <li>{@link #part}: per part, with those scales: the derived accounts (without accounts), the
 *       note aggregates, the note signals and the {@link NoteRule}s' findings of its KOLs.
 *   <li>{@link NoteParts#of} on the parts, then {@link Audit#ofPosts(NoteParts)} or {@code
 *       Audit.of(accounts).posts(parts)}, {@link Audit#run()}.
 * </ol>
 *
 * <p>Obtained from the audit ({@link Audit#noteStage()}), so the tiers, interactions and rules
 * are the audit's; serializable, so an engine ships it to its workers.
 */
public final class NoteStage implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** One spike scale's points in a part: size, deviation and their order key (KOL, line). */
  public record SpikePoints(double[] size, double[] deviation, long[] kol, long[] line)
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The points. */
    public int count() {
      return size.length;
    }
  }

  private final TableData accounts; // kol_id, followers, tier; null: derived from the notes
  private final Tiers tiers;
  private final Interactions interactions;
  private final List<NoteRule> rules;
  private transient Table accountsTable;
  private transient Map<String, Integer> accountRow;

  private NoteStage(TableData accounts, Tiers tiers, Interactions interactions, List<NoteRule> rules) {
    this.accounts = accounts;
    this.tiers = tiers;
    this.interactions = interactions;
    this.rules = rules;
  }

  static NoteStage of(Table kols, Tiers tiers, Interactions interactions, List<NoteRule> rules) {
    TableData a = kols == null ? null
        : TableData.of(kols.selectColumns(Schema.KOL_ID, Schema.FOLLOWERS, Schema.TIER));
    return new NoteStage(a, tiers, interactions, List.copyOf(rules));
  }

  /**
   * Checks that notes with {@code notes}' columns give what this stage needs, failing as {@link
   * #part} would: without accounts, the columns to derive them from. For an engine that sends the
   * stage to its parts, to fail once, before they start, rather than in every part.
   *
   * @param notes notes with the parts' columns (no rows needed)
   * @throws IllegalArgumentException as {@link #part} throws it
   */
  public void check(Table notes) {
    if (accounts == null) {
      AccountsFromPosts.requireAuthorColumns(notes);
    }
  }

  /**
   * The spike points of one part ({@code [0]} likes, {@code [1]} comments), each point keyed by
   * its KOL (the KOL's first line without accounts, its row in the accounts with them) and its
   * line: all parts' points in key order, ties in x broken by key, are the points {@link
   * NoteSpikes} pools over all notes.
   *
   * @param notes the part's notes, as the loader gives them, in line order
   * @param lines per row of {@code notes}, its line, ascending
   */
  public SpikePoints[] points(Table notes, long[] lines) {
    Part p = new Part(notes, lines);
    NoteSignals.Points[] pts = NoteSignals.spikePoints(p.notes, p.groups, p.groupOf);
    SpikePoints[] out = new SpikePoints[2];
    for (int k = 0; k < 2; k++) {
      if (pts == null) {
        out[k] = new SpikePoints(new double[0], new double[0], new long[0], new long[0]);
        continue;
      }
      int m = pts[k].size().length;
      long[] kol = new long[m];
      long[] line = new long[m];
      for (int i = 0; i < m; i++) {
        kol[i] = p.key[pts[k].entry()[i]];
        line[i] = lines[pts[k].row()[i]];
      }
      out[k] = new SpikePoints(pts[k].size(), pts[k].deviation(), kol, line);
    }
    return out;
  }

  /**
   * The spike scales from all parts' points, in memory: the reference for an engine's own
   * pooling, and what a few parts on one machine use.
   *
   * @param parts each part's {@link #points}
   */
  public static NoteSignals.Scales scales(List<SpikePoints[]> parts) {
    NoteSpikes.Scale[] s = new NoteSpikes.Scale[2];
    for (int k = 0; k < 2; k++) {
      int total = 0;
      for (SpikePoints[] p : parts) {
        total += p[k].count();
      }
      if (total < LocalFit.MIN_POINTS) {
        continue;
      }
      double[] x = new double[total];
      double[] y = new double[total];
      long[] kol = new long[total];
      long[] line = new long[total];
      int at = 0;
      for (SpikePoints[] p : parts) {
        int m = p[k].count();
        System.arraycopy(p[k].size(), 0, x, at, m);
        System.arraycopy(p[k].deviation(), 0, y, at, m);
        System.arraycopy(p[k].kol(), 0, kol, at, m);
        System.arraycopy(p[k].line(), 0, line, at, m);
        at += m;
      }
      Integer[] order = new Integer[total];
      for (int i = 0; i < total; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> {
        int c = Double.compare(x[a], x[b]);
        if (c == 0) {
          c = Long.compare(kol[a], kol[b]);
        }
        return c != 0 ? c : Long.compare(line[a], line[b]);
      });
      int step = LocalFit.sampleStep(total);
      int n = (total + step - 1) / step;
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        xs[i] = x[order[i * step]];
        ys[i] = y[order[i * step]];
      }
      s[k] = NoteSpikes.Scale.ofSample(xs, ys, total, Quantiles.madNormal(y));
    }
    return new NoteSignals.Scales(s[0], s[1]);
  }

  /**
   * One part's per-KOL results.
   *
   * @param notes the part's notes, as the loader gives them, in line order
   * @param lines per row of {@code notes}, its line, ascending
   * @param scales the spike scales over all parts ({@link #scales} or the engine's)
   * @throws IllegalArgumentException if lines are not ascending, or (without accounts) the notes
   *     lack the author's followers
   */
  public NotePart part(Table notes, long[] lines, NoteSignals.Scales scales) {
    Objects.requireNonNull(scales, "scales");
    Part p = new Part(notes, lines);
    int unknown = Audit.notesOfUnknownKols(p.groups, p.rowOf);
    KolGroups groups = p.groups;
    Table n = Audit.shallowCopy(notes);
    n.setName("notes");
    if (!Cells.hasNumber(n, Schema.FOLLOWERS)) {
      Cells.put(n, Audit.followersOfNotes(n, p.kols, groups, p.rowOf));
    }
    Metrics.addToNotes(n, interactions);
    Table aggregates = KolAggregates.of(n, groups);
    NoteSignals signals = NoteSignals.of(n, groups, p.ids, p.groupOf, p.followers, scales);
    AuditData data = new AuditData(p.kols, n, tiers, interactions, groups);
    List<Flag> flags = new ArrayList<>();
    for (NoteRule r : rules) {
      flags.addAll(r.check(data));
    }
    long[] firstLines = new long[p.derived == null ? 0 : p.derived.rowCount()];
    for (int g = 0; g < firstLines.length; g++) {
      firstLines[g] = lines[groups.row(g, 0)];
    }
    return new NotePart(p.derived == null ? null : TableData.of(p.derived), firstLines,
        TableData.of(aggregates), signals, flags, notes.rowCount(), unknown);
  }

  /** The KOLs of a part: its groups, and for each KOL with notes there its row, group and key. */
  private final class Part {
    final Table notes;
    final KolGroups groups;
    final Table derived; // null with accounts
    final Table kols; // this part's KOLs with notes, with kol_id, followers and tier
    final Map<String, Integer> rowOf;
    final String[] ids;
    final int[] groupOf;
    final double[] followers;
    final long[] key;

    Part(Table notes, long[] lines) {
      if (lines.length != notes.rowCount()) {
        throw new IllegalArgumentException(notes.rowCount() + " notes but " + lines.length + " lines");
      }
      for (int i = 1; i < lines.length; i++) {
        if (lines[i] <= lines[i - 1]) {
          throw new IllegalArgumentException("a part's notes must be in line order: line "
              + lines[i] + " after line " + lines[i - 1]);
        }
      }
      this.notes = notes;
      groups = KolGroups.of(notes);
      long[] keys;
      if (accounts == null) {
        derived = AccountsFromPosts.derive(notes, groups);
        kols = Audit.prepared(derived.copy(), tiers, new ArrayList<>());
        keys = new long[kols.rowCount()];
        for (int g = 0; g < keys.length; g++) {
          keys[g] = lines[groups.row(g, 0)]; // derived rows are the groups, in order
        }
      } else {
        derived = null;
        Table all = accountsTable();
        Map<String, Integer> rows = accountRows();
        List<Integer> mine = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
          Integer r = rows.get(groups.id(g));
          if (r != null) {
            mine.add(r);
          }
        }
        Integer noId = rows.get(""); // an account without an id takes the notes without one
        if (noId != null && groups.grouped() < groups.notes()) {
          mine.add(noId);
        }
        int[] at = mine.stream().mapToInt(Integer::intValue).sorted().toArray();
        kols = at.length == 0 ? all.emptyCopy() : all.rows(at); // Tablesaw's rows() refuses none
        keys = Arrays.stream(at).asLongStream().toArray();
      }
      rowOf = Audit.rowsById(kols);
      int k = kols.rowCount();
      ids = new String[k];
      groupOf = new int[k];
      followers = new double[k];
      key = keys;
      for (int r = 0; r < k; r++) {
        ids[r] = Cells.text(kols, Schema.KOL_ID, r);
        groupOf[r] = groups.indexOf(ids[r]);
        followers[r] = Cells.number(kols, Schema.FOLLOWERS, r);
      }
    }
  }

  private Table accountsTable() {
    if (accountsTable == null) {
      accountsTable = accounts.table();
    }
    return accountsTable;
  }

  private Map<String, Integer> accountRows() {
    if (accountRow == null) {
      accountRow = Audit.rowsById(accountsTable());
    }
    return accountRow;
  }
}
