package org.kolscope.io;

import java.nio.file.Path;
import org.kolscope.core.JavaText;
import tech.tablesaw.api.Table;

/**
 * One-call loading of KOL datasets, for notebooks and scripts.
 *
 * <pre>{@code
 * Table notes = KolData.load("data/notes.csv");              // canonical columns, counts parsed
 * LoadResult r = KolData.loader().strict(true).read("x.xlsx"); // table + load report
 * Table accounts = KolData.accounts(notes);                   // one row per KOL from author columns
 * }</pre>
 */
public final class KolData {
  private KolData() {}

  /** A loader with defaults (detected format, encoding, delimiter and kind; lenient). */
  public static Loader loader() {
    return new Loader();
  }

  /**
   * Loads a file with the defaults. Rejected and suspicious rows are summarised in one line on
   * stderr, ending with the call that lists them all, ready to paste into the next cell: {@code
   * KolData.loader().read("data/notes.csv").report()}.
   */
  public static Table load(String path) {
    return load(Path.of(path));
  }

  /** Loads a file with the defaults; see {@link #load(String)}. */
  public static Table load(Path path) {
    LoadResult r = loader().read(path);
    LoadReport rep = r.report();
    if (rep.hasProblems()) {
      System.err.println(problemsLine(rep, path));
    }
    return r.table();
  }

  /** The stderr line of {@link #load(Path)}: the problems, then the call that lists them all. */
  static String problemsLine(LoadReport report, Path path) {
    return "kolscope: " + report.problemLine() + "; KolData.loader().read("
        + JavaText.literal(path.toString()) + ").report() lists them all";
  }

  /**
   * The accounts table derived from a posts table's author columns: one row per {@code kol_id}
   * with the latest value of each author column (by {@code published_at} when present, else the
   * last row in file order); see {@link AccountsFromPosts}.
   */
  public static Table accounts(Table posts) {
    return AccountsFromPosts.derive(posts);
  }
}
