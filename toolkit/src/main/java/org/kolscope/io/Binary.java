package org.kolscope.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Names a file that is not a table file by its first bytes (its "magic number"), so the user
 * reads "a PDF document" instead of an encoding error: old Excel {@code .xls} (OLE2), PDF, PNG,
 * JPEG, GIF, Parquet (compressed as a whole), SQLite, Arrow, bzip2, xz, 7-Zip, RAR, zstd, HTML, and zip archives that
 * are not XLSX.
 */
final class Binary {
  private Binary() {}

  /** What the bytes are and what to do, when they are not a table file KOLScope reads; else null. */
  static String describe(byte[] h) {
    if (starts(h, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return "an old Excel .xls workbook (or another Office 97–2003 file), which KOLScope does "
          + "not read: save it as .xlsx or CSV";
    }
    if (starts(h, '%', 'P', 'D', 'F')) {
      return "a PDF document, not a table: export the table as CSV or XLSX";
    }
    if (starts(h, 0x89, 'P', 'N', 'G')) {
      return "a PNG image, not a table";
    }
    if (starts(h, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image, not a table";
    }
    if (starts(h, 'G', 'I', 'F', '8')) {
      return "a GIF image, not a table";
    }
    if (starts(h, 'P', 'A', 'R', '1')) {
      // a Parquet file reaches here only gzip-compressed or with another format given
      return "an Apache Parquet file: load it as it is, as Parquet (not gzip-compressed, no other "
          + "format given)";
    }
    if (starts(h, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0)) {
      return "an SQLite database, not a table file: export a table as CSV (sqlite3 -header -csv "
          + "DB 'select * from T' > T.csv)";
    }
    if (starts(h, 'A', 'R', 'R', 'O', 'W', '1')) {
      return "an Apache Arrow (Feather) file, which KOLScope does not read: convert it to CSV";
    }
    if (starts(h, 'B', 'Z', 'h')) {
      return "bzip2-compressed: decompress it first (bunzip2), or compress it with gzip, which "
          + "KOLScope reads";
    }
    if (starts(h, 0xFD, '7', 'z', 'X', 'Z', 0)) {
      return "xz-compressed: decompress it first (unxz), or compress it with gzip, which "
          + "KOLScope reads";
    }
    if (starts(h, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return "a 7-Zip archive: extract the table file from it first";
    }
    if (starts(h, 'R', 'a', 'r', '!')) {
      return "a RAR archive: extract the table file from it first";
    }
    if (starts(h, 0x28, 0xB5, 0x2F, 0xFD)) {
      return "zstd-compressed: decompress it first (unzstd), or compress it with gzip, which "
          + "KOLScope reads";
    }
    if (starts(h, 'P', 'K', 5, 6)) {
      return "an empty zip archive";
    }
    if (isHtml(h)) {
      return "an HTML page, not a table file (some platforms export one as .xls): open it in a "
          + "spreadsheet and save it as CSV or XLSX";
    }
    return null;
  }

  private static boolean isHtml(byte[] h) {
    int i = 0;
    if (starts(h, 0xEF, 0xBB, 0xBF)) {
      i = 3;
    }
    while (i < h.length && (h[i] == ' ' || h[i] == '\n' || h[i] == '\r' || h[i] == '\t')) {
      i++;
    }
    String s = new String(h, i, Math.min(h.length - i, 16), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return s.startsWith("<!doctype html") || s.startsWith("<html");
  }

  private static boolean starts(byte[] h, int... magic) {
    if (h.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((h[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** The names of a zip's entries (decompressed first if the file is gzip), up to 1,000. */
  static List<String> zipEntries(Path file) {
    List<String> names = new ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(Inputs.open(file))) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null && names.size() < 1000) {
        names.add(e.getName());
      }
    } catch (IOException | IllegalArgumentException e) {
      // a damaged zip: what was listed so far
    }
    return names;
  }

  /** What a zip that is not an XLSX workbook is, and what to do. */
  static String describeZip(List<String> entries) {
    if (entries.stream().anyMatch(e -> e.startsWith("word/"))) {
      return "a Word document (.docx), not a table: save the table in it as CSV or XLSX";
    }
    if (entries.stream().anyMatch(e -> e.startsWith("ppt/"))) {
      return "a PowerPoint file (.pptx), not a table";
    }
    if (entries.contains("mimetype") && entries.contains("content.xml")) {
      return "an OpenDocument file (.ods/.odt), which KOLScope does not read: save it as .xlsx "
          + "or CSV";
    }
    List<String> files = entries.stream().filter(e -> !e.endsWith("/")).toList();
    if (files.isEmpty()) {
      return "a zip archive with no files in it";
    }
    return "a zip archive holding " + files.size() + " file(s) ("
        + String.join(", ", files.subList(0, Math.min(3, files.size())))
        + (files.size() > 3 ? ", …" : "") + "): unzip it and load the file you need";
  }
}
