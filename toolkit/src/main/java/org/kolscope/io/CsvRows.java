package org.kolscope.io;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * CSV and TSV rows, parsed by univocity-parsers — the parser under Tablesaw's own CSV reader —
 * used directly because Tablesaw's reader does not expose the source line of a record, which
 * the load report must name (cells may span lines).
 *
 * <p>The delimiter is sniffed from the header line (the most frequent of comma, tab, semicolon
 * and pipe outside quotes) unless given. A row with more cells than the header is accepted only
 * when the extra cells are empty (a trailing delimiter); otherwise, and for short rows, the row is
 * rejected and reported with its line span — a quote left open swallows the following lines into
 * one cell, which shows as a short row spanning many lines.
 *
 * <p>Lines end with LF (a CR before it is dropped, so files mixing CRLF and LF number their lines
 * as editors do) or, in a file with CRs and no LF at all (old Mac OS, some Excel exports), with
 * CR. A cell is as long as it needs to be; only a record longer than {@link #maxRecordChars()}
 * (a quote never closed in a huge file) stops the load, with the line it started on.
 *
 * <p>A cell written with the formula guard of {@link CsvOut} ({@code '=x}, {@code '-5}) is read
 * without its {@code '}; how many were is noted. With a given encoding, rows holding bytes that
 * are not valid in it are rejected, naming the bytes ({@link DecodingReader}).
 */
final class CsvRows implements RowSource {
  /** Columns at most; a wider header is refused with this number. */
  static final int MAX_COLUMNS = 1_000_000;

  private final Path file;
  /** The file as report lines and errors name it. */
  private final String label;
  private final Charset charset;
  private final int bomLength;
  private final Character delimiter;
  private final LoadProgress progress;
  private final boolean reportBadBytes;
  private CountingInputStream counter;
  private DecodingReader decoding;
  private char eol = '\n';
  private long recordLimit = maxRecordChars();
  private long unguarded;
  private long badEncodingRows;
  private boolean guessed;
  /** A part of a file ({@link #part}): its text, from a record's first line; else null. */
  private QuoteLines partText;
  /** A part's header (the file's, read apart), the lines before it, and whether the file ends in it. */
  private String[] partHeader;
  private long linesBefore;
  private boolean partLast;

  /**
   * @param reportBadBytes decode strictly and reject rows with bytes not valid in {@code charset}
   *     (for a given encoding; a detected one has decoded the whole file already)
   */
  CsvRows(Path file, Charset charset, int bomLength, Character delimiter, LoadProgress progress,
      boolean reportBadBytes) {
    this.progress = progress;
    this.file = file;
    this.label = String.valueOf(file);
    this.charset = charset;
    this.bomLength = bomLength;
    this.delimiter = delimiter;
    this.reportBadBytes = reportBadBytes;
  }

  /**
   * The records of one part of a file read apart from the rest (by an engine that cuts a file into
   * parts): {@code text} is the file's text from the first line of a record, line {@code
   * linesBefore + 1}, to the end of a record (or of the file); the header was read apart. Rows, line
   * numbers, line spans and reasons are those the whole file's read gives for the same records.
   *
   * @param last whether the part ends where the file ends (else a quote still open at its end is
   *     a part cut inside a record: an {@link IllegalStateException}, not a row)
   */
  static CsvRows part(String label, Reader text, String[] header, char delimiter, char eol,
      long linesBefore, boolean last) {
    CsvRows r = new CsvRows(null, label, java.nio.charset.StandardCharsets.UTF_8, delimiter);
    r.partText = new QuoteLines(text, eol);
    r.partHeader = header.clone();
    r.eol = eol;
    r.linesBefore = linesBefore;
    r.partLast = last;
    return r;
  }

  private CsvRows(Path file, String label, Charset charset, Character delimiter) {
    this.progress = LoadProgress.NONE;
    this.file = file;
    this.label = label;
    this.charset = charset;
    this.bomLength = 0;
    this.delimiter = delimiter;
    this.reportBadBytes = false;
  }

  private Reader open() throws IOException {
    CountingInputStream[] c = new CountingInputStream[1];
    InputStream in = Inputs.open(file, c);
    counter = c[0];
    in.skipNBytes(bomLength);
    if (reportBadBytes) {
      decoding = new DecodingReader(in, charset, eol);
      return new BufferedReader(decoding, 1 << 16);
    }
    decoding = null;
    if (guessed) {
      return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
  }

  /**
   * Reads with the charset as a guess that the read itself confirms: bytes are decoded strictly,
   * and the first one not valid in it stops the read with {@link Encodings.Unconfirmed} (the caller
   * then detects the encoding over the whole file), so a file is decoded once, not checked first.
   */
  CsvRows guessed() {
    guessed = true;
    return this;
  }

  /** A failure to read: the guess proved wrong, or the file cannot be read. */
  private RuntimeException readFailure(IOException e) {
    if (guessed && e instanceof java.nio.charset.CharacterCodingException) {
      return new Encodings.Unconfirmed(charset);
    }
    return new UncheckedIOException(IoErrors.cannotRead(file, e), e);
  }

  /** Sets the longest record read (default {@link #maxRecordChars()}); for tests. */
  CsvRows recordLimit(long chars) {
    recordLimit = chars;
    return this;
  }

  /**
   * The longest record read: a sixty-fourth of the heap in characters, at least 4 million (about
   * 67 million with the launcher's 4 GB). A longer one is almost always a quote never closed.
   */
  static long maxRecordChars() {
    return Math.max(4_000_000L, Runtime.getRuntime().maxMemory() / 64);
  }

  @Override
  public void read(Sink sink) {
    try (Cursor c = cursor(sink)) {
      while (c.next()) {
        // each step passes on at most one row
      }
    }
  }

  /**
   * Reads the header into {@code sink} and returns a cursor that passes the rows on a record at a
   * time, for a caller that converts them in batches ({@link RowBatch.Records}).
   */
  Cursor cursor(Sink sink) {
    char delim;
    if (partText != null) {
      Cursor c = new Cursor(sink, delimiter);
      c.guarded(c::start);
      return c;
    }
    try (Reader r = open()) {
      eol = lineEnd(r);
    } catch (IOException e) {
      throw readFailure(e);
    }
    try (Reader r = open()) {
      delim = delimiter != null ? delimiter : sniff(r);
    } catch (IOException e) {
      throw readFailure(e);
    }
    sink.note("delimiter " + describe(delim));
    if (eol == '\r') {
      sink.note("lines end with CR alone (old Mac OS style)");
    }
    Cursor c = new Cursor(sink, delim);
    try {
      c.guarded(c::start);
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /** Bytes read before the rows of the whole file are estimated ({@link Sink#expect}). */
  static final long EXPECT_AFTER = 4L << 20;

  /** A read in progress: the header is passed on, the rows follow one {@link #next()} at a time. */
  final class Cursor implements AutoCloseable {
    private final Sink sink;
    private final char delim;
    private final CsvParser p;
    private Reader reader;
    private RecordLimit limit;
    private String[] header;
    private long prevEnd;
    private String[] pending;
    private long pendingStart;
    private long pendingEnd;
    private long total;
    private long records;
    private long rows;
    private boolean done;
    private boolean expected;

    private Cursor(Sink sink, char delim) {
      this.sink = sink;
      this.delim = delim;
      this.p = partText != null ? reused(PART_PARSERS, delim, eol) : new CsvParser(settings(delim, eol));
    }

    private void start() throws IOException {
      reader = partText != null ? partText : open();
      limit = new RecordLimit(reader, recordLimit);
      p.beginParsing(limit);
      if (partText != null) {
        header = partHeader;
        prevEnd = linesBefore;
        return;
      }
      String[] h = p.parseNext();
      if (h == null) {
        done = true;
        return;
      }
      prevEnd = p.getContext().currentLine();
      if (h.length > MAX_COLUMNS) {
        throw new LoadException(label + ": the header has more than " + String.format("%,d", MAX_COLUMNS)
            + " columns; KOLScope reads at most " + String.format("%,d", MAX_COLUMNS));
      }
      unguard(h);
      checkHeaderBytes(h, prevEnd);
      sink.header(Arrays.asList(h.clone()));
      stripCr(h);
      header = h;
      total = Files.size(file);
      limit.recordDone();
    }

    /**
     * Reads up to the next record that is not blank and passes the one before it on (the last is
     * held back to check for a quote never closed); at the end, the last row and the notes.
     *
     * @return false once the file is done
     */
    boolean next() {
      if (!done) {
        guarded(this::step);
      }
      return !done;
    }

    /**
     * Once {@value #EXPECT_AFTER} bytes are read, tells the sink how many rows the whole file
     * probably holds: the records so far scaled by the bytes left, the bytes the parser has not yet
     * taken (its read-ahead) set aside in proportion to the characters it has.
     */
    private void expect() {
      if (expected || counter == null || counter.count() < EXPECT_AFTER || total <= 0) {
        return;
      }
      expected = true;
      double taken = counter.count() * ((double) p.getContext().currentChar() / Math.max(1, limit.read));
      if (taken > 0) {
        sink.expect((long) Math.ceil(records * (total / taken) * 1.02));
      }
    }

    private void step() {
      String[] rec;
      int width = header.length;
      while ((rec = p.parseNext()) != null) {
        limit.recordDone();
        if ((++records & 0x3FFF) == 0 && counter != null) {
          progress.update(counter.count(), total, records);
          expect();
        }
        long end = linesBefore + p.getContext().currentLine();
        long start = firstLine(prevEnd, end, rec);
        prevEnd = end;
        stripCr(rec);
        if (rec.length == 1 && (rec[0] == null || rec[0].isBlank()) && width > 1) {
          continue; // a line of blanks only
        }
        unguard(rec);
        String[] before = pending;
        long beforeStart = pendingStart;
        long beforeEnd = pendingEnd;
        pending = rec;
        pendingStart = start;
        pendingEnd = end;
        if (before != null) {
          emit(sink, before, beforeStart, beforeEnd, header, delim);
          rows++;
        }
        return;
      }
      done = true;
      if (pending != null) {
        rows++;
        int open = pendingEnd > pendingStart ? unclosedQuoteCell(pending, pendingStart) : -1;
        if (open >= 0 && partText != null && !partLast) {
          throw new IllegalStateException(label + ": the part ending on line " + pendingEnd
              + " was cut inside a record (a quote opened on line " + pendingStart + " is still open)");
        }
        if (open >= 0) {
          sink.rejectRow(pendingStart, open < width ? header[open] : "",
              Problem.abbreviate(pending[open]),
              "a quote opened here is never closed: lines " + pendingStart + "–"
                  + (pendingStart + newlines(pending[open]) - (pending[open].endsWith(String.valueOf(eol)) ? 1 : 0))
                  + " are one cell");
        } else {
          emit(sink, pending, pendingStart, pendingEnd, header, delim);
        }
        pending = null;
      }
      if (unguarded > 0) {
        sink.note(unguarded + " cell(s) started with ' before =, +, -, @, a tab or a CR (the "
            + "formula guard KOLScope and spreadsheet tools write): read without that '");
      }
      LoadException mostlyBad = mostlyNotIn(file, charset, badEncodingRows, rows);
      if (mostlyBad != null) {
        throw mostlyBad;
      }
    }

    /** Runs a step of the read, saying what failed in the file's terms. */
    private void guarded(Step s) {
      try {
        s.run();
      } catch (TextParsingException e) {
        throw unconfirmed(e) ? new Encodings.Unconfirmed(charset)
            : new LoadException(parseFailure(e, limit, prevEnd), e);
      } catch (IOException e) {
        throw readFailure(e);
      } catch (IllegalStateException e) {
        // univocity reports a failing reader this way; the cause says what happened
        if (unconfirmed(e)) {
          throw new Encodings.Unconfirmed(charset);
        }
        RecordTooLong tooLong = causeOf(e, RecordTooLong.class);
        if (tooLong != null) {
          throw new LoadException(tooLongMessage(prevEnd), e);
        }
        IOException io = causeOf(e, IOException.class);
        if (io != null) {
          throw new UncheckedIOException(IoErrors.cannotRead(file, io), io);
        }
        throw e;
      }
    }

    /** Whether the read failed on a byte not valid in a guessed charset. */
    private boolean unconfirmed(Throwable e) {
      return guessed && causeOf(e, java.nio.charset.CharacterCodingException.class) != null;
    }

    @Override
    public void close() {
      done = true;
      p.stopParsing();
      if (reader != null) {
        try {
          reader.close();
        } catch (IOException e) {
          // closing after the read: nothing left to lose
        }
      }
    }
  }

  /** A part of the read that may fail on the file. */
  private interface Step {
    void run() throws IOException;
  }

  private String tooLongMessage(long prevEnd) {
    return label + ":" + (prevEnd + 1) + ": the row starting on line " + (prevEnd + 1)
        + " is longer than " + String.format("%,d", recordLimit) + " characters — a quote "
        + "opened there and never closed? The rows after it cannot be told apart";
  }

  /** A parse failure in words: univocity's own message names its settings, not the file. */
  private String parseFailure(TextParsingException e, RecordLimit limit, long prevEnd) {
    if (causeOf(e, RecordTooLong.class) != null) {
      return tooLongMessage(prevEnd);
    }
    IOException io = causeOf(e, IOException.class);
    if (io != null) {
      return IoErrors.cannotRead(file, io);
    }
    String m = e.getMessage() == null ? "" : e.getMessage();
    long line = linesBefore + e.getLineIndex() + 1;
    if (m.contains("number of columns") || m.contains("Number of columns")
        || m.contains("ArrayIndexOutOfBounds")) {
      return label + ":" + line + ": a row has more than " + String.format("%,d", MAX_COLUMNS)
          + " cells; KOLScope reads at most " + String.format("%,d", MAX_COLUMNS) + " columns";
    }
    return label + ":" + line + ": cannot read this line as CSV (a quote left open?)";
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** A given encoding that mangles the header: the whole file is in another one. */
  private void checkHeaderBytes(String[] header, long headerEnd) {
    if (decoding == null) {
      return;
    }
    ArrayDeque<DecodingReader.BadBytes> bad = decoding.bad();
    if (!bad.isEmpty() && bad.peek().line() <= headerEnd) {
      throw badHeader(file, bad.peek().line(), bad.peek().hex(), charset);
    }
  }

  /** The failure of a header holding the bytes {@code hex}, not valid in the encoding given. */
  static LoadException badHeader(Path file, long line, String hex, Charset charset) {
    return new LoadException(file + ": line " + line + " (the header) holds bytes "
        + "that are not " + charset.name() + ", the encoding given (" + hex + ")"
        + Encodings.suggestion(file, charset));
  }

  /** Removes the guard {@link CsvOut#guard} put before a text. */
  private void unguard(String[] rec) {
    unguarded += unguardCells(rec);
  }

  /** Removes the guards in {@code rec} in place; returns how many cells had one. */
  static int unguardCells(String[] rec) {
    int n = 0;
    for (int i = 0; i < rec.length; i++) {
      String c = rec[i];
      if (c != null && c.length() > 1 && c.charAt(0) == '\'') {
        String u = CsvOut.unguard(c);
        if (u != c) {
          rec[i] = u;
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Parsers kept per thread for reads of many small inputs (a file's parts, single lines): a parser
   * holds two arrays of {@link #MAX_COLUMNS} slots, 16 MB, so one made per part of a file that
   * Spark cut into 36 parts filled the heap with them (70 s of young collections in a test that
   * took 5 s in one part).
   */
  private static final ThreadLocal<java.util.Map<Integer, CsvParser>> PART_PARSERS =
      ThreadLocal.withInitial(java.util.HashMap::new);
  private static final ThreadLocal<java.util.Map<Integer, CsvParser>> LINE_PARSERS =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private static CsvParser reused(ThreadLocal<java.util.Map<Integer, CsvParser>> kept, char delim,
      char eol) {
    return kept.get().computeIfAbsent(delim << 16 | eol, k -> new CsvParser(settings(delim, eol)));
  }

  /** This thread's parser of single lines ({@link CsvParser#parseLine}) for {@code delim}. */
  static CsvParser lineParser(char delim) {
    return reused(LINE_PARSERS, delim, '\n');
  }

  /** The parser settings for {@code delim}-separated records whose lines end with {@code eol}. */
  static CsvParserSettings settings(char delim, char eol) {
    CsvParserSettings s = new CsvParserSettings();
    s.getFormat().setDelimiter(delim);
    s.getFormat().setQuote('"');
    s.getFormat().setQuoteEscape('"');
    // '\n' ends a line (a preceding '\r' is dropped), so line numbers agree with editors and
    // grep -n even in files that mix CRLF and LF, as real exports do; a CR-only file uses '\r'.
    // The normalised newline is the same character, so cells keep their line breaks as written.
    s.getFormat().setLineSeparator(String.valueOf(eol));
    s.getFormat().setNormalizedNewline(eol);
    s.setHeaderExtractionEnabled(false);
    // no limit per cell (univocity would allocate a buffer of the limit up front): a record's
    // length is watched by RecordLimit instead
    s.setMaxCharsPerColumn(-1);
    s.setMaxColumns(MAX_COLUMNS + 1);
    s.setIgnoreLeadingWhitespaces(false);
    s.setIgnoreTrailingWhitespaces(false);
    s.setSkipEmptyLines(true);
    s.setNullValue(null);
    s.setEmptyValue("");
    s.setKeepQuotes(false);
    s.setCommentProcessingEnabled(false);
    s.setReadInputOnSeparateThread(false);
    return s;
  }

  /**
   * The failure of a read in a given encoding when more than half its rows hold bytes not valid in
   * it (the encoding is then wrong, not a few rows), or null.
   */
  static LoadException mostlyNotIn(Path file, Charset charset, long badRows, long rows) {
    if (badRows == 0 || badRows * 2 <= rows) {
      return null;
    }
    return new LoadException(file + ": " + badRows + " of " + rows + " rows hold bytes that are not "
        + charset.name() + " (the encoding given)" + Encodings.suggestion(file, charset));
  }

  /**
   * Rejects the record {@code rec} (starting on line {@code start}) for holding the bytes {@code hex}
   * on line {@code badLine}, not valid in the encoding given: the column is the first cell holding a
   * U+FFFD (where a bad sequence was read).
   */
  static void rejectNotInEncoding(Sink sink, String[] rec, long start, String[] header, String hex,
      long badLine, Charset charset) {
    int col = 0;
    while (col < rec.length && (rec[col] == null || rec[col].indexOf('\uFFFD') < 0)) {
      col++;
    }
    sink.rejectRow(start, col < header.length ? header[col] : "",
        col < rec.length ? Problem.abbreviate(rec[col]) : "",
        "bytes " + hex + " on line " + badLine + " are not " + charset.name() + " (the encoding given)");
  }

  private void emit(Sink sink, String[] rec, long start, long end, String[] header, char delim) {
    int width = header.length;
    if (decoding != null) {
      ArrayDeque<DecodingReader.BadBytes> bad = decoding.bad();
      while (!bad.isEmpty() && bad.peek().line() < start) {
        bad.poll(); // on lines no row covers (cannot happen: a bad byte is not blank)
      }
      if (!bad.isEmpty() && bad.peek().line() <= end) {
        DecodingReader.BadBytes b = bad.poll();
        while (!bad.isEmpty() && bad.peek().line() <= end) {
          bad.poll();
        }
        badEncodingRows++;
        rejectNotInEncoding(sink, rec, start, header, b.hex(), b.line(), charset);
        return;
      }
    }
    align(sink, rec, start, end, header, delim);
  }

  /**
   * Passes {@code rec} to {@code sink} as a row when it has the header's width (extra cells that
   * are all blank are dropped), else rejects it naming both widths and its lines.
   */
  static void align(Sink sink, String[] rec, long start, long end, String[] header, char delim) {
    int width = header.length;
    if (rec.length == width) {
      sink.row(rec, start);
    } else if (rec.length > width && extrasEmpty(rec, width)) {
      sink.row(Arrays.copyOf(rec, width), start);
    } else {
      String span = end > start ? "lines " + start + "–" + end : "line " + start;
      String hint = rec.length < width && end > start ? "; a quote left open?" : "";
      sink.rejectRow(
          start, "", Problem.abbreviate(String.join(String.valueOf(delim), nonNull(rec))),
          "row has " + rec.length + " cells, the header has " + width + " (" + span + hint + ")");
    }
  }

  /** Removes the '\r' a CRLF line ending leaves on the last cell. */
  private void stripCr(String[] rec) {
    int last = rec.length - 1;
    if (eol == '\n' && last >= 0 && rec[last] != null && rec[last].endsWith("\r")) {
      rec[last] = rec[last].substring(0, rec[last].length() - 1);
    }
  }

  private int newlines(String c) {
    int n = 0;
    for (int i = 0; i < c.length(); i++) {
      if (c.charAt(i) == eol) {
        n++;
      }
    }
    return n;
  }

  /**
   * For the file's last record, which spans several lines: re-reads its raw text (from line {@code
   * start} to the end of the file) and, when it holds an odd number of quote characters — a quote
   * that is never closed, so the parser ran to the end of the file — returns the index of the
   * first cell with a line break; else -1.
   */
  private int unclosedQuoteCell(String[] rec, long start) {
    long quotes = partText != null ? partText.from(start - linesBefore) : quotesInFileFrom(start);
    if (quotes % 2 == 0) {
      return -1;
    }
    for (int i = 0; i < rec.length; i++) {
      if (rec[i] != null && rec[i].indexOf(eol) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The quote characters in the file from line {@code start} (1-based) to its end. */
  private long quotesInFileFrom(long start) {
    long quotes = 0;
    try (Reader r = open()) {
      long line = 1;
      int c;
      while ((c = r.read()) >= 0) {
        if (line >= start && c == '"') {
          quotes++;
        }
        if (c == eol) {
          line++;
        }
      }
    } catch (IOException e) {
      throw readFailure(e);
    }
    return quotes;
  }

  /** The first line of a record that ended on {@code end}: count the line breaks in its cells. */
  private long firstLine(long prevEnd, long end, String[] rec) {
    if (end <= prevEnd + 1) {
      return prevEnd + 1; // on one line: no cell can hold a line break (the common case, no scan)
    }
    long breaks = 0;
    for (String c : rec) {
      if (c != null) {
        for (int i = 0; i < c.length(); i++) {
          if (c.charAt(i) == eol) {
            breaks++;
          }
        }
      }
    }
    return Math.max(prevEnd + 1, end - breaks);
  }

  private static String[] nonNull(String[] rec) {
    String[] out = new String[rec.length];
    for (int i = 0; i < rec.length; i++) {
      out[i] = rec[i] == null ? "" : rec[i];
    }
    return out;
  }

  private static boolean extrasEmpty(String[] rec, int width) {
    for (int i = width; i < rec.length; i++) {
      if (rec[i] != null && !rec[i].isBlank()) {
        return false;
      }
    }
    return true;
  }

  static String describe(char d) {
    switch (d) {
      case '\t':
        return "tab";
      case ',':
        return "comma";
      case ';':
        return "semicolon";
      case '|':
        return "pipe";
      default:
        return "'" + d + "'";
    }
  }

  /**
   * The character that ends lines: {@code '\r'} when the first 64 KiB hold a CR and no LF (old
   * Mac OS, some Excel exports), else {@code '\n'}.
   */
  static char lineEnd(Reader r) throws IOException {
    char[] buf = new char[1 << 16];
    int n = r.read(buf, 0, buf.length);
    int more;
    while (n >= 0 && n < buf.length && (more = r.read(buf, n, buf.length - n)) > 0) {
      n += more;
    }
    boolean cr = false;
    for (int i = 0; i < n; i++) {
      if (buf[i] == '\n') {
        return '\n';
      }
      cr |= buf[i] == '\r';
    }
    return cr ? '\r' : '\n';
  }

  /** The most frequent candidate delimiter in the header line, outside quotes. */
  static char sniff(Reader r) throws IOException {
    int[] counts = new int[4];
    char[] cand = {',', '\t', ';', '|'};
    boolean inQuote = false;
    int c;
    int read = 0;
    while ((c = r.read()) >= 0 && read++ < 1_000_000) {
      if (c == '"') {
        inQuote = !inQuote;
      } else if (!inQuote && (c == '\n' || c == '\r')) {
        break;
      } else if (!inQuote) {
        for (int i = 0; i < cand.length; i++) {
          if (c == cand[i]) {
            counts[i]++;
          }
        }
      }
    }
    int best = 0;
    for (int i = 1; i < cand.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return cand[best];
  }

  /** Thrown through the parser when one record grows past the limit. */
  static final class RecordTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLong() {
      super("record too long");
    }
  }

  /**
   * Counts the characters the parser takes since the last record it returned; more than {@code
   * max} fails the read. The parser reads ahead in blocks, so the count is the record's length
   * give or take one block (1 MiB), plenty for a limit of millions.
   */
  /**
   * A part's text as it is read, counting the quote characters before each of its lines: how many
   * a record's lines hold to the part's end, as {@link #unclosedQuoteCell} counts them in a file.
   */
  static final class QuoteLines extends FilterReader {
    private final char eol;
    private long[] before = new long[1024]; // quotes before line i + 1 (1-based)
    private int lines = 1;
    private long quotes;

    QuoteLines(Reader in, char eol) {
      super(in);
      this.eol = eol;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        see((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      for (int i = 0; i < n; i++) {
        see(cbuf[off + i]);
      }
      return n;
    }

    private void see(char c) {
      if (c == '"') {
        quotes++;
      } else if (c == eol) {
        if (lines == before.length) {
          before = Arrays.copyOf(before, lines * 2);
        }
        before[lines++] = quotes;
      }
    }

    /** The quotes from the start of the part's line {@code line} (1-based) to what is read. */
    long from(long line) {
      int i = (int) Math.max(0, Math.min(lines - 1, line - 1));
      return quotes - before[i];
    }
  }

  static final class RecordLimit extends FilterReader {
    /** The parser's read-ahead (its input buffer), allowed on top of the limit. */
    static final long SLACK = 1 << 20;

    private final long max;
    private long read;
    private long recordStart;

    RecordLimit(Reader in, long max) {
      super(in);
      this.max = max;
    }

    void recordDone() {
      recordStart = read;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count(1);
      }
      return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws RecordTooLong {
      read += n;
      if (read - recordStart > max + SLACK) {
        throw new RecordTooLong();
      }
    }
  }
}
