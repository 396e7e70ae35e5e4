package org.kolscope.testdata;

/**
 * Made-up Chinese-style nicknames for the labelled generators: a head, a body and sometimes a tail;
 * about 3 % carry a comma ({@code 桃桃, 在厦门}), 5 % an emoji, a few a double quote, so the CSV
 * writer's quoting is exercised. Names need not be unique.
 */
final class Nicknames {
  private Nicknames() {}

  private static final String[] HEAD = {
    "", "", "", "小", "大", "阿", "是", "一颗", "爱吃", "今天也", "奶油", "橘子味的", "Hi", "不吃香菜的"
  };
  private static final String[] BODY = {
    "柚子", "栗子", "团团", "麦芽", "年糕", "Vivi", "Nana", "豆包", "芋圆", "星星", "鹿鹿", "花卷",
    "Yuki", "梨涡", "松果", "可颂", "小满", "阿离", "Echo", "米粒"
  };
  private static final String[] TAIL = {
    "", "", "", "", "酱", "日常", "的碎碎念", "研究所", "Official", "plog", "在路上", "的衣橱", "爱分享"
  };
  private static final String[] CITY = {"在厦门", "在成都", "在杭州", "Shanghai", "在大理"};
  private static final String[] EMOJI = {"🍊", "🌷", "✨", "🐱", "🥯", "🏔️"};

  static String next(Draws d) {
    String name = HEAD[d.below(HEAD.length)] + BODY[d.below(BODY.length)] + TAIL[d.below(TAIL.length)];
    double u = d.u();
    if (u < 0.03) {
      name = name + ", " + CITY[d.below(CITY.length)];
    } else if (u < 0.08) {
      name = name + EMOJI[d.below(EMOJI.length)];
    } else if (u < 0.09) {
      name = "\"" + name + "\"的小号";
    }
    return name;
  }
}
