package org.kolscope.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a file's bytes for the readers, decompressing gzip ({@code .csv.gz}, or any file that
 * starts with the gzip magic bytes {@code 1F 8B}) on the fly, so every format, the encoding
 * detection and the line numbers see the text as it was before compression.
 */
final class Inputs {
  private Inputs() {}

  /** Whether the file starts with the gzip magic bytes. */
  static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return isGzip(in.readNBytes(2));
    }
  }

  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1F && (head[1] & 0xff) == 0x8B;
  }

  /** The file's bytes, decompressed if it is gzip. */
  static InputStream open(Path file) throws IOException {
    return open(file, null);
  }

  /**
   * The file's bytes, decompressed if it is gzip; {@code counter}, when not null, counts the
   * bytes read from the file itself (compressed), for progress against the file's size.
   */
  static InputStream open(Path file, CountingInputStream[] counter) throws IOException {
    boolean gz = isGzip(file);
    InputStream raw = Files.newInputStream(file);
    if (counter != null) {
      counter[0] = new CountingInputStream(raw);
      raw = counter[0];
    }
    return gz ? new GZIPInputStream(raw, 1 << 16) : new BufferedInputStream(raw, 1 << 16);
  }

  /** The first {@code n} bytes of the file's content (decompressed if gzip); fewer if shorter. */
  static byte[] head(Path file, int n) throws IOException {
    try (InputStream in = open(file)) {
      return in.readNBytes(n);
    }
  }
}
