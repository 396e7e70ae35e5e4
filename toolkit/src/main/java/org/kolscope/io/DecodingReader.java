package org.kolscope.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Decodes text in a given encoding and keeps every byte sequence that is not valid in it, with
 * its line, instead of turning it into U+FFFD without a word (what {@link
 * java.io.InputStreamReader} does). Each bad sequence still reads as one U+FFFD, so the parser
 * sees the row; the row source then rejects the rows whose lines are in {@link #bad()}.
 *
 * <p>Used when the encoding is given: a detected encoding has already decoded the whole file.
 */
final class DecodingReader extends Reader {
  /** A byte sequence that is not valid in the encoding, on a 1-based line. */
  record BadBytes(long line, byte[] bytes) {
    /** {@code B2 E9}. */
    String hex() {
      StringBuilder sb = new StringBuilder();
      for (byte b : bytes) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
      return sb.toString();
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder;
  /** Whether the charset writes ASCII as ASCII, line ends as the bytes 0A and 0D. */
  private final boolean asciiLineEnds;
  private final char eol;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private final ArrayDeque<BadBytes> bad = new ArrayDeque<>();
  private long line = 1;
  private int pendingReplacements;
  private long produced; // characters decoded so far, replacements included
  private long producedAtLastBad = -2;
  private boolean eof;
  private boolean flushed;

  /**
   * @param eol the character that ends a line ({@code '\n'}, or {@code '\r'} in a file with
   *     old-Mac line ends)
   */
  DecodingReader(InputStream in, Charset charset, char eol) {
    this.in = in;
    this.eol = eol;
    this.asciiLineEnds = Encodings.asciiCompatible(charset);
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    chars.flip(); // empty, ready to read
  }

  /**
   * How many of the {@code reported} bytes at the buffer's position are one bad sequence: up to a
   * line-end byte, where the charset writes line ends as the ASCII bytes. A GB18030 decoder
   * reports a broken four-byte sequence with the line end after it ({@code 81 30 0A}), which would
   * join two lines into one row; a line end is never part of a character in such a charset.
   */
  private int badLength(int reported) {
    if (asciiLineEnds) {
      int at = bytes.position();
      for (int k = 1; k < reported; k++) {
        byte x = bytes.get(at + k);
        if (x == '\n' || x == '\r') {
          return k;
        }
      }
    }
    return reported;
  }

  /** The bad sequences found so far, in file order; the caller removes those it has used. */
  ArrayDeque<BadBytes> bad() {
    return bad;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  private void fill() throws IOException {
    chars.clear();
    for (; pendingReplacements > 0 && chars.hasRemaining(); pendingReplacements--) {
      chars.put('\uFFFD');
    }
    while (chars.position() == 0 && !flushed) {
      if (!eof) {
        int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (r < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + r);
        }
      }
      bytes.flip();
      while (true) {
        int from = chars.position();
        CoderResult cr = decoder.decode(bytes, chars, eof);
        countLines(from);
        if (cr.isError()) {
          byte[] b = new byte[badLength(cr.length())];
          bytes.get(b);
          BadBytes last = bad.peekLast();
          if (last != null && producedAtLastBad == produced - 1 && last.bytes().length < 16) {
            // right after the previous bad sequence: one run of bad bytes, shown together
            byte[] joined = java.util.Arrays.copyOf(last.bytes(), last.bytes().length + b.length);
            System.arraycopy(b, 0, joined, last.bytes().length, b.length);
            bad.pollLast();
            bad.add(new BadBytes(last.line(), joined));
          } else {
            bad.add(new BadBytes(line, b));
          }
          producedAtLastBad = produced;
          produced++;
          if (!chars.hasRemaining()) {
            pendingReplacements++; // the replacement goes into the next chunk
            break;
          }
          chars.put('\uFFFD');
          continue;
        }
        break;
      }
      bytes.compact();
      if (eof && bytes.position() == 0) {
        int from = chars.position();
        CoderResult cr = decoder.flush(chars);
        countLines(from);
        if (!cr.isOverflow()) {
          flushed = true;
        }
      }
      if (!eof && chars.position() == 0 && bytes.position() == bytes.capacity()) {
        throw new IOException("cannot decode the text: a character longer than the buffer");
      }
    }
    chars.flip();
  }

  private void countLines(int from) {
    produced += chars.position() - from;
    for (int i = from; i < chars.position(); i++) {
      if (chars.get(i) == eol) {
        line++;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
