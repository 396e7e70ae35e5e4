package org.kolscope.data;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Chinese-style RED nicknames and note titles, with the text hazards real exports carry: emoji
 * (including a multi-code-point one), commas, ASCII quotes, newlines inside titles, and one
 * nickname with HTML-special characters ({@link #HTML_NAME}).
 */
final class Names {
  private Names() {}

  /** The nickname given to the account at index {@link #HTML_NAME_INDEX}. */
  static final String HTML_NAME = "<b>Coco</b> & \"甜酷\"";

  static final int HTML_NAME_INDEX = 3;

  private static final String[] PREFIX = {"小", "阿", "是", "一只", "大", "", "", "", "", "叫我"};
  private static final String[] CORE = {
    "鹿", "梨", "桃", "橘", "柚子", "糖", "喵", "乔", "安安", "欣", "悦悦", "萌", "朵朵", "雪", "月", "可可", "七七", "九",
    "米", "豆豆", "晴", "柠檬", "芒果", "团子", "栗子", "兔", "鱼", "桃桃", "木子", "一一"
  };
  private static final String[] LATIN = {
    "Momo", "Vicky", "Lily", "Coco", "Ada", "Yuki", "Nana", "Zoe"
  };
  private static final String[] SUFFIX = {"酱", "呀", "同学", "本人", "", "", "", "er", "子", "宝"};

  /** A category-flavoured ending, aligned with {@link RedProfile#CATEGORIES}. */
  private static final String[][] TOPIC = {
    {"的化妆包", "爱化妆", "的美妆日记"},
    {"的护肤日记", "护肤笔记", "的梳妆台"},
    {"穿搭", "的衣橱", "每日穿搭"},
    {"爱吃饭", "的厨房", "探店中"},
    {"在路上", "去旅行", "的旅行手帐"},
    {"妈妈", "育儿记", "和宝宝"},
    {"减脂中", "练起来", "健身打卡"},
    {"的家", "收纳控", "的小窝"},
    {"测评", "爱数码", "的桌面"}
  };

  private static final String[] EMOJI = {
    "🌸", "✨", "🍑", "🐱", "💄", "🍜", "🏃‍♀️", "🌙", "🧸", "☁️"
  };
  private static final String[] CITY = {"上海", "北京", "成都", "杭州", "广州", "深圳"};

  /** A nickname for the account at {@code index} in category {@code category} (an index). */
  static String nickname(RandomGenerator rng, int index, int category) {
    if (index == HTML_NAME_INDEX) {
      return HTML_NAME;
    }
    double u = rng.nextDouble();
    StringBuilder sb = new StringBuilder();
    if (u < 0.15) {
      sb.append(pick(rng, LATIN));
      if (rng.nextDouble() < 0.3) {
        sb.append(", 在").append(pick(rng, CITY));
      } else {
        sb.append(pick(rng, TOPIC[category]));
      }
    } else if (u < 0.55) {
      sb.append(pick(rng, PREFIX)).append(pick(rng, CORE)).append(pick(rng, TOPIC[category]));
    } else {
      sb.append(pick(rng, PREFIX)).append(pick(rng, CORE)).append(pick(rng, SUFFIX));
    }
    if (rng.nextDouble() < 0.12) {
      sb.append(rng.nextDouble() < 0.5 ? " " : "").append(pick(rng, EMOJI));
    }
    return sb.toString();
  }

  private static final String[][] PRODUCT = {
    {"口红", "粉底液", "眼影盘", "腮红"},
    {"面霜", "精华", "防晒", "洁面"},
    {"风衣", "通勤包", "小白鞋", "针织衫"},
    {"火锅", "咖啡", "蛋糕", "轻食"},
    {"大理", "京都", "三亚", "新疆"},
    {"辅食", "推车", "绘本", "纸尿裤"},
    {"瑜伽垫", "蛋白粉", "跑鞋", "帕梅拉"},
    {"收纳盒", "香薰", "沙发", "台灯"},
    {"耳机", "平板", "键盘", "相机"}
  };

  private static final String[] OPENING = {
    "真实测评", "后悔没早点买", "闭眼入", "保姆级教程", "合集", "避雷", "一周记录", "新手必看"
  };

  /**
   * A note title for category {@code category}: about a fifth contain a newline, a sixth ASCII
   * double quotes, a third an emoji, some a comma.
   */
  static String title(RandomGenerator rng, int category) {
    String product = pick(rng, PRODUCT[category]);
    StringBuilder sb = new StringBuilder();
    if (rng.nextDouble() < 0.17) {
      sb.append('"').append("平价替代").append('"').append("的").append(product).append("真的能打吗？");
    } else {
      sb.append(product).append("｜").append(pick(rng, OPENING));
    }
    if (rng.nextDouble() < 0.2) {
      sb.append('\n').append("第").append(1 + rng.nextInt(9)).append("个太惊喜了");
    }
    if (rng.nextDouble() < 0.1) {
      sb.append(", 附清单");
    }
    if (rng.nextDouble() < 0.33) {
      sb.append(pick(rng, EMOJI));
    }
    return sb.toString();
  }

  static String pick(RandomGenerator rng, String[] options) {
    return options[rng.nextInt(options.length)];
  }
}
