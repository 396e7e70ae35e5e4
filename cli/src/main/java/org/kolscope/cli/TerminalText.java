package org.kolscope.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text made safe for a terminal. Data (KOL names, titles, cell values, file names) can hold
 * control characters: {@code ESC [2J} clears the screen, {@code ESC ]52;…} writes the clipboard
 * on some terminals, {@code \r} overwrites a line and U+202E reverses what follows. Every line the
 * CLI prints goes through {@link Out}, which writes these characters as visible escapes instead:
 * C0 controls other than newline and tab, DEL and C1 controls as {@code \x1b}, {@code \x7f},
 * {@code \x9b}; the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 as
 * <code>&#92;u202e</code>. {@code \r\n} (a Windows line end) is kept. The CLI's own terminal control (the
 * progress bar's {@code \r}) goes through {@link #raw} and is not escaped. {@link Json} escapes the
 * same characters with JSON's <code>&#92;u</code> escapes, so a JSON document stays valid and equal.
 */
final class TerminalText {
  private TerminalText() {}

  /** Whether code point {@code c} is written as an escape. */
  static boolean unsafe(int c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** The visible form of an unsafe character: {@code \x1b} below U+0100, else <code>&#92;u202e</code>. */
  static String escapeOf(int c) {
    return c < 0x100 ? String.format("\\x%02x", c) : String.format("\\u%04x", c);
  }

  /** {@code s} with every unsafe character escaped (a {@code \r\n} pair is kept). */
  static String escape(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = unsafe(c) && !(c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n');
      if (bad && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (bad) {
          sb.append(escapeOf(c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** {@code w}, escaping, unless it already is an {@link Out}. */
  static Out of(PrintWriter w) {
    return w instanceof Out o ? o : new Out(w);
  }

  /**
   * Writes {@code s} unescaped when {@code w} is an {@link Out} (the CLI's own terminal control,
   * e.g. the progress bar's {@code \r}), else as usual. Escape any data in {@code s} first.
   */
  static void raw(PrintWriter w, String s) {
    if (w instanceof Out o) {
      o.raw(s);
    } else {
      w.print(s);
      w.flush();
    }
  }

  /** A print writer that escapes what it prints (see {@link TerminalText}); flushes on println. */
  static final class Out extends PrintWriter {
    private final Writer target;

    Out(Writer target) {
      super(new Escaping(target), true);
      this.target = target;
    }

    /** Writes {@code s} as it is, after what was printed before. */
    void raw(String s) {
      flush();
      try {
        target.write(s);
        target.flush();
      } catch (IOException e) {
        setError();
      }
    }
  }

  /** Escapes unsafe characters on their way to {@code out}. */
  private static final class Escaping extends FilterWriter {
    Escaping(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (unsafe(c)) {
        out.write(escapeOf(c));
      } else {
        out.write(c);
      }
    }

    private char[] copy = new char[0];

    /**
     * Writes the runs of safe characters as they are and each unsafe one as its escape, as {@link
     * #escape} does to the chunk; printable ASCII, most of any output, is passed over at once.
     */
    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      int end = off + len;
      int run = off;
      for (int i = off; i < end; i++) {
        char c = cbuf[i];
        if (c >= 0x20 && c < 0x7f) {
          continue;
        }
        if (unsafe(c) && !(c == '\r' && i + 1 < end && cbuf[i + 1] == '\n')) {
          out.write(cbuf, run, i - run);
          out.write(escapeOf(c));
          run = i + 1;
        }
      }
      out.write(cbuf, run, end - run);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      if (copy.length < len) {
        copy = new char[Math.max(len, 256)];
      }
      s.getChars(off, off + len, copy, 0);
      write(copy, 0, len);
    }
  }
}
