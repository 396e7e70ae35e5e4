package org.kolscope.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * This session's executed cells for Jupyter's history_request: tail, range and search (glob
 * patterns with {@code *} and {@code ?}, as IPython's history search), with or without output.
 */
final class History {
  /** Session number reported to clients; range requests with session 0 mean "this session". */
  static final int SESSION = 1;

  record Entry(int line, String input, String output) {}

  private final List<Entry> entries = new ArrayList<>();

  synchronized void add(int line, String input, String output) {
    entries.add(new Entry(line, input, output));
  }

  synchronized List<Entry> tail(int n) {
    int from = Math.max(0, entries.size() - Math.max(0, n));
    return List.copyOf(entries.subList(from, entries.size()));
  }

  /** Cells {@code start <= line < stop} of {@code session} (0 or {@link #SESSION}). */
  synchronized List<Entry> range(int session, int start, int stop) {
    if (session != 0 && session != SESSION) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.line() >= start && (stop <= 0 || e.line() < stop)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The last {@code n} (all when n &lt;= 0) inputs matching the glob; unique keeps the latest of each. */
  synchronized List<Entry> search(String glob, int n, boolean unique) {
    Pattern p = globToRegex(glob);
    List<Entry> matches = new ArrayList<>();
    for (Entry e : entries) {
      if (p.matcher(e.input()).matches()) {
        matches.add(e);
      }
    }
    if (unique) {
      Map<String, Entry> latest = new LinkedHashMap<>();
      for (Entry e : matches) {
        latest.remove(e.input());
        latest.put(e.input(), e);
      }
      matches = new ArrayList<>(latest.values());
    }
    if (n > 0 && matches.size() > n) {
      matches = matches.subList(matches.size() - n, matches.size());
    }
    return List.copyOf(matches);
  }

  static Pattern globToRegex(String glob) {
    StringBuilder re = new StringBuilder();
    for (char c : (glob == null ? "*" : glob).toCharArray()) {
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
