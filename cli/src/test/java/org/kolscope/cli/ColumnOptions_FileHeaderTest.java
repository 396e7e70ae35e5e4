package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Column options name columns as the user's file names them: {@code outliers
 * golbeck-twitter-counts.tdf --column Follower_Count} failed with "no column 'Follower_Count';
 * columns are [kol_id, followers, …]", the loader having read that header into {@code followers}.
 * Each command's output with the file's header name equals its output with the loaded name.
 */
class ColumnOptions_FileHeaderTest {
  @TempDir static Path dir;
  static Path tsv;
  static Path notes;

  @BeforeAll
  static void write() throws IOException {
    // the shape of Golbeck's Twitter counts (tab-separated, its header names)
    StringBuilder sb = new StringBuilder("UserID\tFriend_Count\tFollower_Count\tStatus_Count\n");
    long[] followers = {163, 5, 12000, 840, 95, 23000, 7, 56000, 410, 31, 990000, 180000};
    for (int i = 0; i < followers.length; i++) {
      sb.append(i + 1).append('\t').append(100 + 37 * i).append('\t').append(followers[i])
          .append('\t').append(900 + 311 * i).append('\n');
    }
    tsv = dir.resolve("twitter.tdf");
    Files.writeString(tsv, sb.toString());
    // a RED export's Chinese headers
    StringBuilder n = new StringBuilder("笔记ID,博主ID,粉丝数,点赞数,收藏数,评论数,发布时间,类型\n");
    for (int i = 0; i < 40; i++) {
      n.append("n").append(i).append(",k").append(i % 8).append(',').append(1000 * (1 + i % 8))
          .append(',').append(30 + 7 * i).append(',').append(5 + i).append(',').append(i % 5)
          .append(",2024-03-").append(String.format("%02d", 1 + i % 28)).append(' ')
          .append(String.format("%02d", i % 24)).append(":00,").append(i % 3 == 0 ? "视频" : "图文")
          .append('\n');
    }
    notes = dir.resolve("red.csv");
    Files.writeString(notes, n.toString());
  }

  @ParameterizedTest(name = "{1} ({0})")
  @CsvSource(delimiter = '|', value = {
    "twitter | outliers --test benford --column Follower_Count | outliers --test benford --column followers",
    "twitter | outliers --test iqr --log --column Follower_Count --id UserID | outliers --test iqr --log --column followers --id kol_id",
    "twitter | outliers --test regression --x Follower_Count --y Status_Count --log | outliers --test regression --x followers --y notes --log",
    "twitter | tiers --metric Status_Count | tiers --metric notes",
    // the user's --map wins: Follower_Count is then the column 'reach'
    "twitter | outliers --test iqr --column Follower_Count --map Follower_Count=reach | outliers --test iqr --column reach --map Follower_Count=reach",
    "red | timing --metric 点赞数 --min-age 0 --json | timing --metric likes --min-age 0 --json",
    "red | content --metric 点赞数 --min-age 0 --json | content --metric likes --min-age 0 --json",
  })
  void headerName_givesTheSameAsTheLoadedName(String file, String byHeader, String byName) {
    Path f = file.equals("red") ? notes : tsv;
    CliRun a = CliRun.of(args(byHeader, f));
    CliRun b = CliRun.of(args(byName, f));
    assertThat(b.status()).as(b.err()).isZero();
    assertThat(a.status()).as(a.err()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "chart --type follower-engagement --y Status_Count --x Follower_Count",
    "chart --type tier-box --y Status_Count",
  })
  void chart_headerNames_drawTheChart(String cmd) {
    Path out = dir.resolve(cmd.replaceAll("[^a-z]", "") + ".png");
    CliRun r = CliRun.of(args(cmd + " --out " + out, tsv));
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(out).isNotEmptyFile();
  }

  @Test
  void unknownName_isStillAnErrorNamingIt() {
    CliRun r = CliRun.of(args("outliers --test iqr --column Nope", tsv));
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("no column 'Nope'");
  }

  private static String[] args(String cmd, Path file) {
    String[] words = cmd.trim().split(" +");
    String[] all = new String[words.length + 1];
    all[0] = words[0];
    all[1] = file.toString();
    System.arraycopy(words, 1, all, 2, words.length - 1);
    return all;
  }
}
