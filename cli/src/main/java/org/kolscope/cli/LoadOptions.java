package org.kolscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import org.kolscope.io.Encodings;
import org.kolscope.io.HeaderMap;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadReport;
import org.kolscope.io.LoadResult;
import org.kolscope.io.Loader;
import org.kolscope.metrics.DerivedColumns;
import org.kolscope.metrics.Metrics;
import org.kolscope.rules.NoteStage;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

/**
 * The loading options every command that reads a dataset shares (a picocli mixin): encoding,
 * delimiter, header mappings, sheet, strictness, duplicate handling.
 */
public final class LoadOptions {
  @Option(names = "--encoding", paramLabel = "E",
      description = "text encoding, e.g. GB18030 (default: detected: UTF-8 BOM, UTF-8, GB18030)")
  String encoding;

  @Option(names = "--delimiter", paramLabel = "C",
      description = "CSV delimiter: a character or 'tab' (default: sniffed)")
  String delimiter;

  @Option(names = "--map", paramLabel = "SRC=DST",
      description = "map header SRC to column DST (repeatable), e.g. --map collect=likes_and_collects")
  List<String> maps = new ArrayList<>();

  @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet (default: the first)")
  String sheet;

  @Option(names = "--strict", description = "fail on the first problems instead of rejecting rows")
  boolean strict;

  @Option(names = "--drop-duplicates", description = "reject rows whose id repeats an earlier row's")
  boolean dropDuplicates;

  /** A loader from these options, for a kind (null: guessed). Bad values are usage errors. */
  Loader loader(Schema.Kind kind) {
    Loader l = KolData.loader().strict(strict).dropDuplicates(dropDuplicates);
    try {
      if (kind != null) {
        l = l.kind(kind);
      }
      if (encoding != null) {
        l = l.encoding(encoding);
      }
      if (delimiter != null) {
        l = l.delimiter(parseDelimiter(delimiter));
      }
      l = l.map(HeaderMap.parseMappings(maps));
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    return sheet == null ? l : l.sheet(sheet);
  }

  /**
   * The column of {@code table} that a column option names: the name itself, else the column the
   * loader read a header of that name into, with these options' {@code --map} ({@code --column
   * Follower_Count} finds {@code followers}); else the name unchanged, for the command's own error.
   */
  String column(Table table, String name) {
    return HeaderMap.with(HeaderMap.parseMappings(maps)).column(table, name);
  }

  /**
   * Loads a file with a progress bar; rejected and suspicious rows are summarised in one line on
   * {@code err} ({@code kolscope load FILE} lists them).
   */
  Table load(Path file, Schema.Kind kind, PrintWriter err) {
    return read(file, kind, err).table();
  }

  /** As {@link #load}, keeping the load report (for a report of what was read). */
  LoadResult read(Path file, Schema.Kind kind, PrintWriter err) {
    String label = file.getFileName().toString();
    LoadResult r = loader(kind).progress(ProgressBar.forLoad(err, label)).read(file);
    OutOfMemory.read(label, r.report().rowsRead());
    warn(r.report(), err);
    return r;
  }

  /**
   * As {@link #read} for notes, read by another engine ({@code --sheet} is the local loader's
   * only: a workbook is one file on one machine).
   */
  NotesEngine.Audited auditWith(NotesEngine engine, String file, String master,
      NoteStage stage, PrintWriter err) {
    if (sheet != null) {
      throw new Main.UsageException("--engine " + engine.name() + " reads CSV text or Parquet; "
          + "--sheet is for the local engine");
    }
    Character d;
    java.util.Map<String, String> m;
    java.nio.charset.Charset cs;
    try {
      d = delimiter == null ? null : parseDelimiter(delimiter);
      m = HeaderMap.parseMappings(maps);
      cs = encoding == null ? null : Encodings.named(encoding);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    NotesEngine.Audited r = engine.audit(new NotesEngine.Request(file, m, d, cs, strict, dropDuplicates, master), stage, err);
    warn(r.report(), err);
    return r;
  }

  /**
   * Loads a file for analysis: as {@link #load}, then adds the columns {@link
   * DerivedColumns} derives (the ratio columns of {@link
   * Metrics} for notes and accounts and, when {@code tiers} is given, a {@code
   * tier} column of {@code followers}), so commands can test, group and chart them by name, exactly
   * as the Java API does. Columns the file already has are left as they are.
   */
  Table loadForAnalysis(Path file, PrintWriter err, Tiers tiers) {
    return DerivedColumns.derive(read(file, null, err).table(), tiers);
  }

  /**
   * The problems in one line, and the command that lists them all: {@code kolscope load FILE} with
   * the options given that change what a load reports (encoding, delimiter, mappings, sheet,
   * {@code --drop-duplicates}), so it lists the same problems.
   */
  void warn(LoadReport rep, PrintWriter err) {
    if (rep.hasProblems()) {
      err.println("kolscope: " + rep.problemLine() + "; 'kolscope load " + rep.file()
          + reportOptions() + "' lists them all");
      err.flush();
    }
  }

  private String reportOptions() {
    StringBuilder sb = new StringBuilder();
    if (encoding != null) {
      sb.append(" --encoding ").append(shellWord(encoding));
    }
    if (delimiter != null) {
      sb.append(" --delimiter ").append(shellWord(delimiter));
    }
    for (String m : maps) {
      sb.append(" --map ").append(shellWord(m));
    }
    if (sheet != null) {
      sb.append(" --sheet ").append(shellWord(sheet));
    }
    if (dropDuplicates) {
      sb.append(" --drop-duplicates");
    }
    return sb.toString();
  }

  /** {@code s} as one word for a POSIX shell: as it is when plain, else in double quotes. */
  static String shellWord(String s) {
    return !s.isEmpty() && s.matches("[A-Za-z0-9_./=:@%+,-]+") ? s
        : "\"" + s.replaceAll("([\"\\\\$`])", "\\\\$1") + "\"";
  }

  static char parseDelimiter(String d) {
    if (d.equalsIgnoreCase("tab") || d.equals("\\t")) {
      return '\t';
    }
    if (d.length() != 1) {
      throw new IllegalArgumentException("bad delimiter '" + d + "': give one character or 'tab'");
    }
    return d.charAt(0);
  }
}
