package org.kolscope.charts;

import org.kolscope.core.Schema;

/** Readable names and axis labels (with units and the Chinese export's words) of canonical columns. */
final class ColumnNames {
  private ColumnNames() {}

  /** A readable name for a canonical column. */
  static String shortName(String column) {
    return switch (column) {
      case Schema.FOLLOWERS -> "followers";
      case Schema.LIKES_AND_COLLECTS -> "likes + collects";
      case Schema.LIKES -> "likes";
      case Schema.COLLECTS -> "collects";
      case Schema.COMMENTS -> "comments";
      case Schema.SHARES -> "shares";
      case Schema.VIEWS -> "views";
      case Schema.NOTES -> "notes";
      default -> column;
    };
  }

  /** An axis label with units for a canonical column. */
  static String axisLabel(String column) {
    return switch (column) {
      case Schema.FOLLOWERS -> "Followers (粉丝数, count, log scale)";
      case Schema.LIKES_AND_COLLECTS -> "Likes + collects received (获赞与收藏, count, log scale)";
      case Schema.LIKES -> "Likes per note (点赞, count, log scale)";
      case Schema.COLLECTS -> "Collects per note (收藏, count, log scale)";
      case Schema.COMMENTS -> "Comments per note (评论, count, log scale)";
      case Schema.SHARES -> "Shares per note (分享, count, log scale)";
      case Schema.VIEWS -> "Views per note (浏览量, count, log scale)";
      default -> column + " (log scale)";
    };
  }
}
