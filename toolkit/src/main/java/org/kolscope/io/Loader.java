package org.kolscope.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kolscope.core.Parallel;
import org.kolscope.core.Schema;
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
 * ({@code .csv .tsv .tdf .txt .json .ndjson .jsonl .xlsx}) or, failing that, by the first bytes;
 * Apache Parquet ({@code .parquet}, or the first bytes {@code PAR1}; a file or a folder of parts)
 * when the {@code kolscope-parquet} module is on the class path ({@link FormatReader}).
 */
public final class Loader {
  /** File formats. */
  public enum Format {
    CSV,
    JSON,
    XLSX,
    /** Read by a {@link FormatReader} of another module ({@code kolscope-parquet}). */
    PARQUET
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
  private java.time.ZoneId zone = NoteIds.BEIJING;

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
    l.zone = zone;
    change.accept(l);
    return l;
  }

  /**
   * An explicit text encoding (wins over detection), e.g. {@code GB18030}, {@code UTF-8}.
   *
   * @throws IllegalArgumentException naming an unknown encoding
   */
  public Loader encoding(String name) {
    return encoding(Encodings.named(Objects.requireNonNull(name, "encoding")));
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
    return copy(l -> l.mappings = Collections.unmodifiableMap(m)); // in the order given
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

  /**
   * The zone of a {@code published_at} derived from note ids (default {@link NoteIds#BEIJING},
   * Beijing time, UTC+8). A posts table without a {@code published_at} column whose note ids are
   * RED ObjectIds gets one from the ids' creation times ({@link NoteIds#addPublishedAt}); the load
   * report says so. A {@code published_at} column in the file is read as written, whatever this
   * zone.
   *
   * @param z the zone, not null
   * @return a loader with that zone
   */
  public Loader zone(java.time.ZoneId z) {
    Objects.requireNonNull(z, "zone");
    return copy(l -> l.zone = z);
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
   * @throws LoadException if the file cannot be read, is not a table (a PDF, an image, a
   *     database), has no header, lacks a required column, or (strict) has problems
   */
  public LoadResult read(Path path) {
    TablesawStart.initialise(); // Table's reader scan over Tablesaw's jars only (no-op once done)
    String label = path.toString();
    if (Files.isDirectory(path) && isParquetName(path) && (format == null || format == Format.PARQUET)) {
      return finish(path, Format.PARQUET, "", parquet(path), false, new ArrayList<>()); // parts
    }
    if (!Files.isRegularFile(path)) {
      throw new LoadException("cannot read " + label + ": " + (Files.isDirectory(path)
          ? "is a directory" : Files.exists(path) ? "not a regular file" : IoErrors.cause(
              new NoSuchFileException(label), path)));
    }
    long size;
    boolean gzip;
    byte[] head;
    try {
      size = Files.size(path);
      gzip = size > 0 && Inputs.isGzip(path);
      head = Inputs.head(path, HEAD);
    } catch (IOException e) {
      throw new LoadException(gzipOrIo(path, e), e);
    }
    if (size == 0 || head.length == 0) {
      throw new LoadException(label + ": the file is empty (no header row)");
    }
    List<String> fileNotes = new ArrayList<>();
    if (gzip) {
      fileNotes.add("gzip-compressed: read decompressed");
    }
    Format f = format != null ? format : detectFormat(path, head, gzip, fileNotes);
    if (f == Format.PARQUET) {
      if (gzip) {
        throw new LoadException(label + ": a gzip-compressed Parquet file: decompress it first "
            + "(gunzip); Parquet compresses its own pages");
      }
      return finish(path, f, "", parquet(path), false, fileNotes);
    }
    refuseBinary(path, head, f);
    if (f != Format.XLSX) {
      refuseBlank(path, head);
    }
    String encLabel = "";
    RowSource source;
    if (f == Format.XLSX) {
      source = new XlsxRows(path, sheet);
    } else {
      Charset cs;
      int bom;
      if (encoding != null) {
        cs = encoding;
        bom = Encodings.bomLength(head, head.length, cs);
        encLabel = cs.name() + (bom > 0 ? " (BOM)" : "") + " (given)";
      } else {
        if (f != Format.JSON && Encodings.bom(head, head.length) == null) {
          // UTF-8 unless a byte says otherwise: the read decodes strictly and so checks the whole
          // file in its one pass; only a file that is not UTF-8 is read again, after detection
          try {
            return finish(path, f, StandardCharsets.UTF_8.name(),
                new CsvRows(path, StandardCharsets.UTF_8, 0, delimiter, progress, false).guessed(),
                gzip, fileNotes);
          } catch (Encodings.Unconfirmed notUtf8) {
            // detected below, as for any file
          }
        }
        try {
          Encodings.Detected d = Encodings.detect(path);
          cs = d.charset();
          bom = d.bomLength();
          encLabel = d.label();
        } catch (IllegalArgumentException e) {
          throw new LoadException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
          throw new LoadException(gzipOrIo(path, e.getCause()), e);
        }
      }
      boolean given = encoding != null;
      HeaderMap headers = HeaderMap.with(mappings);
      source = f == Format.JSON
          ? new JsonRows(path, cs, bom, given, h -> headers.target(h) != null)
          : new CsvRows(path, cs, bom, delimiter, progress, given);
    }
    return finish(path, f, encLabel, source, gzip, fileNotes);
  }

  /** The rows of {@code source} through the row rules, into the table and its report. */
  private LoadResult finish(Path path, Format f, String encLabel, RowSource source, boolean gzip,
      List<String> fileNotes) {
    String label = path.toString();
    TableBuilder b = new TableBuilder(label, kind, HeaderMap.with(mappings), dropDuplicates);
    fileNotes.forEach(b::note);
    try {
      if (source instanceof CsvRows && sizeOf(path) >= PIPED_BYTES && Parallel.threadsHere() > 1) {
        PipedSink.read(source, b, path.getFileName().toString());
      } else {
        source.read(b);
      }
    } catch (UncheckedIOException e) {
      throw new LoadException(gzip ? gzipOrIo(path, e.getCause()) : e.getMessage(), e);
    } finally {
      progress.done();
    }
    if (b.kind() == null) {
      throw new LoadException(label + ": no header row");
    }
    Table t = b.build(path.getFileName().toString());
    String derived = NoteIds.addPublishedAt(t, zone);
    if (derived != null) {
      b.note(derived);
    }
    Map<String, String> types = new LinkedHashMap<>();
    for (Column<?> c : t.columns()) {
      types.put(c.name(), c.type().name());
    }
    LoadReport report = new LoadReport(label, f.name().toLowerCase(Locale.ROOT), encLabel,
        b.kind(), b.rowsRead(), t.rowCount(), t.columnNames(), types, b.problems(), b.notes());
    LoadException strictFailure = strict ? report.strictFailure() : null;
    if (strictFailure != null) {
      throw strictFailure;
    }
    return new LoadResult(t, report);
  }

  /**
   * The rows of a Parquet file from the {@link FormatReader} on the class path; without one, what
   * the file is and how to read it.
   */
  private RowSource parquet(Path path) {
    FormatReader r = FormatReader.find(Format.PARQUET);
    if (r == null) {
      throw new LoadException(path + ": an Apache Parquet file: the loader reads Parquet with the "
          + "kolscope-parquet module on the class path (the kolscope command has it), or convert "
          + "it to CSV (pandas: pd.read_parquet(f).to_csv(out, index=False))");
    }
    return r.rows(path, zone);
  }

  private static boolean isParquetName(Path path) {
    Path n = path.getFileName();
    return n != null && n.toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  /** Bytes of the file's start (decompressed) looked at to tell formats and binaries apart. */
  private static final int HEAD = 1 << 13;
  /**
   * From this size a CSV file is parsed on one thread while its rows go through the row rules on
   * another ({@link PipedSink}); below it the second thread is not worth starting.
   */
  static final long PIPED_BYTES = 1 << 20;

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0; // the read says why
    }
  }

  /** A read failure in words; a damaged gzip stream is named as such. */
  private static String gzipOrIo(Path path, Throwable e) {
    String m = e == null || e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException
        || m.contains("ZLIB") || m.contains("GZIP")) {
      return "cannot read " + path + ": the gzip data is damaged or cut short";
    }
    return e == null ? "cannot read " + path : IoErrors.cannotRead(path, e);
  }

