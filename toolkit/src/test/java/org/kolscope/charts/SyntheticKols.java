package org.kolscope.charts;

import java.util.List;
import java.util.Random;
import org.kolscope.core.Schema;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Seeded synthetic RED data for chart tests and the README images: accounts whose likes + collects
 * fall with size as in domain.md (median ratio ≈ 4 under 5k followers, 2.3 at 5k–50k, 0.7 at
 * 50k–500k, 0.4 above), a few planted fakes (bought followers, bought likes) marked in a {@code
 * suspicious} column, and notes with views, likes and costs.
 */
final class SyntheticKols {
  static final List<String> NAMES =
      List.of(
          "小红薯", "美妆小仙女", "穿搭日记", "旅行的猫", "咖啡与书", "健身少女Mia", "厨房里的阿杰",
          "Lily的衣橱", "护肤研究所", "宝藏好物", "周末去哪儿", "学姐笔记", "数码控小王", "萌宠日常",
          "极简生活家", "甜品师Coco", "摄影小白", "早八人", "家居改造王", "国货之光");

  private SyntheticKols() {}

  /** {@code n} accounts; the first {@code fakes} rows after shuffling are planted fakes. */
  static Table accounts(int n, long seed) {
    Random rnd = new Random(seed);
    StringColumn id = StringColumn.create(Schema.KOL_ID);
    StringColumn name = StringColumn.create(Schema.NAME);
    LongColumn followers = LongColumn.create(Schema.FOLLOWERS);
    LongColumn lac = LongColumn.create(Schema.LIKES_AND_COLLECTS);
    LongColumn notes = LongColumn.create(Schema.NOTES);
    DoubleColumn price = DoubleColumn.create(Schema.PRICE_RMB);
    BooleanColumn suspicious = BooleanColumn.create("suspicious");
    for (int i = 0; i < n; i++) {
      double lf = 2.7 + rnd.nextDouble() * 4.0; // 500 .. 5M followers
      double f = Math.pow(10, lf);
      double medianRatio = f < 5e3 ? 4.0 : f < 5e4 ? 2.3 : f < 5e5 ? 0.7 : 0.4;
      double ratio = medianRatio * Math.exp(0.55 * rnd.nextGaussian());
      boolean fake = false;
      if (i % 37 == 5) { // bought followers: very few likes for the size
        ratio = 0.02 + rnd.nextDouble() * 0.02;
        fake = true;
      } else if (i % 53 == 11) { // bought likes
        ratio = 40 + rnd.nextDouble() * 40;
        fake = true;
      }
      String nm = name(i);
      id.append("k" + i);
      name.append(nm);
      followers.append(Math.round(f));
      lac.append(Math.max(0, Math.round(f * ratio)));
      notes.append(20 + rnd.nextInt(400));
      price.append(Math.round(Math.max(200, 0.05 * f * Math.exp(0.4 * rnd.nextGaussian()))));
      suspicious.append(fake);
    }
    return Table.create("accounts", id, name, followers, lac, notes, price, suspicious);
  }

  private static final List<String> PREFIX =
      List.of("", "甜甜的", "爱吃的", "小众", "每日", "温柔", "北京", "上海", "认真", "快乐",
          "阿紫的", "成都", "深夜", "元气", "杭州", "慢慢", "野生", "广州", "大眼", "努力的");

  /** A distinct, plausible name for row i. */
  static String name(int i) {
    int k = i / NAMES.size();
    String base = NAMES.get(i % NAMES.size());
    return k < PREFIX.size() ? PREFIX.get(k) + base : base + "_" + k;
  }

  /** {@code n} notes with views, likes, collects, comments and cost. */
  static Table notes(int n, long seed) {
    Random rnd = new Random(seed);
    StringColumn nid = StringColumn.create(Schema.NOTE_ID);
    StringColumn kid = StringColumn.create(Schema.KOL_ID);
    LongColumn followers = LongColumn.create(Schema.FOLLOWERS);
    LongColumn views = LongColumn.create(Schema.VIEWS);
    LongColumn likes = LongColumn.create(Schema.LIKES);
    LongColumn collects = LongColumn.create(Schema.COLLECTS);
    LongColumn comments = LongColumn.create(Schema.COMMENTS);
    DoubleColumn cost = DoubleColumn.create(Schema.COST_RMB);
    for (int i = 0; i < n; i++) {
      double f = Math.pow(10, 2.7 + rnd.nextDouble() * 4.0);
      double v = f * Math.exp(0.8 * rnd.nextGaussian()) * 0.8;
      double likeRate = 0.018 * Math.exp(0.5 * rnd.nextGaussian());
      double l = v * likeRate;
      nid.append("n" + i);
      kid.append("k" + (i % 200));
      followers.append(Math.round(f));
      views.append(Math.round(v));
      likes.append(Math.round(l));
      collects.append(Math.round(l * 0.4 * Math.exp(0.3 * rnd.nextGaussian())));
      comments.append(Math.round(l * 0.08 * Math.exp(0.5 * rnd.nextGaussian())));
      cost.append(Math.round(Math.min(30_000, Math.max(300, 0.04 * f * Math.exp(0.5 * rnd.nextGaussian())))));
    }
    return Table.create("notes", nid, kid, followers, views, likes, collects, comments, cost);
  }
}
