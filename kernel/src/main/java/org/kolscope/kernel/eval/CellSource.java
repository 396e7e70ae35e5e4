package org.kolscope.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Splits a cell into JShell snippets, remembering where each starts in the cell. */
final class CellSource {
  /**
   * One snippet: its source as JShell wants it, starting at its first code character (so
   * JShell's positions and line numbers count from {@code offset}), and that offset in the cell.
   */
  record Piece(String source, int offset, Completeness completeness) {}

  private CellSource() {}

  /** The snippets of {@code cell}; the last piece may be incomplete (then evaluation rejects it). */
  static List<Piece> split(SourceCodeAnalysis analysis, String cell) {
    List<Piece> pieces = new ArrayList<>();
    String rest = cell;
    while (!rest.isBlank()) {
      int base = cell.length() - rest.length();
      CompletionInfo info = analysis.analyzeCompletion(rest);
      String remaining = info.remaining();
      if (info.completeness() == Completeness.EMPTY) {
        break;
      }
      int consumed = rest.length() - remaining.length();
      String source = info.source();
      if (!info.completeness().isComplete() || source == null || consumed <= 0) {
        pieces.add(piece(rest, base, info.completeness()));
        break;
      }
      pieces.add(piece(source, base, info.completeness()));
      rest = remaining;
    }
    return pieces;
  }

  /** Drops leading blanks and comments so JShell's lines and positions count from the code. */
  private static Piece piece(String source, int base, Completeness completeness) {
    int skip = codeStart(source, 0);
    return new Piece(source.substring(skip), base + skip, completeness);
  }

  /** Index of the first character that is neither white space nor inside a comment. */
  static int codeStart(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("//", i)) {
        int nl = s.indexOf('\n', i);
        i = nl < 0 ? s.length() : nl + 1;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
      } else {
        break;
      }
    }
    return Math.min(i, s.length());
  }

  /** 1-based line and column of {@code offset} in {@code text}. */
  static int[] lineColumn(String text, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new int[] {line, col};
  }
}
