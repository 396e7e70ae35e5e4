package org.kolscope.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartFonts_ChineseTest {

  @ParameterizedTest
  @ValueSource(strings = {"小红薯", "美妆小仙女", "素人 KOC", "初级 micro", "腰部", "头部", "获赞与收藏", "Lily的衣橱"})
  void chosenFont_displaysChineseLabels(String label) {
    // CI installs fonts-noto-cjk (.ci/run), so a CJK family must be found
    Font f = ChartFonts.plain(12);
    assertThat(f.canDisplayUpTo(label)).as("font %s on '%s'", f.getFamily(), label).isEqualTo(-1);
  }

  @Test
  void chosenFont_isAPhysicalCjkFamily_notTheLogicalFallback() {
    assertThat(ChartFonts.family()).isNotEqualTo(Font.SANS_SERIF);
    assertThat(ChartFonts.canDisplay(ChartFonts.PROBE)).isTrue();
  }

  @Test
  void syntheticNames_allDisplayable() {
    for (int i = 0; i < 300; i++) {
      assertThat(ChartFonts.canDisplay(SyntheticKols.name(i))).as(SyntheticKols.name(i)).isTrue();
    }
  }

  @Test
  void resolve_noCjkFamilyInstalled_fallsBackToSansSerif() {
    assertThat(ChartFonts.resolve(null, List.of("DejaVu Sans", "DejaVu Serif")))
        .isEqualTo(Font.SANS_SERIF);
  }

  @Test
  void resolve_requestedFamilyMissing_usesPreferredInstalledOne() {
    String installed = ChartFonts.family();
    assertThat(ChartFonts.resolve("No Such Font 123", List.of("DejaVu Sans", installed)))
        .isEqualTo(installed);
  }

  @Test
  void resolve_requestedFamilyThatCannotDrawChinese_isRejected() {
    String installed = ChartFonts.family();
    assertThat(ChartFonts.resolve("DejaVu Sans", List.of("DejaVu Sans", installed)))
        .isEqualTo(installed);
  }

  @org.junit.jupiter.api.Test
  void displayable_dropsWhatTheFontCannotDraw_keepsTheRest() {
    java.awt.Font f = ChartFonts.plain(12);
    org.assertj.core.api.Assertions.assertThat(ChartFonts.displayable(f, "小红薯")).isEqualTo("小红薯");
    // U+1F9F8 (teddy bear) and the runner with ZWJ + female sign + VS16: not in a CJK text font
    String cleaned = ChartFonts.displayable(f, "阿桃桃收纳控\uD83E\uDDF8");
    org.assertj.core.api.Assertions.assertThat(cleaned).isEqualTo("阿桃桃收纳控");
    org.assertj.core.api.Assertions.assertThat(f.canDisplayUpTo(cleaned)).isEqualTo(-1);
    org.assertj.core.api.Assertions.assertThat(ChartFonts.displayable(f, "跑步\uD83C\uDFC3\u200D\u2640\uFE0F"))
        .isEqualTo(f.canDisplay(0x2640) ? "跑步\u2640" : "跑步");
  }
}
