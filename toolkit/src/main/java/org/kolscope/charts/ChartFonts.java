package org.kolscope.charts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds, once per JVM, a font family that can draw Chinese text, so KOL names such as 小红薯 render
 * as glyphs and not as boxes.
 *
 * <p>Order of preference: the system property {@code kolscope.chart.font} (if that family can draw
 * Chinese), then well-known CJK families (Noto Sans CJK SC from Debian's {@code fonts-noto-cjk},
 * Source Han Sans, WenQuanYi, Microsoft YaHei, PingFang, Hiragino, …), then any installed family
 * that can display the probe text. If none is found the logical {@code SansSerif} family is used
 * and a warning is logged through {@link System.Logger} (Chinese text may then render as boxes:
 * on Debian/Ubuntu install {@code fonts-noto-cjk}).
 */
public final class ChartFonts {
  /** Probe text: common simplified Chinese characters as used in RED names and tier labels. */
  public static final String PROBE = "小红薯腰部头部素人初级粉丝点赞";

  /** The system property that names a preferred font family. */
  public static final String PROPERTY = "kolscope.chart.font";

  static final List<String> PREFERRED =
      List.of(
          "Noto Sans CJK SC",
          "Noto Sans SC",
          "Source Han Sans SC",
          "Source Han Sans CN",
          "Noto Sans CJK TC",
          "Noto Sans CJK JP",
          "WenQuanYi Micro Hei",
          "WenQuanYi Zen Hei",
          "Microsoft YaHei",
          "Microsoft YaHei UI",
          "PingFang SC",
          "Hiragino Sans GB",
          "Heiti SC",
          "SimHei",
          "Droid Sans Fallback",
          "AR PL UMing CN",
          "Noto Serif CJK SC");

  private static final System.Logger LOG = System.getLogger(ChartFonts.class.getName());

  private static volatile String family;

  private ChartFonts() {}

  /** The chosen family name (resolved on first call, then cached). */
  public static String family() {
    String f = family;
    if (f == null) {
      synchronized (ChartFonts.class) {
        f = family;
        if (f == null) {
          f = resolve(System.getProperty(PROPERTY), installedFamilies());
          family = f;
        }
      }
    }
    return f;
  }

  /** A plain font of the chosen family. */
  public static Font plain(float size) {
    return new Font(family(), Font.PLAIN, Math.round(size)).deriveFont(size);
  }

  /** A bold font of the chosen family. */
  public static Font bold(float size) {
    return new Font(family(), Font.BOLD, Math.round(size)).deriveFont(size);
  }

  /**
   * {@code text} without the code points {@code font} cannot draw (emoji in KOL names, with their
   * joiners and variation selectors), so a label reads 小桃和宝宝 rather than 小桃和宝宝☐. Trailing
   * space left behind is trimmed; text the font draws entirely is returned as is.
   */
  public static String displayable(Font font, String text) {
    if (font.canDisplayUpTo(text) == -1) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp != 0x200D && cp != 0xFE0F && font.canDisplay(cp)) {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString().strip();
  }

  /** True if the chosen font can draw every character of {@code text}. */
  public static boolean canDisplay(String text) {
    return plain(12).canDisplayUpTo(text) == -1;
  }

  /**
   * Picks a family: the requested one if it can draw {@link #PROBE}, else the first preferred one
   * installed that can, else any installed family that can, else {@code SansSerif} with a warning.
   *
   * @param requested a family asked for by the user, or null
   * @param installed the installed family names
   */
  static String resolve(String requested, List<String> installed) {
    Set<String> have = new HashSet<>(installed);
    if (requested != null && !requested.isBlank()) {
      if (have.contains(requested) && displaysProbe(requested)) {
        return requested;
      }
      LOG.log(
          System.Logger.Level.WARNING,
          "font ''{0}'' (from -D{1}) is not installed or cannot draw Chinese; searching others",
          requested,
          PROPERTY);
    }
    for (String p : PREFERRED) {
      if (have.contains(p) && displaysProbe(p)) {
        return p;
      }
    }
    for (String f : installed) {
      if (!isLogical(f) && displaysProbe(f)) {
        return f;
      }
    }
    LOG.log(
        System.Logger.Level.WARNING,
        "no installed font can draw Chinese text; chart labels such as 小红薯 may show as boxes."
            + " Install a CJK font (Debian/Ubuntu: apt-get install fonts-noto-cjk) or set -D{0}",
        PROPERTY);
    return Font.SANS_SERIF;
  }

  private static boolean displaysProbe(String f) {
    return new Font(f, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1;
  }

  private static boolean isLogical(String f) {
    return Set.of("Dialog", "DialogInput", "Monospaced", "SansSerif", "Serif").contains(f);
  }

  private static List<String> installedFamilies() {
    return Arrays.asList(
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
  }
}
