package org.kolscope.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.kolscope.io.CsvOut;
import org.kolscope.io.IoErrors;
import tech.tablesaw.api.Table;

/**
 * Writes generated data as CSV files, byte-for-byte reproducible: {@value #ACCOUNTS_CSV} and
 * {@value #NOTES_CSV} (UTF-8 without BOM, LF line ends, canonical headers) and optionally the
 * Chinese-header GB18030 export {@value #CHINESE_CSV} (see {@link ChineseExport}).
 *
 * <p>The UTF-8 files are written by {@link CsvOut}, KOLScope's one CSV writer, so they load back
 * exactly: RFC 4180 quoting (a field is quoted when it contains a comma, a double quote, CR, LF
 * or leading/trailing spaces, and quotes inside are doubled), missing values as empty fields,
 * times as {@code yyyy-MM-dd HH:mm:ss}, the money columns' whole values without a fraction
 * ({@code 1200}), and the formula guard on text. The Chinese export imitates another tool's file
 * and is written with the same quoting but no guard.
 */
public final class DataFiles {
  private DataFiles() {}

  public static final String ACCOUNTS_CSV = "accounts.csv";
  public static final String NOTES_CSV = "notes.csv";
  public static final String CHINESE_CSV = "red-notes-gb18030.csv";

  /** Format of {@code published_at} in the UTF-8 files. */
  public static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /**
   * One written file.
   *
   * @param path where it is
   * @param encoding its charset name
   * @param rows data rows (without the header)
   * @param bytes its size
   * @param sha256 hex SHA-256 of its bytes
   */
  public record WrittenFile(Path path, String encoding, int rows, long bytes, String sha256) {}

  /**
   * Writes {@value #ACCOUNTS_CSV}, {@value #NOTES_CSV} and, when {@code chineseNotes > 0}, the
   * Chinese export of that many notes into {@code dir} (created if needed), replacing files of the
   * same names.
   *
   * @throws UncheckedIOException if the directory cannot be created or written
   * @throws IllegalArgumentException if {@code chineseNotes} is negative
   */
  public static List<WrittenFile> write(GeneratedData data, Path dir, int chineseNotes) {
    if (chineseNotes < 0) {
      throw new IllegalArgumentException("Chinese export size must be >= 0, got " + chineseNotes);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotWriteInto(dir, e), e);
    }
    List<WrittenFile> out = new ArrayList<>();
    out.add(writeCsv(data.accounts(), dir.resolve(ACCOUNTS_CSV)));
    out.add(writeCsv(data.notes(), dir.resolve(NOTES_CSV)));
    if (chineseNotes > 0) {
      out.add(ChineseExport.write(data, dir.resolve(CHINESE_CSV), chineseNotes));
    }
    return out;
  }

  /** Writes a table as UTF-8 CSV with a header row of its column names ({@link CsvOut}). */
  public static WrittenFile writeCsv(Table table, Path file) {
    try {
      CsvOut.write(table, file);
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotWrite(file, e), e);
    }
    return describe(file, StandardCharsets.UTF_8, table.rowCount());
  }

  /** Writes a header and rows with RFC 4180 quoting in {@code charset}. */
  static WrittenFile write(
      Path file, Charset charset, String lineEnd, List<String> header, List<List<String>> rows) {
    try (OutputStream os = Files.newOutputStream(file);
        Writer w = new BufferedWriter(new OutputStreamWriter(os, charset.newEncoder()), 1 << 16)) {
      CsvOut.writeRow(w, header, lineEnd);
      for (List<String> row : rows) {
        CsvOut.writeRow(w, row, lineEnd);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotWrite(file, e), e);
    }
    return describe(file, charset, rows.size());
  }

  private static WrittenFile describe(Path file, Charset charset, int rows) {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      long bytes = in.transferTo(OutputStream.nullOutputStream());
      String sha = HexFormat.of().formatHex(in.getMessageDigest().digest());
      return new WrittenFile(file, charset.name(), rows, bytes, sha);
    } catch (IOException e) {
      throw new UncheckedIOException(IoErrors.cannotRead(file, e), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
