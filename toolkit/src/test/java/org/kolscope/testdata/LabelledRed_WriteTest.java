package org.kolscope.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Schema;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadResult;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** The CSV files load back through KOLScope's own loader, losslessly, with canonical types. */
class LabelledRed_WriteTest {

  @TempDir Path dir;

  private static final LabelledRed RED =
      LabelledRed.builder().accounts(400).hiddenViewsShare(0.5).seed(4).build();

  @Test
  void write_givesFourUtf8Files_truthIsKolIdAndTruth() throws Exception {
    List<Path> files = RED.write(dir.resolve("out"));
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("accounts.csv", "notes.csv", "truth.csv", "manipulations.csv");
    List<String> truth = Files.readAllLines(files.get(2), StandardCharsets.UTF_8);
    assertThat(truth.get(0)).isEqualTo("kol_id,truth");
    assertThat(truth).hasSize(401);
    for (int r = 0; r < 400; r++) {
      LabelledRed.Manipulation m = RED.records().get(r);
      assertThat(truth.get(r + 1)).isEqualTo(m.kolId() + "," + m.truth().label());
    }
    byte[] bytes = Files.readAllBytes(files.get(0));
    assertThat(new String(bytes, 0, 6, StandardCharsets.UTF_8)).isEqualTo("kol_id"); // no BOM
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r");
    assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8))
        .isEqualTo(LabelledCsv.toCsv(RED.accounts()));
  }

  @Test
  void files_loadBackThroughTheLoader_withCanonicalTypesAndValues() {
    List<Path> files = RED.write(dir);
    LoadResult accounts = KolData.loader().read(files.get(0));
    LoadResult notes = KolData.loader().read(files.get(1));
    assertThat(accounts.report().hasProblems()).as(accounts.report().toString()).isFalse();
    assertThat(notes.report().hasProblems()).as(notes.report().toString()).isFalse();
    Table a = accounts.table(), n = notes.table();
    Table ea = RED.accounts(), en = RED.notes();
    assertThat(a.rowCount()).isEqualTo(ea.rowCount());
    assertThat(n.rowCount()).isEqualTo(en.rowCount());
    for (String c : Schema.ACCOUNT_COLUMNS) {
      assertThat(a.column(c).type()).as(c).isEqualTo(Schema.TYPES.get(c));
      assertThat(a.column(c).asList()).as(c).isEqualTo(ea.column(c).asList());
    }
    for (String c : Schema.POST_COLUMNS) {
      assertThat(n.column(c).type()).as(c).isEqualTo(Schema.TYPES.get(c));
      assertThat(n.column(c).asList()).as(c).isEqualTo(en.column(c).asList());
    }
    assertThat(n.column(Schema.VIEWS).countMissing()).isPositive().isLessThan(n.rowCount());
    assertThat(a.column(Truth.COLUMN).asList()).isEqualTo(ea.column(Truth.COLUMN).asList());
    assertThat(n.column(Truth.COLUMN).asList()).isEqualTo(en.column(Truth.COLUMN).asList());
  }

  @Test
  void quoting_followsRfc4180() {
    assertThat(LabelledCsv.quote("plain")).isEqualTo("plain");
    assertThat(LabelledCsv.quote("桃桃, 在厦门")).isEqualTo("\"桃桃, 在厦门\"");
    assertThat(LabelledCsv.quote("\"米粒\"的小号")).isEqualTo("\"\"\"米粒\"\"的小号\"");
    assertThat(LabelledCsv.quote("a\nb")).isEqualTo("\"a\nb\"");
    // the generated names exercise both
    String csv = LabelledCsv.toCsv(LabelledRed.builder().accounts(2000).build().accounts());
    assertThat(csv).contains(", 在").contains("\"\"");
  }

  @Test
  void creators_writeAndLoadBack() {
    LabelledCreators c = LabelledCreators.builder().creators(300).seed(6).build();
    List<Path> files = c.write(dir.resolve("creators"));
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("creators.csv", "truth.csv", "manipulations.csv");
    Table t = KolData.loader().kind(Schema.Kind.TABLE).read(files.get(0)).table();
    assertThat(t.rowCount()).isEqualTo(300);
    assertThat(t.column(Schema.FOLLOWERS).type()).isEqualTo(ColumnType.LONG);
    assertThat(t.column(Schema.FOLLOWERS).asList())
        .isEqualTo(c.creators().column(Schema.FOLLOWERS).asList());
    // avg_likes is a canonical average column, read as DOUBLE: the same values as the generated longs
    tech.tablesaw.api.NumericColumn<?> loaded = t.numberColumn(LabelledCreators.AVG_LIKES);
    tech.tablesaw.api.NumericColumn<?> made = c.creators().numberColumn(LabelledCreators.AVG_LIKES);
    for (int i = 0; i < made.size(); i++) {
      assertThat(loaded.getDouble(i)).isEqualTo(made.getDouble(i));
    }
  }
}
