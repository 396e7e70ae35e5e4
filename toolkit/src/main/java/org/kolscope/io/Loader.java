package org.kolscope.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kolscope.io.Problem.Severity;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A configurable loader of KOL datasets. Immutable: each setter returns a new loader.
 *
 * <pre>{@code
 * LoadResult r = KolData.loader()
 *     .kind(Schema.Kind.POSTS)
 *     .encoding("GB18030")          // default: detected (UTF-8 BOM, UTF-8, GB18030)
 *     .map("collect", "likes_and_collects")
 *     .strict(true)                 // default lenient: bad rows are rejected and reported
 *     .read("notes.csv");
 * Table notes = r.table();
 * System.out.println(r.report());
 * }</pre>
 *
 * <p>Formats: CSV/TSV (delimiter sniffed), JSON array, NDJSON, XLSX — chosen by extension
 * ({@code .csv .tsv .tdf .txt .json .ndjson .jsonl .xlsx}) or, failing that, by the first bytes.
 */
public final class Loader {
  /** File formats. */
  public enum Format {
    CSV,
    JSON,
    XLSX
  }

  // never changed after a setter returns its copy: a Loader is immutable to its users
  private Charset encoding;
  private Character delimiter;
  private Map<String, String> mappings = Map.of();
  private Schema.Kind kind;
  private boolean strict;
  private String sheet;
  private Format format;
  private boolean dropDuplicates;
  private LoadProgress progress = LoadProgress.NONE;

  Loader() {}

  private Loader copy(java.util.function.Consumer<Loader> change) {
    Loader l = new Loader();
    l.encoding = encoding;
    l.delimiter = delimiter;
    l.mappings = mappings;
    l.kind = kind;
    l.strict = strict;
    l.sheet = sheet;
    l.format = format;
    l.dropDuplicates = dropDuplicates;
    l.progress = progress;
    change.accept(l);
    return l;
  }

