package org.kolscope.kernel.maven;

import java.util.List;
import java.util.regex.Pattern;

/** Checks {@code %maven} arguments: {@code group:artifact:version}, optionally with extension and classifier. */
public final class Coordinates {
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-\\[\\](),]+");

  private Coordinates() {}

  /**
   * Throws {@link IllegalArgumentException} naming the first argument that is not
   * {@code group:artifact[:extension[:classifier]]:version}.
   */
  public static void check(List<String> coordinates) {
    if (coordinates.isEmpty()) {
      throw new IllegalArgumentException("%maven needs one or more group:artifact:version, e.g. %maven org.jsoup:jsoup:1.18.3");
    }
    for (String c : coordinates) {
      String[] parts = c.split(":", -1);
      boolean ok = parts.length >= 3 && parts.length <= 5;
      for (String p : parts) {
        ok &= PART.matcher(p).matches();
      }
      if (!ok) {
        throw new IllegalArgumentException("'" + c + "' is not group:artifact:version (e.g. org.jsoup:jsoup:1.18.3)");
      }
    }
  }
}
