package org.kolscope.report;

import java.util.function.Supplier;

/**
 * A computation for the report that either gave a value or could not be done on these data (a
 * column missing, too few values): the report then says why instead of failing as a whole.
 *
 * @param value the value, or null
 * @param reason why there is no value, or null
 * @param <T> the value type
 */
record Outcome<T>(T value, String reason) {

  /** Runs {@code task}; an {@link IllegalArgumentException} or {@link IllegalStateException} becomes the reason. */
  static <T> Outcome<T> of(Supplier<T> task) {
    try {
      T v = task.get();
      return v == null ? new Outcome<>(null, "no result") : new Outcome<>(v, null);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return new Outcome<>(null, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** Whether there is a value. */
  boolean ok() {
    return value != null;
  }
}