  /**
   * An explicit text encoding (wins over detection), e.g. {@code GB18030}, {@code UTF-8}.
   *
   * @throws IllegalArgumentException naming an unknown encoding
   */
  public Loader encoding(String name) {
    try {
      return encoding(Charset.forName(Objects.requireNonNull(name, "encoding")));
    } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
      throw new IllegalArgumentException("unknown encoding '" + name + "'");
    }
  }

  /** An explicit text encoding (wins over detection). */
  public Loader encoding(Charset cs) {
    return copy(l -> l.encoding = cs);
  }

  /** An explicit CSV delimiter (default: sniffed from the header line). */
  public Loader delimiter(char d) {
    return copy(l -> l.delimiter = d);
  }

  /** Maps header {@code source} to column {@code target}, overriding the built-in mapping. */
  public Loader map(String source, String target) {
    Map<String, String> m = new LinkedHashMap<>(mappings);
    m.put(Objects.requireNonNull(source, "source"), Objects.requireNonNull(target, "target"));
    return copy(l -> l.mappings = Map.copyOf(m));
  }

  /** Adds several header mappings ({@code source → target}). */
  public Loader map(Map<String, String> more) {
    Loader l = this;
    for (Map.Entry<String, String> e : more.entrySet()) {
      l = l.map(e.getKey(), e.getValue());
    }
    return l;
  }

  /**
   * The kind of table. Default: guessed — posts when there is a note id or a like, collect,
   * comment, share or view column, else accounts; a guessed kind whose required columns are absent
   * becomes {@link Schema.Kind#TABLE} (nothing required, noted in the report). A kind given here
   * is enforced: a missing required column is an error.
   */
  public Loader kind(Schema.Kind k) {
    return copy(l -> l.kind = k);
  }

  /** Strict: throw a {@link LoadException} listing the first 20 problems instead of rejecting. */
  public Loader strict(boolean s) {
    return copy(l -> l.strict = s);
  }

  /**
   * Drop rows whose id repeats an earlier row's (reported as rejected; the first is kept). By
   * default both are kept and the later one is reported as suspicious.
   */
  public Loader dropDuplicates(boolean drop) {
    return copy(l -> l.dropDuplicates = drop);
  }

  /** Receives progress while CSV files load (e.g. for a progress bar). */
  public Loader progress(LoadProgress p) {
    Objects.requireNonNull(p, "progress");
    return copy(l -> l.progress = p);
  }

  /** The XLSX sheet to read (default: the first). */
  public Loader sheet(String name) {
    return copy(l -> l.sheet = name);
  }

  /** The file format (default: from the extension or the first bytes). */
  public Loader format(Format f) {
    return copy(l -> l.format = f);
  }

  /** Loads a file. */
  public LoadResult read(String path) {
    return read(Path.of(path));
  }

  /**
   * Loads a file.
   *
   * @throws LoadException if the file cannot be read, has no header, lacks a required column, or
   *     (strict) has problems
   */
  public LoadResult read(Path path) {
    String label = path.toString();
    if (!Files.isRegularFile(path)) {
      throw new LoadException(
          "cannot read " + label + ": " + (Files.exists(path) ? "not a regular file" : "no such file"));
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new LoadException("cannot read " + label + ": " + e.getMessage(), e);
    }
    if (size == 0) {
      throw new LoadException(label + ": the file is empty (no header row)");
    }
    Format f = format != null ? format : detectFormat(path);
    String encLabel = "";
    RowSource source;
    if (f == Format.XLSX) {
      source = new XlsxRows(path, sheet);
    } else {
      Charset cs;
      int bom;
      if (encoding != null) {
        cs = encoding;
        bom = bomOf(path, cs);
        encLabel = cs.name() + (bom > 0 ? " (BOM)" : "") + " (given)";
      } else {
        try {
          Encodings.Detected d = Encodings.detect(path);
          cs = d.charset();
          bom = d.bomLength();
          encLabel = d.label();
        } catch (IllegalArgumentException e) {
          throw new LoadException(e.getMessage(), e);
        }
      }
      source = f == Format.JSON ? new JsonRows(path, cs, bom) : new CsvRows(path, cs, bom, delimiter, progress);
    }
    TableBuilder b = new TableBuilder(label, kind, HeaderMap.with(mappings), dropDuplicates);
    try {
      source.read(b);
    } catch (UncheckedIOException e) {
      throw new LoadException(e.getMessage(), e);
    } finally {
      progress.done();
    }
    if (b.kind() == null) {
      throw new LoadException(label + ": no header row");
    }
    Table t = b.build(path.getFileName().toString());
    Map<String, String> types = new LinkedHashMap<>();
    for (Column<?> c : t.columns()) {
      types.put(c.name(), c.type().name());
    }
    LoadReport report = new LoadReport(label, f.name().toLowerCase(Locale.ROOT), encLabel,
        b.kind(), b.rowsRead(), t.rowCount(), t.columnNames(), types, b.problems(), b.notes());
    if (strict && report.hasProblems()) {
      List<Problem> first = report.problems().subList(0, Math.min(20, report.problems().size()));
      StringBuilder sb = new StringBuilder(label).append(": ").append(report.problems().size())
          .append(" problem(s) in strict mode (")
          .append(report.problems(Severity.REJECTED).size()).append(" rejected, ")
          .append(report.problems(Severity.SUSPICIOUS).size()).append(" suspicious)");
      for (Problem p : first) {
        sb.append("\n  ").append(p);
      }
      throw new LoadException(sb.toString(), report.problems(), null);
    }
    return new LoadResult(t, report);
  }

  private static int bomOf(Path path, Charset cs) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(4);
      return Encodings.bomLength(head, head.length, cs);
    } catch (IOException e) {
      throw new LoadException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  static Format detectFormat(Path path) {
    String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".xlsx")) {
      return Format.XLSX;
    }
    if (n.endsWith(".xls")) {
      throw new LoadException(path + ": old Excel .xls is not supported; save it as .xlsx or CSV");
    }
    if (n.endsWith(".json") || n.endsWith(".ndjson") || n.endsWith(".jsonl")) {
      return Format.JSON;
    }
    if (n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".tdf") || n.endsWith(".txt")) {
      return Format.CSV;
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(64);
      if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
        return Format.XLSX;
      }
      for (byte c : head) {
        if (c == '[' || c == '{') {
          return Format.JSON;
        }
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != (byte) 0xEF
            && c != (byte) 0xBB && c != (byte) 0xBF) {
          break;
        }
      }
      return Format.CSV;
    } catch (NoSuchFileException e) {
      throw new LoadException("cannot read " + path + ": no such file", e);
    } catch (IOException e) {
      throw new LoadException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
