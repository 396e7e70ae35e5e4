package org.kolscope.cli;

import java.util.List;

/** Words for the one-line messages on stderr. */
public final class Phrases {
  private Phrases() {}

  /**
   * The items as a list in words: {@code a}, {@code a and b}, {@code a, b and c}.
   *
   * @throws IllegalArgumentException when there is no item
   */
  public static String and(List<String> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("no items to list");
    }
    int last = items.size() - 1;
    return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }
}
