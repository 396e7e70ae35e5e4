package org.kolscope.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects the text encoding of an export: a UTF-8 or UTF-16 byte-order mark wins; otherwise the
 * bytes are tried as strict UTF-8, then as GB18030 (the superset of GBK that Excel on Chinese
 * Windows writes). This is the decode order that works on real crawler and Excel exports.
 */
public final class Encodings {
  /** GB18030, the superset of GBK and GB2312. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private Encodings() {}

  /**
   * A read that took the file's encoding as a guess met a byte not valid in it: the encoding must
   * be detected over the whole file ({@link #detect(java.nio.file.Path)}) and the read done again.
   */
  static final class Unconfirmed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unconfirmed(Charset guess) {
      super("not " + guess.name(), null, false, false);
    }
  }

  /**
   * The encoding of a name, e.g. {@code GB18030}, {@code utf-8}.
   *
   * @throws IllegalArgumentException naming an unknown encoding
   */
  public static Charset named(String name) {
    try {
      return Charset.forName(name);
    } catch (java.nio.charset.UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException e) {
      throw new IllegalArgumentException("unknown encoding '" + name + "'");
    }
  }

  /**
   * Whether {@code cs} writes every ASCII character as that one byte, as UTF-8, GB18030, GBK, Big5
   * and the ISO-8859 and Windows code pages do (UTF-16 and UTF-32 do not): in such text a line-end
   * byte ({@code 0A}, {@code 0D}) is a line end, never part of another character.
   */
  public static boolean asciiCompatible(Charset cs) {
    byte[] ascii = new byte[128];
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] = (byte) i;
    }
    String text = new String(ascii, StandardCharsets.US_ASCII);
    return cs.canEncode() && java.util.Arrays.equals(text.getBytes(cs), ascii)
        && new String(ascii, cs).equals(text);
  }

  /** A detected encoding and the number of BOM bytes to skip. */
  public record Detected(Charset charset, int bomLength) {
    /** Readable name, e.g. {@code UTF-8 (BOM)}. */
    public String label() {
      return charset.name() + (bomLength > 0 ? " (BOM)" : "");
    }
  }

  /** The encoding a byte-order mark at the start of {@code bytes} names, or null when none. */
  public static Detected bom(byte[] bytes, int length) {
    if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  /**
   * Detects the encoding of {@code bytes}.
   *
   * @return UTF-8 (with or without BOM), UTF-16LE/BE (BOM), or GB18030
   * @throws IllegalArgumentException if the bytes are neither valid UTF-8 nor valid GB18030
   */
  public static Detected detect(byte[] bytes, int length) {
    Detected bom = bom(bytes, length);
    if (bom != null) {
      return bom;
    }
    if (isAscii(bytes, length) || decodes(StandardCharsets.UTF_8, bytes, length)) {
      return new Detected(StandardCharsets.UTF_8, 0);
    }
    if (decodes(GB18030, bytes, length)) {
      return new Detected(GB18030, 0);
    }
    throw new IllegalArgumentException(
        "the bytes are neither UTF-8 nor GB18030: give the encoding explicitly");
  }

  /** Number of BOM bytes at the start of {@code bytes} for a given charset (0 if none). */
  public static int bomLength(byte[] bytes, int length, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8) && length >= 3 && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return 3;
    }
    if ((cs.name().startsWith("UTF-16")) && length >= 2
        && ((bytes[0] & 0xff) == 0xFF || (bytes[0] & 0xff) == 0xFE)) {
      return 2;
    }
    return 0;
  }

  /**
   * Detects the encoding of a file, streaming it (the whole file is checked, in 1 MiB chunks, so a
   * GBK cell deep in a large UTF-8-looking file is still caught).
   *
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the bytes are neither valid UTF-8 nor valid GB18030
   */
  public static Detected detect(java.nio.file.Path file) {
    byte[] head = new byte[4];
    int headLen;
    try (java.io.InputStream in = Inputs.open(file)) {
      headLen = in.readNBytes(head, 0, 4);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(IoErrors.cannotRead(file, e), e);
    }
    Detected bom = bom(head, headLen);
    if (bom != null) {
      return bom;
    }
    if (streamDecodes(file, StandardCharsets.UTF_8)) {
      return new Detected(StandardCharsets.UTF_8, 0);
    }
    if (streamDecodes(file, GB18030)) {
      return new Detected(GB18030, 0);
    }
    throw new IllegalArgumentException(
        file + ": the bytes are neither UTF-8 nor GB18030; give the encoding explicitly");
  }

  private static boolean streamDecodes(java.nio.file.Path file, Charset cs) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 20);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 20);
    try (java.nio.channels.ReadableByteChannel ch = Inputs.isGzip(file)
        ? java.nio.channels.Channels.newChannel(Inputs.open(file))
        : java.nio.file.Files.newByteChannel(file)) {
      boolean eof = false;
      while (!eof) {
        eof = ch.read(in) < 0;
        in.flip();
        java.nio.charset.CoderResult r = d.decode(in, out, eof);
        if (r.isError()) {
          return false;
        }
        out.clear();
        in.compact();
      }
      in.flip();
      java.nio.charset.CoderResult r = d.flush(out);
      return !r.isError();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(IoErrors.cannotRead(file, e), e);
    }
  }

  /**
   * The end of a message about bytes not valid in the {@code given} encoding: the encoding the
   * file does decode in, when detection finds one, as the fix to try.
   */
  static String suggestion(java.nio.file.Path file, Charset given) {
    try {
      Detected d = detect(file);
      if (!d.charset().equals(given)) {
        String n = d.charset().name();
        return "; the file reads as " + n + ": give --encoding " + n + " (KolData.loader()"
            + ".encoding(\"" + n + "\")) or leave the encoding out to have it detected";
      }
    } catch (RuntimeException e) {
      // neither UTF-8 nor GB18030: no suggestion beyond the general one
    }
    return "; give the file's encoding (e.g. --encoding GB18030)";
  }

  private static boolean isAscii(byte[] b, int length) {
    for (int i = 0; i < length; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean decodes(Charset cs, byte[] b, int length) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      d.decode(ByteBuffer.wrap(b, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
