package org.kolscope.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kolscope.core.Schema;
import tech.tablesaw.api.Table;

/**
 * Maps a file's header cells to the canonical names of {@link Schema}.
 *
 * <p>Matching ignores case, spaces, underscores, hyphens, dots, line breaks and a BOM, so {@code
 * Followers}, {@code follower_count} and {@code "Follower Count\n"} are one key. Built in: the
 * English variants most exports use and the Chinese headers of Xiaohongshu exports (粉丝数,
 * 获赞与收藏, 点赞数 …). User mappings ({@code SRC=DST}) are looked up first and override the
 * built-in ones; {@code SRC=} (empty target) keeps a column under its own name. Unmapped headers
 * are kept as they are.
 *
 * <p>A bare {@code id} means {@code note_id} in a posts file and {@code kol_id} in an accounts
 * file.
 */
public final class HeaderMap {
  /** Placeholder target for {@code id}: resolved by kind. */
  static final String ID = "\u0000id";

  private static final Map<String, String> BUILT_IN = new HashMap<>();

  static {
    alias(Schema.KOL_ID, "kol_id", "kolid", "kol", "user_id", "userid", "uid", "user",
        "username", "user_name", "handle", "account", "account_id", "accountname", "author_id",
        "authorid", "blogger_id", "creator", "creator_id", "influencer", "channel_id",
        "博主id", "达人id", "用户id", "作者id", "小红书号", "账号", "账号id", "红书号",
        "tiktoker_name", "tiktok_handle", "youtube_channel", "youtube_handle",
        "influencer_insta_name", "instagram_handle", "insta_handle", "抖音号");
    alias(ID, "id", "编号");
    alias(Schema.NAME, "name", "nickname", "nick_name", "display_name", "author", "author_name",
        "blogger", "blogger_name", "channel_name", "昵称", "博主昵称", "达人昵称", "用户名",
        "博主", "达人", "作者", "名称", "达人名称", "博主名称", "tiktok_name", "youtuber_name",
        "youtuber", "instagram_name", "insta_name");
    alias(Schema.PLATFORM, "platform", "平台");
    alias(Schema.FOLLOWERS, "followers", "follower", "followers_count", "follower_count",
        "followercount", "num_followers", "fans", "fans_count", "fan_count", "fans_num",
        "subscribers", "subscriber_count", "subscribers_count", "followers_numbers",
        "followers_number", "粉丝", "粉丝数", "粉丝数量",
        "粉丝量", "粉丝总数");
    alias(Schema.FOLLOWING, "following", "following_count", "followings", "friends",
        "friend_count", "friends_count", "关注", "关注数", "关注数量");
    alias(Schema.LIKES_AND_COLLECTS, "likes_and_collects", "likes_collects", "likes_and_saves",
        "total_likes", "liked_and_collected", "获赞与收藏", "获赞和收藏", "赞藏", "获赞与收藏数",
        "作品被赞和收藏数量", "被赞和收藏", "获赞与收藏总数", "赞藏总数");
    alias(Schema.NOTES, "notes", "notes_count", "note_count", "posts", "posts_count",
        "post_count", "statuses", "status_count", "statuses_count", "media_count", "videos",
        "video_count", "笔记数", "笔记数量", "作品数", "作品数量", "发布笔记数");
    alias(Schema.CATEGORY, "category", "categories", "category_1", "main_category", "niche", "vertical", "分类", "类目", "领域",
        "内容分类", "行业");
    alias(Schema.PRICE_RMB, "price_rmb", "price", "quote", "报价", "价格", "刊例价",
        "图文报价", "视频报价", "合作报价");
    alias(Schema.COOPERATION, "cooperation", "cooperation_type", "deal", "deal_type",
        "合作方式", "合作类型");
    alias(Schema.NOTE_ID, "note_id", "noteid", "post_id", "postid", "video_id", "media_id",
        "笔记id", "作品id", "笔记编号");
    alias(Schema.PUBLISHED_AT, "published_at", "publish_time", "published", "publish_date",
        "posted_at", "created_at", "create_time", "date", "time", "发布时间", "发布日期", "时间",
        "日期", "发文时间");
    alias(Schema.LIKES, "likes", "like", "like_count", "likes_count", "num_likes", "点赞",
        "点赞数", "点赞数量", "点赞量", "赞");
    alias(Schema.COLLECTS, "collects", "collect", "collect_count", "collects_count", "saves",
        "save_count", "saves_count", "stars", "favorites", "favourites", "收藏", "收藏数",
        "收藏数量", "收藏量");
    alias(Schema.COMMENTS, "comments", "comment", "comment_count", "comments_count",
        "num_comments", "评论", "评论数", "评论数量", "评论量");
    alias(Schema.SHARES, "shares", "share", "share_count", "shares_count", "reposts",
        "retweets", "分享", "分享数", "分享数量", "分享量", "转发", "转发数");
    alias(Schema.VIEWS, "views", "view", "view_count", "views_count", "reads", "plays",
        "play_count", "impressions", "阅读", "阅读数", "阅读量", "浏览", "浏览量", "浏览数", "观看",
        "观看数", "观看量", "播放", "播放量", "曝光", "曝光量");
    alias(Schema.CONTENT_TYPE, "content_type", "type", "note_type", "post_type", "media_type",
        "format", "类型", "笔记类型", "内容类型", "作品类型");
    alias(Schema.AVG_VIEWS, "avg_views", "average_views", "views_avg", "views (avg)",
        "avg_plays", "average_plays", "平均阅读", "平均阅读量", "平均播放", "平均播放量", "均播",
        "平均观看", "平均观看量", "平均浏览量");
    alias(Schema.AVG_LIKES, "avg_likes", "average_likes", "likes_avg", "likes (avg)",
        "平均点赞", "平均点赞数", "平均点赞量", "均赞");
    alias(Schema.AVG_COMMENTS, "avg_comments", "average_comments", "comments_avg",
        "comments (avg)", "平均评论", "平均评论数", "平均评论量");
    alias(Schema.AVG_SHARES, "avg_shares", "average_shares", "shares_avg", "shares (avg)",
        "平均分享", "平均分享数", "平均转发", "平均转发数");
    alias(Schema.AVG_ENGAGEMENT, "avg_engagement", "average_engagement", "engagement_avg",
        "engagement_avg_values", "engagement (avg)", "avg_interactions", "average_interactions",
        "平均互动", "平均互动量", "平均互动数");
    alias(Schema.AVG_AUTHENTIC_ENGAGEMENT, "avg_authentic_engagement", "authentic_engagement",
        "authentic_engagement_values", "average_authentic_engagement");
    alias(Schema.COST_RMB, "cost_rmb", "cost", "spend", "fee", "费用", "花费", "合作费用",
        "成本", "投放费用");
  }

