package org.kolscope.core;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.ColumnType;

/**
 * The canonical column names and types of KOLScope tables.
 *
 * <p>Every reader maps a file's headers onto these names (see {@code io.HeaderMap}); every later
 * stage (metrics, rules, stats, charts) reads columns by these constants and never by a raw
 * export header.
 *
 * <p><b>Accounts</b> (one row per KOL): {@code kol_id} (string, required), {@code name},
 * {@code platform}, {@code followers} (long, required), {@code following}, {@code
 * likes_and_collects} (long; RED's 获赞与收藏), {@code notes} (long), {@code category}, {@code
 * price_rmb} (double), {@code cooperation} (paid | gifted).
 *
 * <p><b>Posts</b> (notes, one row per note): {@code note_id} (required), {@code kol_id}
 * (required), {@code published_at}, {@code likes}, {@code collects}, {@code comments}, {@code
 * shares}, {@code views} (optional: RED keeps views private), {@code content_type} (image |
 * video), {@code cost_rmb}, and the author columns many exports repeat per row: {@code
 * followers}, {@code likes_and_collects}, {@code notes}.
 */
public final class Schema {
  private Schema() {}

  /** Which kind of table a file holds. */
  public enum Kind {
    ACCOUNTS,
    POSTS,
    /** Any other table (e.g. a derived one): headers are mapped, nothing is required. */
    TABLE;