  /**
   * The format: XLSX when the content is a zip holding {@code xl/} (whatever the name: an XLSX
   * named {@code .csv} is read as XLSX, with a note, rather than refused, because its content
   * says what it is); else by the extension (without {@code .gz}); else by the first character
   * ({@code [} or <code>{</code> for JSON, CSV otherwise).
   */
  static Format detectFormat(Path path, byte[] head, boolean gzip, List<String> notes) {
    String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (gzip && n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    if (zip) {
      List<String> entries = Binary.zipEntries(path);
      if (entries.stream().anyMatch(e -> e.startsWith("xl/"))) {
        if (!n.endsWith(".xlsx") && !n.endsWith(".xlsm")) {
          notes.add("an XLSX workbook named " + path.getFileName() + ": read as XLSX");
        }
        return Format.XLSX;
      }
      throw new LoadException(path + ": " + Binary.describeZip(entries));
    }
    if (n.endsWith(".xlsx") || n.endsWith(".xlsm")) {
      return Format.XLSX; // not a zip: XlsxRows names what it is
    }
    if (!gzip && head.length >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R'
        && head[3] == '1' || n.endsWith(".parquet")) {
      return Format.PARQUET; // a damaged one is named as such by its reader
    }
    if (n.endsWith(".json") || n.endsWith(".ndjson") || n.endsWith(".jsonl")) {
      return Format.JSON;
    }
    if (n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".tdf") || n.endsWith(".txt")
        || n.endsWith(".xls")) {
      return Format.CSV; // a text .xls (platforms export TSV under that name) reads as text
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
  }

  /**
   * What {@code path} is when {@link #read} would read it whole, with one reader ({@code "JSON"},
   * {@code "an XLSX workbook"}), found as the loader finds its format (content, then name): for an
   * engine that cuts files into parts, to say so before it starts. Null for delimited text and
   * Parquet, and when the file cannot be read, is empty, or is a zip that is not a workbook (the
   * read says why).
   */
  public static String readWhole(Path path) {
    Format f;
    try {
      if (!Files.isRegularFile(path) || Files.size(path) == 0) {
        return null;
      }
      f = detectFormat(path, Inputs.head(path, HEAD), Inputs.isGzip(path), new ArrayList<>());
    } catch (IOException | LoadException | UncheckedIOException e) {
      return null;
    }
    return f == Format.JSON ? "JSON" : f == Format.XLSX ? "an XLSX workbook" : null;
  }

  /** Refuses a file whose first bytes say it is not a table file, naming what it is. */
  private static void refuseBinary(Path path, byte[] head, Format f) {
    String what = Binary.describe(head);
    if (what != null) {
      throw new LoadException(path + ": " + what);
    }
  }

  /** Refuses a text file of whitespace only: it has no header row. */
  private static void refuseBlank(Path path, byte[] head) {
    int from = 0;
    boolean utf16 = false;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF) {
      from = 3;
    } else if (head.length >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
        || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)) {
      from = 2;
      utf16 = true;
    }
    if (!blank(head, from, head.length, utf16)) {
      return;
    }
    if (head.length == HEAD) {
      try (InputStream in = Inputs.open(path)) {
        in.skipNBytes(HEAD);
        byte[] buf = new byte[1 << 16];
        int r;
        while ((r = in.read(buf)) > 0) {
          if (!blank(buf, 0, r, utf16)) {
            return;
          }
        }
      } catch (IOException e) {
        throw new LoadException(gzipOrIo(path, e), e);
      }
    }
    throw new LoadException(path + ": no header row (the file holds only whitespace)");
  }

  private static boolean blank(byte[] b, int from, int to, boolean utf16) {
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != 0x0B && c != 0x0C
          && !(utf16 && c == 0)) {
        return false;
      }
    }
    return true;
  }
}
