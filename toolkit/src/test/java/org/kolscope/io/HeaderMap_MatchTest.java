package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolscope.core.Schema;

class HeaderMap_MatchTest {

  // Chinese headers from docs/domain.md "How counts appear"
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Followers, followers", "follower_count, followers", "FOLLOWER COUNT, followers",
    "fans, followers", "'Followers\n', followers", "粉丝数, followers", "粉丝数量, followers",
    "粉丝, followers", "关注数, following", "获赞与收藏, likes_and_collects",
    "作品被赞和收藏数量, likes_and_collects", "笔记数, notes", "点赞, likes", "点赞数, likes",
    "点赞数量, likes", "收藏, collects", "收藏数量, collects", "评论, comments", "评论数, comments",
    "分享, shares", "分享数, shares", "阅读, views", "浏览量, views", "观看, views", "曝光, views",
    "报价, price_rmb", "Like-Count, likes", "\uFEFFkol_id, kol_id", "ｆａｎｓ, followers",
  })
  void builtIn_matchesVariants(String header, String canonical) {
    assertThat(HeaderMap.standard().target(header)).isEqualTo(canonical);
  }

  @Test
  void id_dependsOnKind() {
    assertThat(HeaderMap.standard().map(List.of("id"), Schema.Kind.POSTS).names()).containsExactly("note_id");
    assertThat(HeaderMap.standard().map(List.of("id"), Schema.Kind.ACCOUNTS).names()).containsExactly("kol_id");
  }

  @Test
  void repeatedAndBlankHeaders_madeUnique() {
    HeaderMap.Mapping m = HeaderMap.standard().map(
        List.of("Followers", "followers", "", "Likes avg", "Likes avg"), Schema.Kind.ACCOUNTS);
    // a repeat keeps its own header (followers_2 because its header is the canonical name itself)
    assertThat(m.names()).containsExactly("followers", "followers_2", "col_3", "avg_likes", "Likes avg");
    assertThat(m.notes()).containsExactly("columns 1 'Followers' and 2 'followers' both map to followers:"
        + " column 1 is used for followers, column 2 is kept as followers_2",
        "columns 4 'Likes avg' and 5 'Likes avg' both map to avg_likes: column 4 is used for"
        + " avg_likes, column 5 is kept as Likes avg");
    assertThat(m.repeats()).hasSize(2);
  }

  @Test
  void canonicalNameItself_winsOverAnEarlierAlias() {
    // total_likes is an alias of likes_and_collects: a file with both keeps total_likes as it is
    HeaderMap.Mapping m = HeaderMap.standard().map(
        List.of("kol_id", "total_likes", "likes_and_collects"), Schema.Kind.ACCOUNTS);
    assertThat(m.names()).containsExactly("kol_id", "total_likes", "likes_and_collects");
    assertThat(m.canonical()).containsExactly(true, false, true);
  }

  @Test
  void userMapping_winsOverTheCanonicalNameItself() {
    HeaderMap.Mapping m = HeaderMap.with(java.util.Map.of("collect", "likes_and_collects")).map(
        List.of("likes_and_collects", "collect"), Schema.Kind.ACCOUNTS);
    assertThat(m.names()).containsExactly("likes_and_collects_2", "likes_and_collects");
  }

  @Test
  void parseMappings_rejectsMalformed() {
    assertThat(HeaderMap.parseMappings(List.of("fans=followers", "x="))).containsEntry("fans", "followers").containsEntry("x", "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HeaderMap.parseMappings(List.of("fans")));
    assertThat(e.getMessage()).isEqualTo("bad header mapping 'fans': expected SRC=DST, e.g. fans=followers");
  }
}