  private static void alias(String target, String... keys) {
    for (String k : keys) {
      String prev = BUILT_IN.put(key(k), target);
      if (prev != null && !prev.equals(target)) {
        throw new IllegalStateException("header alias '" + k + "' maps to " + prev + " and " + target);
      }
    }
  }

  /** The matching key of a header: NFKC, lower case, without spaces, _ - . line breaks, BOM. */
  public static String key(String header) {
    String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\n' || c == '\r' || c == '\t'
          || c == '\ufeff' || c == '\u00a0') {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private final Map<String, String> user;

  private HeaderMap(Map<String, String> user) {
    this.user = user;
  }

  /** The built-in mapping only. */
  public static HeaderMap standard() {
    return new HeaderMap(Map.of());
  }

  /**
   * The built-in mapping overridden by user mappings {@code SRC → DST} (SRC matched like any
   * header; DST a canonical or any other name; empty DST keeps SRC unmapped).
   */
  public static HeaderMap with(Map<String, String> userMappings) {
    Map<String, String> u = new LinkedHashMap<>();
    userMappings.forEach((k, v) -> u.put(key(Objects.requireNonNull(k)), v == null ? "" : v.trim()));
    return new HeaderMap(u);
  }

  /**
   * Parses {@code SRC=DST} strings as given on the command line.
   *
   * @throws IllegalArgumentException quoting an entry without {@code =} or with an empty SRC
   */
  public static Map<String, String> parseMappings(List<String> specs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String spec : specs) {
      int eq = spec.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "bad header mapping '" + spec + "': expected SRC=DST, e.g. fans=followers");
      }
      out.put(spec.substring(0, eq).trim(), spec.substring(eq + 1).trim());
    }
    return out;
  }

  /** The target a header maps to: a canonical name, {@link #ID}, or null when unmapped. */
  String target(String header) {
    String k = key(header);
    String u = user.get(k);
    if (u != null) {
      return u.isEmpty() ? null : u;
    }
    return BUILT_IN.get(k);
  }

  /**
   * The column of {@code table} that a name a user gives means: the name itself when the table has
   * it, else the column this map reads a header of that name into ({@code Follower_Count} or
   * {@code 粉丝数}: {@code followers}), else the name unchanged, for the caller's own "no column"
   * message. A generic {@code id} means {@code note_id} in a table of notes, else {@code kol_id}.
   */
  public String column(Table table, String name) {
    if (name == null || table.containsColumn(name)) {
      return name;
    }
    String t = target(name);
    if (ID.equals(t)) {
      t = table.containsColumn(Schema.NOTE_ID) ? Schema.NOTE_ID : Schema.KOL_ID;
    }
    return t != null && table.containsColumn(t) ? t : name;
  }

  /**
   * Result of mapping a header row: a final name per column, whether it is canonical, notes on
   * what was decided, and the repeats: {@code [i, j]} when column {@code j} maps to the same
   * canonical name as column {@code i}, which got it.
   */
  record Mapping(List<String> names, List<Boolean> canonical, List<String> notes, List<int[]> repeats) {}

  /**
   * Maps a header row for a kind. A canonical name goes to a header the user mapped to it, else to
   * the header that is that name ({@code likes_and_collects} wins over {@code total_likes}), else
   * to the first header, in column order, that maps to it; a later header mapping to a taken name keeps its own name,
   * with a note saying which column was used. Blank and repeated names are made unique: blank
   * ones become {@code col_3}; a repeated name gets {@code _2}, {@code _3} ({@code followers_2})
   * or, when it has spaces, {@code " 2"} ({@code Likes avg 2}).
   */
  Mapping map(List<String> headers, Schema.Kind kind) {
    int n = headers.size();
    List<String> names = new ArrayList<>(n);
    List<Boolean> canonical = new ArrayList<>(n);
    List<String> notes = new ArrayList<>();
    List<int[]> repeats = new ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    Map<String, Integer> owner = new HashMap<>();
    String[] targets = new String[n];
    for (int i = 0; i < n; i++) {
      String t = target(headers.get(i));
      if (ID.equals(t)) {
        t = kind == Schema.Kind.POSTS ? Schema.NOTE_ID : Schema.KOL_ID;
      }
      targets[i] = t;
    }
    // who claims a name: a header the user mapped, then a header that is the name itself, then
    // the others in column order — so neither an alias nor a later duplicate steals a name
    int[] priority = new int[n];
    for (int i = 0; i < n; i++) {
      String h = headers.get(i);
      priority[i] = user.containsKey(key(h)) ? 0 : clean(h).equalsIgnoreCase(targets[i]) ? 1 : 2;
    }
    for (int pass = 0; pass < 3; pass++) {
      for (int i = 0; i < n; i++) {
        String t = targets[i];
        if (t == null || priority[i] != pass || owner.containsKey(t.toLowerCase(Locale.ROOT))) {
          continue;
        }
        owner.put(t.toLowerCase(Locale.ROOT), i);
        taken.add(t.toLowerCase(Locale.ROOT));
      }
    }
    for (int i = 0; i < n; i++) {
      String t = targets[i];
      Integer o = t == null ? null : owner.get(t.toLowerCase(Locale.ROOT));
      if (o != null && o == i) {
        names.add(t);
        canonical.add(true);
      } else {
        names.add(null);
        canonical.add(false);
      }
    }
    for (int i = 0; i < n; i++) {
      if (names.get(i) == null) {
        String base = clean(headers.get(i));
        if (base.isEmpty()) {
          base = "col_" + (i + 1);
        }
        String sep = base.indexOf(' ') >= 0 ? " " : "_";
        String name = base;
        // Tablesaw column names are case-insensitive
        for (int k = 2; taken.contains(name.toLowerCase(Locale.ROOT)); k++) {
          name = base + sep + k;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        names.set(i, name);
      }
    }
    for (int i = 0; i < n; i++) {
      String t = targets[i];
      Integer o = t == null ? null : owner.get(t.toLowerCase(Locale.ROOT));
      if (o != null && o != i) {
        repeats.add(new int[] {o, i});
        notes.add("columns " + (o + 1) + " '" + clean(headers.get(o)) + "' and " + (i + 1) + " '"
            + clean(headers.get(i)) + "' both map to " + t + ": column " + (o + 1)
            + " is used for " + t + ", column " + (i + 1) + " is kept as " + names.get(i));
      }
    }
    return new Mapping(names, canonical, notes, repeats);
  }

  /** A header cell with BOM, line breaks and surrounding space removed. */
  static String clean(String header) {
    return header.replace("\ufeff", "").replace('\n', ' ').replace('\r', ' ').strip();
  }
}
