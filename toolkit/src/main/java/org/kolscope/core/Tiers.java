package org.kolscope.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Follower-count tiers: ascending lower bounds and one label per tier, in English and Chinese.
 *
 * <p>With bounds {@code b1 < b2 < … < bk} there are {@code k + 1} tiers: {@code [0, b1)}, {@code
 * [b1, b2)}, …, {@code [bk, ∞)}. A count equal to a bound belongs to the upper tier.
 *
 * <p>Presets:
 *
 * <ul>
 *   <li>{@link #RED} (the default): 素人/KOC &lt; 5k, 初级/micro 5k–50k, 腰部/mid 50k–500k, 头部/top ≥
 *       500k — the tiers of Xinhong (新红) 2021 report on Xiaohongshu.
 *   <li>{@link #INTERNATIONAL}: under-nano &lt; 1k, nano 1k–10k, micro 10k–50k, mid 50k–500k,
 *       macro 500k–1M, mega ≥ 1M — HypeAuditor's tiers.
 * </ul>
 *
 * @param name a short name ({@code red}, {@code international} or {@code custom})
 * @param bounds ascending lower bounds of the second and later tiers, all &gt; 0
 * @param labels English labels, {@code bounds.length + 1} of them
 * @param chineseLabels Chinese labels, same length as {@code labels}
 */
public record Tiers(String name, long[] bounds, List<String> labels, List<String> chineseLabels)
    implements java.io.Serializable {

  /** Xiaohongshu tiers (Xinhong 2021): the default. */
  public static final Tiers RED =
      new Tiers(
          "red",
          new long[] {5_000, 50_000, 500_000},
          List.of("KOC", "micro", "mid", "top"),
          List.of("素人", "初级", "腰部", "头部"));

  /** HypeAuditor's international tiers. */
  public static final Tiers INTERNATIONAL =
      new Tiers(
          "international",
          new long[] {1_000, 10_000, 50_000, 500_000, 1_000_000},
          List.of("under-nano", "nano", "micro", "mid", "macro", "mega"),
          List.of("素人", "纳米", "微型", "腰部", "大型", "超大型"));

  public Tiers {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bounds, "bounds");
    labels = List.copyOf(labels);
    chineseLabels = List.copyOf(chineseLabels);
    bounds = bounds.clone();
    for (int i = 0; i < bounds.length; i++) {
      if (bounds[i] <= 0 || (i > 0 && bounds[i] <= bounds[i - 1])) {
        throw new IllegalArgumentException(
            "tier bounds must be positive and strictly ascending, got " + Arrays.toString(bounds));
      }
    }
    if (labels.size() != bounds.length + 1 || chineseLabels.size() != bounds.length + 1) {
      throw new IllegalArgumentException(
          "need " + (bounds.length + 1) + " labels for " + bounds.length + " bounds, got "
              + labels + " and " + chineseLabels);
    }
  }

  /**
   * Custom tiers from ascending lower bounds; labels are generated ({@code <5k}, {@code 5k–50k}, …)
   * unless given.
   *
   * @throws IllegalArgumentException if the bounds are not positive and ascending or the label
   *     count is not {@code bounds.length + 1}
   */
  public static Tiers custom(long[] bounds, String... labels) {
    List<String> l = labels.length == 0 ? rangeLabels(bounds) : List.of(labels);
    return new Tiers("custom", bounds, l, l);
  }

  /**
   * Parses {@code red}, {@code international} or a comma-separated list of lower bounds such as
   * {@code 5000,50000,500000} (any count {@link CountParser} reads: {@code 5k}, {@code 5万}, {@code 1m}).
   */
  public static Tiers parse(String spec) {
    String s = Objects.requireNonNull(spec, "spec").trim();
    switch (s.toLowerCase(Locale.ROOT)) {
      case "red":
        return RED;
      case "international":
      case "intl":
        return INTERNATIONAL;
      default:
        String[] parts = s.split(",");
        long[] b = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
          b[i] = parseBound(parts[i].trim(), spec);
        }
        return custom(b);
    }
  }

  private static long parseBound(String part, String spec) {
    try {
      Long v = CountParser.count(part);
      if (v != null) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below with the whole spec
    }
    throw new IllegalArgumentException(
        "bad tier bound '" + part + "' in '" + spec
            + "': expected red, international or ascending counts like 5000,50000,500000");
  }

  private static List<String> rangeLabels(long[] bounds) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i <= bounds.length; i++) {
      if (i == 0) {
        out.add("<" + compact(bounds[0]));
      } else if (i == bounds.length) {
        out.add("≥" + compact(bounds[i - 1]));
      } else {
        out.add(compact(bounds[i - 1]) + "–" + compact(bounds[i]));
      }
    }
    return out;
  }

  /** Formats a count compactly: 5000 → {@code 5k}, 1500000 → {@code 1.5M}. */
  static String compact(long v) {
    if (v >= 1_000_000 && v % 100_000 == 0) {
      return trim(v / 1_000_000.0) + "M";
    }
    if (v >= 1_000 && v % 100 == 0) {
      return trim(v / 1_000.0) + "k";
    }
    return Long.toString(v);
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** Number of tiers. */
  public int size() {
    return labels.size();
  }

  /** Index of the tier of a follower count (0 = lowest). */
  public int index(long followers) {
    int i = 0;
    while (i < bounds.length && followers >= bounds[i]) {
      i++;
    }
    return i;
  }

  /** English label of the tier of a follower count. */
  public String label(long followers) {
    return labels.get(index(followers));
  }

  /** Chinese label of the tier of a follower count. */
  public String chineseLabel(long followers) {
    return chineseLabels.get(index(followers));
  }

  /** Position of an English or Chinese label in tier order, or -1. */
  public int indexOfLabel(String label) {
    int i = labels.indexOf(label);
    return i >= 0 ? i : chineseLabels.indexOf(label);
  }

  /** The follower range of tier {@code i} as text, e.g. {@code 5k–50k}. */
  public String range(int i) {
    return rangeLabels(bounds).get(i);
  }

  /**
   * Adds (or replaces) a {@code tier} column of English labels computed from the {@code
   * followers} column; missing follower counts give a missing tier ({@link RowTiers}, computing).
   */
  public Table apply(Table table) {
    return apply(table, Schema.FOLLOWERS, Schema.TIER);
  }

  /**
   * Adds (or replaces) column {@code tierColumn} with the English tier of each row's {@code
   * followersColumn}: {@link RowTiers} with these tiers and that followers column.
   *
   * @throws IllegalArgumentException if {@code followersColumn} is absent or not numeric
   */
  public Table apply(Table table, String followersColumn, String tierColumn) {
    if (!table.containsColumn(followersColumn)) {
      throw new IllegalArgumentException(
          "no column '" + followersColumn + "' to tier by; columns are " + table.columnNames());
    }
    if (!(table.column(followersColumn) instanceof NumericColumn<?>)) {
      throw new IllegalArgumentException(
          "column '" + followersColumn + "' is " + table.column(followersColumn).type()
              + ", not numeric");
    }
    Cells.put(table, RowTiers.of(table, null, this, followersColumn).toColumn(tierColumn));
    return table;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tiers t
        && name.equals(t.name)
        && Arrays.equals(bounds, t.bounds)
        && labels.equals(t.labels)
        && chineseLabels.equals(t.chineseLabels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(bounds), labels, chineseLabels);
  }

  @Override
  public long[] bounds() {
    return bounds.clone();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Tiers[" + name + ": ");
    for (int i = 0; i < size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(labels.get(i));
      if (!chineseLabels.get(i).equals(labels.get(i))) {
        sb.append('/').append(chineseLabels.get(i));
      }
      sb.append(' ').append(range(i));
    }
    return sb.append(']').toString();
  }
}
