package org.kolscope.io;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
final class CsvRows implements RowSource {
  static final int MAX_CELL_CHARS = 4_000_000;

  private final Path file;
  private final Charset charset;
  private final int bomLength;
  private final Character delimiter;
  private final LoadProgress progress;
  private CountingInputStream counter;

  CsvRows(Path file, Charset charset, int bomLength, Character delimiter, LoadProgress progress) {
    this.progress = progress;
    this.file = file;
    this.charset = charset;
    this.bomLength = bomLength;
    this.delimiter = delimiter;
  }

  private Reader open() throws IOException {
    counter = new CountingInputStream(Files.newInputStream(file));
    InputStream in = counter;
    in.skipNBytes(bomLength);
    return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
  }

  @Override
  public void read(Sink sink) {
    char delim;
    try (Reader r = open()) {
      delim = delimiter != null ? delimiter : sniff(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    sink.note("delimiter " + describe(delim));
    CsvParserSettings s = new CsvParserSettings();
    s.getFormat().setDelimiter(delim);
    s.getFormat().setQuote('"');
    s.getFormat().setQuoteEscape('"');
    // '\n' ends a line (a preceding '\r' is dropped), so line numbers agree with editors and
    // grep -n even in files that mix CRLF and LF, as real exports do
    s.getFormat().setLineSeparator("\n");
    s.setHeaderExtractionEnabled(false);
    s.setMaxCharsPerColumn(MAX_CELL_CHARS);
    s.setMaxColumns(100_000);
    s.setIgnoreLeadingWhitespaces(false);
    s.setIgnoreTrailingWhitespaces(false);
    s.setSkipEmptyLines(true);
    s.setNullValue(null);
    s.setEmptyValue("");
    s.setKeepQuotes(false);
    s.setCommentProcessingEnabled(false);
    CsvParser p = new CsvParser(s);
    try (Reader r = open()) {
      p.beginParsing(r);
      long prevEnd = 0;
      String[] header = p.parseNext();
      if (header == null) {
        return;
      }
      prevEnd = p.getContext().currentLine();
      sink.header(Arrays.asList(header.clone()));
      int width = header.length;
      stripCr(header);
      String[] rec;
      String[] pending = null;
      long pendingStart = 0;
      long pendingEnd = 0;
      long total = Files.size(file);
      long records = 0;
      while ((rec = p.parseNext()) != null) {
        if ((++records & 0x3FFF) == 0) {
          progress.update(counter.count(), total, records);
        }
        long end = p.getContext().currentLine();
        long start = firstLine(prevEnd, end, rec);
        prevEnd = end;
        stripCr(rec);
        if (rec.length == 1 && (rec[0] == null || rec[0].isBlank()) && width > 1) {
          continue; // a line of blanks only
        }
        if (pending != null) {
          emit(sink, pending, pendingStart, pendingEnd, width, delim);
        }
        pending = rec;
        pendingStart = start;
        pendingEnd = end;
      }
      if (pending != null) {
        int open = pendingEnd > pendingStart ? unclosedQuoteCell(pending, pendingStart) : -1;
        if (open >= 0) {
          sink.rejectRow(pendingStart, open < width ? header[open] : "",
              Problem.abbreviate(pending[open]),
              "a quote opened here is never closed: lines " + pendingStart + "–"
                  + (pendingStart + newlines(pending[open]) - (pending[open].endsWith("\n") ? 1 : 0))
                  + " are one cell");
        } else {
          emit(sink, pending, pendingStart, pendingEnd, width, delim);
        }
      }
    } catch (TextParsingException e) {
      throw new LoadException(
          file + ":" + (e.getLineIndex() + 1) + ": cannot parse CSV: "
              + firstLine(e.getMessage()) + " (a quote left open, or a cell over "
              + MAX_CELL_CHARS + " characters)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } finally {
      p.stopParsing();
    }
  }

  private static void emit(Sink sink, String[] rec, long start, long end, int width, char delim) {
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
  private static void stripCr(String[] rec) {
    int last = rec.length - 1;
    if (last >= 0 && rec[last] != null && rec[last].endsWith("\r")) {
      rec[last] = rec[last].substring(0, rec[last].length() - 1);
    }
  }

  private static int newlines(String c) {
    int n = 0;
    for (int i = 0; i < c.length(); i++) {
      if (c.charAt(i) == '\n') {
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
    long quotes = 0;
    try (Reader r = open()) {
      long line = 1;
      int c;
      while ((c = r.read()) >= 0) {
        if (line >= start && c == '"') {
          quotes++;
        }
        if (c == '\n') {
          line++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (quotes % 2 == 0) {
      return -1;
    }
    for (int i = 0; i < rec.length; i++) {
      if (rec[i] != null && rec[i].indexOf('\n') >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The first line of a record that ended on {@code end}: count the line breaks in its cells. */
  private static long firstLine(long prevEnd, long end, String[] rec) {
    long breaks = 0;
    for (String c : rec) {
      if (c != null) {
        for (int i = 0; i < c.length(); i++) {
          char ch = c.charAt(i);
          if (ch == '\n') {
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

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
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
}
