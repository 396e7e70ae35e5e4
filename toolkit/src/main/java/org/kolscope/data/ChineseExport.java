package org.kolscope.data;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.kolscope.core.Schema;
import org.kolscope.core.Tiers;
import org.kolscope.io.Counts;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A small notes export in the form Chinese tools and Excel on Chinese Windows produce: GB18030,
 * CRLF line ends, Chinese headers, counts as the RED app shows them.
 *
 * <p>Columns: {@code 笔记ID, 博主ID, 博主昵称, 标题, 发布时间, 笔记类型, 点赞数, 收藏数, 评论数, 分享数, 阅读, 粉丝数, 获赞与收藏, 笔记数,
 * anomaly}. Counts are {@link Counts#red(long)} ({@code 8421}, {@code 1.2万}, {@code 1.5亿}, rounded
 * half-up to one decimal); 阅读 (views) is {@code 10万+} from 100,000 (a lower bound, as the app shows
 * it) and {@code -} where the author did not share views. 发布时间 is {@code yyyy-MM-dd HH:mm}; 笔记类型 is
 * 图文 (image) or 视频 (video). 标题 (title, not in the UTF-8 files) is generated text with newlines,
 * ASCII quotes, commas and emoji, all quoted per RFC 4180. The last column is the ground truth,
 * with its English header.
 *
 * <p>Which notes: the accounts are taken in order of priority — the first account of each anomaly
 * label, then the first clean account of each tier — and then in table order, until {@code n} notes
 * are listed (the last chosen account's notes may be cut). The rows keep the notes table's order.
 */
public final class ChineseExport {
  private ChineseExport() {}

  /** The export's charset. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  /** The Chinese headers, in order. */
  public static final List<String> HEADERS =
      List.of(
          "笔记ID",
          "博主ID",
          "博主昵称",
          "标题",
          "发布时间",
          "笔记类型",
          "点赞数",
          "收藏数",
          "评论数",
          "分享数",
          "阅读",
          "粉丝数",
          "获赞与收藏",
          "笔记数",
          Generator.ANOMALY);

  /** The canonical column each header maps to ({@code null} for 博主昵称 and 标题). */
  public static final List<String> CANONICAL =
      Arrays.asList(
          Schema.NOTE_ID,
          Schema.KOL_ID,
          null,
          null,
          Schema.PUBLISHED_AT,
          Schema.CONTENT_TYPE,
          Schema.LIKES,
          Schema.COLLECTS,
          Schema.COMMENTS,
          Schema.SHARES,
          Schema.VIEWS,
          Schema.FOLLOWERS,
          Schema.LIKES_AND_COLLECTS,
          Schema.NOTES,
          Generator.ANOMALY);

  /** Views from this count are written {@code 10万+}. */
  public static final long VIEWS_CAP = 100_000;

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /**
   * Writes the first {@code n} selected notes of {@code data} to {@code file} (fewer if the data
   * has fewer notes).
   *
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public static DataFiles.WrittenFile write(GeneratedData data, Path file, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Chinese export size must be >= 1, got " + n);
    }
    Table accounts = data.accounts();
    Table notes = data.notes();
    StringColumn kol = notes.stringColumn(Schema.KOL_ID);
    Map<String, List<Integer>> noteRows = new HashMap<>();
    for (int r = 0; r < notes.rowCount(); r++) {
      noteRows.computeIfAbsent(kol.get(r), k -> new ArrayList<>()).add(r);
    }
    List<Integer> selected = new ArrayList<>();
    for (String id : chooseAccounts(accounts, noteRows, n)) {
      for (int r : noteRows.getOrDefault(id, List.of())) {
        if (selected.size() < n) {
          selected.add(r);
        }
      }
    }
    selected.sort(null);
    StringColumn accId = accounts.stringColumn(Schema.KOL_ID);
    Map<String, Integer> accRow = new HashMap<>();
    for (int r = 0; r < accounts.rowCount(); r++) {
      accRow.put(accId.get(r), r);
    }
    RandomGenerator rng = new Well19937c(Draws.splitMix(data.seed(), -2));
    List<List<String>> rows = new ArrayList<>();
    for (int r : selected) {
      int a = accRow.get(kol.get(r));
      int category =
          Arrays.asList(RedProfile.CATEGORIES)
              .indexOf(accounts.stringColumn(Schema.CATEGORY).get(a));
      List<String> row = new ArrayList<>();
      row.add(notes.stringColumn(Schema.NOTE_ID).get(r));
      row.add(kol.get(r));
      row.add(accounts.stringColumn(Schema.NAME).get(a));
      row.add(Names.title(rng, category));
      row.add(MINUTES.format(notes.dateTimeColumn(Schema.PUBLISHED_AT).get(r)));
      row.add("video".equals(notes.stringColumn(Schema.CONTENT_TYPE).get(r)) ? "视频" : "图文");
      for (String c : List.of(Schema.LIKES, Schema.COLLECTS, Schema.COMMENTS, Schema.SHARES)) {
        row.add(Counts.red(notes.longColumn(c).getLong(r)));
      }
      LongColumn views = notes.longColumn(Schema.VIEWS);
      row.add(
          views.isMissing(r)
              ? "-"
              : views.getLong(r) >= VIEWS_CAP ? "10万+" : Counts.red(views.getLong(r)));
      for (String c : List.of(Schema.FOLLOWERS, Schema.LIKES_AND_COLLECTS, Schema.NOTES)) {
        row.add(Counts.red(notes.longColumn(c).getLong(r)));
      }
      row.add(notes.stringColumn(Generator.ANOMALY).get(r));
      rows.add(row);
    }
    return DataFiles.write(file, GB18030, "\r\n", HEADERS, rows);
  }

  /** The kol_ids whose notes are exported, per the priority in the class comment. */
  private static Set<String> chooseAccounts(
      Table accounts, Map<String, List<Integer>> noteRows, int n) {
    StringColumn id = accounts.stringColumn(Schema.KOL_ID);
    StringColumn label = accounts.stringColumn(Generator.ANOMALY);
    LongColumn followers = accounts.longColumn(Schema.FOLLOWERS);
    List<Integer> priority = new ArrayList<>();
    for (Anomaly a : Anomaly.values()) {
      if (a != Anomaly.NONE) {
        firstRow(label, r -> label.get(r).equals(a.label())).ifPresent(priority::add);
      }
    }
    for (int t = 0; t < Tiers.RED.size(); t++) {
      int tier = t;
      firstRow(
              label,
              r ->
                  label.get(r).equals(Anomaly.NONE.label())
                      && Tiers.RED.index(followers.getLong(r)) == tier)
          .ifPresent(priority::add);
    }
    for (int r = 0; r < accounts.rowCount(); r++) {
      priority.add(r);
    }
    Set<String> chosen = new LinkedHashSet<>();
    int total = 0;
    for (int r : priority) {
      if (total >= n) {
        break;
      }
      if (chosen.add(id.get(r))) {
        total += noteRows.getOrDefault(id.get(r), List.of()).size();
      }
    }
    return chosen;
  }

  private static OptionalInt firstRow(StringColumn c, IntPredicate p) {
    for (int r = 0; r < c.size(); r++) {
      if (p.test(r)) {
        return OptionalInt.of(r);
      }
    }
    return OptionalInt.empty();
  }
}