    /** Parses {@code accounts}, {@code posts} or {@code notes} (case-insensitive). */
    public static Kind parse(String s) {
      switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "accounts":
        case "account":
        case "kols":
          return ACCOUNTS;
        case "posts":
        case "post":
        case "notes":
        case "note":
          return POSTS;
        case "table":
          return TABLE;
        default:
          throw new IllegalArgumentException(
              "unknown kind '" + s + "': expected accounts, posts or table");
      }
    }
  }

  // ---- shared ----
  public static final String KOL_ID = "kol_id";
  public static final String FOLLOWERS = "followers";
  public static final String LIKES_AND_COLLECTS = "likes_and_collects";
  public static final String NOTES = "notes";

  // ---- accounts ----
  public static final String NAME = "name";
  public static final String PLATFORM = "platform";
  public static final String FOLLOWING = "following";
  public static final String CATEGORY = "category";
  public static final String PRICE_RMB = "price_rmb";
  public static final String COOPERATION = "cooperation";

  // ---- posts ----
  public static final String NOTE_ID = "note_id";
  public static final String PUBLISHED_AT = "published_at";
  public static final String LIKES = "likes";
  public static final String COLLECTS = "collects";
  public static final String COMMENTS = "comments";
  public static final String SHARES = "shares";
  public static final String VIEWS = "views";
  public static final String CONTENT_TYPE = "content_type";
  public static final String COST_RMB = "cost_rmb";

  /** Added by the tiering step ({@link Tiers}). */
  public static final String TIER = "tier";

  /**
   * Ground truth of generated data (the generator, {@code data.Generator}): none, bought_followers,
   * bought_likes or comment_farm.
   */
  public static final String ANOMALY = "anomaly";

  // ---- accounts: per-creator averages, as influencer platforms export them ----
  /** Average views per post. */
  public static final String AVG_VIEWS = "avg_views";
  /** Average likes per post. */
  public static final String AVG_LIKES = "avg_likes";
  /** Average comments per post. */
  public static final String AVG_COMMENTS = "avg_comments";
  /** Average shares per post. */
  public static final String AVG_SHARES = "avg_shares";
  /** Average engagement (interactions) per post. */
  public static final String AVG_ENGAGEMENT = "avg_engagement";
  /** Average engagement from real people per post (HypeAuditor's "authentic engagement"). */
  public static final String AVG_AUTHENTIC_ENGAGEMENT = "avg_authentic_engagement";

  /**
   * The per-creator average columns: optional on accounts, not in {@link #ACCOUNT_COLUMNS} (which
   * every accounts table is ordered by); mapped from their headers and stored as DOUBLE (count
   * forms like {@code 221.7K} read).
   */
  public static final List<String> AVERAGE_COLUMNS = List.of(AVG_VIEWS, AVG_LIKES, AVG_COMMENTS,
      AVG_SHARES, AVG_ENGAGEMENT, AVG_AUTHENTIC_ENGAGEMENT);

  /** Suffix of the boolean column set where a count was written as a lower bound ({@code 10万+}). */
  public static final String LOWER_BOUND_SUFFIX = "_lower_bound";

  /** Canonical account columns, in order. */
  public static final List<String> ACCOUNT_COLUMNS =
      List.of(
          KOL_ID, NAME, PLATFORM, FOLLOWERS, FOLLOWING, LIKES_AND_COLLECTS, NOTES, CATEGORY,
          PRICE_RMB, COOPERATION);

  /** Canonical post columns, in order. */
  public static final List<String> POST_COLUMNS =
      List.of(
          NOTE_ID, KOL_ID, PUBLISHED_AT, LIKES, COLLECTS, COMMENTS, SHARES, VIEWS, CONTENT_TYPE,
          COST_RMB, FOLLOWERS, LIKES_AND_COLLECTS, NOTES);

  /** Required columns per kind. */
  public static Set<String> required(Kind kind) {
    switch (kind) {
      case ACCOUNTS:
        return Set.of(KOL_ID, FOLLOWERS);
      case POSTS:
        return Set.of(NOTE_ID, KOL_ID);
      default:
        return Set.of();
    }
  }

  /** Canonical columns per kind, in order. */
  public static List<String> columns(Kind kind) {
    switch (kind) {
      case ACCOUNTS:
        return ACCOUNT_COLUMNS;
      case POSTS:
        return POST_COLUMNS;
      default:
        return ALL_COLUMNS;
    }
  }

  /** Every canonical column: posts' order, then the account-only ones. */
  public static final List<String> ALL_COLUMNS =
      java.util.stream.Stream.concat(POST_COLUMNS.stream(),
              ACCOUNT_COLUMNS.stream().filter(c -> !POST_COLUMNS.contains(c)))
          .toList();

  /** Columns holding counts (parsed with {@link CountParser}, stored as LONG). */
  public static final Set<String> COUNT_COLUMNS =
      Set.of(FOLLOWERS, FOLLOWING, LIKES_AND_COLLECTS, NOTES, LIKES, COLLECTS, COMMENTS, SHARES, VIEWS);

  /** Money columns (stored as DOUBLE, RMB). */
  public static final Set<String> MONEY_COLUMNS = Set.of(PRICE_RMB, COST_RMB);

  /** The Tablesaw type of every canonical column. */
  public static final Map<String, ColumnType> TYPES =
      Map.ofEntries(
          Map.entry(KOL_ID, ColumnType.STRING),
          Map.entry(NAME, ColumnType.STRING),
          Map.entry(PLATFORM, ColumnType.STRING),
          Map.entry(FOLLOWERS, ColumnType.LONG),
          Map.entry(FOLLOWING, ColumnType.LONG),
          Map.entry(LIKES_AND_COLLECTS, ColumnType.LONG),
          Map.entry(NOTES, ColumnType.LONG),
          Map.entry(CATEGORY, ColumnType.STRING),
          Map.entry(PRICE_RMB, ColumnType.DOUBLE),
          Map.entry(COOPERATION, ColumnType.STRING),
          Map.entry(NOTE_ID, ColumnType.STRING),
          Map.entry(PUBLISHED_AT, ColumnType.LOCAL_DATE_TIME),
          Map.entry(LIKES, ColumnType.LONG),
          Map.entry(COLLECTS, ColumnType.LONG),
          Map.entry(COMMENTS, ColumnType.LONG),
          Map.entry(SHARES, ColumnType.LONG),
          Map.entry(VIEWS, ColumnType.LONG),
          Map.entry(CONTENT_TYPE, ColumnType.STRING),
          Map.entry(COST_RMB, ColumnType.DOUBLE),
          Map.entry(AVG_VIEWS, ColumnType.DOUBLE),
          Map.entry(AVG_LIKES, ColumnType.DOUBLE),
          Map.entry(AVG_COMMENTS, ColumnType.DOUBLE),
          Map.entry(AVG_SHARES, ColumnType.DOUBLE),
          Map.entry(AVG_ENGAGEMENT, ColumnType.DOUBLE),
          Map.entry(AVG_AUTHENTIC_ENGAGEMENT, ColumnType.DOUBLE));
}
