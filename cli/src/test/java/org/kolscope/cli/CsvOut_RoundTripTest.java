package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Tiers;
import org.kolscope.data.DataFiles;
import org.kolscope.data.GeneratedData;
import org.kolscope.data.Generator;
import org.kolscope.io.CsvOut;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadResult;
import org.kolscope.rules.Audit;
import org.kolscope.rules.AuditResult;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Every CSV KOLScope writes loads back as the table it wrote: {@code load --out}, the audit's
 * {@code kols.csv} and {@code flags.csv}, {@code generate}'s files, and a table with every type
 * and the awkward values. Compared generically, column by column by name (the audit's column
 * names are not hard-coded here): the same names, types and values, doubles bit for bit.
 *
 * <p>Two things a CSV cannot carry are accepted and only these: the column order (the loader puts
 * canonical columns first, in schema order) and an INTEGER column's width (it loads back as LONG;
 * every value is compared exactly).
 */
class CsvOut_RoundTripTest {
  @TempDir Path dir;

  /** Asserts {@code back} (loaded from the CSV) holds what {@code written} held. */
  static void assertSameTable(Table written, Table back) {
    assertThat(back.columnNames()).as("column names")
        .containsExactlyInAnyOrderElementsOf(written.columnNames());
    assertThat(back.rowCount()).as("rows").isEqualTo(written.rowCount());
    for (Column<?> w : written.columns()) {
      Column<?> b = back.column(w.name());
      ColumnType expected = w.type().equals(ColumnType.INTEGER) ? ColumnType.LONG : w.type();
      assertThat(b.type()).as("type of %s", w.name()).isEqualTo(expected);
      for (int r = 0; r < written.rowCount(); r++) {
        assertThat(b.isMissing(r)).as("%s row %d missing", w.name(), r).isEqualTo(w.isMissing(r));
        if (w.isMissing(r)) {
          continue;
        }
        if (w instanceof DoubleColumn d) {
          assertThat(Double.doubleToRawLongBits(((DoubleColumn) b).getDouble(r)))
              .as("%s row %d: %s", w.name(), r, d.getDouble(r))
              .isEqualTo(Double.doubleToRawLongBits(d.getDouble(r)));
        } else if (w instanceof NumericColumn<?> n && !(w instanceof DoubleColumn)) {
          assertThat(((LongColumn) b).getLong(r)).as("%s row %d", w.name(), r)
              .isEqualTo((long) n.getDouble(r));
        } else {
          assertThat(b.get(r)).as("%s row %d", w.name(), r).isEqualTo(w.get(r));
        }
      }
    }
  }

  @Test
  void everyTypeAndAwkwardValue_loadsBackTheSame() throws Exception {
    Random rnd = new Random(42);
    int n = 400;
    StringColumn id = StringColumn.create("kol_id");
    LongColumn followers = LongColumn.create("followers");
    DoubleColumn price = DoubleColumn.create("price_rmb");
    DoubleColumn ratio = DoubleColumn.create("a ratio");
    DoubleColumn whole = DoubleColumn.create("whole doubles");
    IntColumn small = IntColumn.create("an int");
    BooleanColumn flag = BooleanColumn.create("a flag");
    StringColumn text = StringColumn.create("free text");
    DateTimeColumn when = DateTimeColumn.create("published_at");
    String[] texts = {"=1+2", "+86 138", "-5", "@home", "\tindented", "\rreturn", "'=already",
      "''-twice", "'plain", "say \"hi\", ok", "two\nlines", "甜酷🌸", " lead", "trail ", "x"};
    for (int i = 0; i < n; i++) {
      id.append("k" + i);
      followers.append(i == 3 ? Long.MAX_VALUE : rnd.nextInt(5_000_000));
      price.append(i % 7 == 0 ? Double.NaN : rnd.nextInt(20_000));
      double r = Double.longBitsToDouble(rnd.nextLong());
      ratio.append(i == 0 ? -0.0 : i == 1 ? Double.MIN_VALUE : i == 2 ? 2.7730394788474835E-4
          : Double.isFinite(r) ? r : 0.5);
      whole.append(i % 5 == 0 ? Double.NaN : rnd.nextInt(1000));
      small.append(rnd.nextInt());
      if (i % 9 == 0) {
        flag.appendMissing();
      } else {
        flag.append(rnd.nextBoolean());
      }
      text.append(i % 11 == 0 ? "" : texts[i % texts.length]);
      when.append(LocalDateTime.of(2024, 1 + i % 12, 1 + i % 28, i % 24, i % 60, i % 60)
          .plusNanos(i % 3 == 0 ? 250_000_000L : 0));
    }
    Table t = Table.create("t", id, followers, price, ratio, whole, small, flag, text, when);
    Path p = dir.resolve("t.csv");
    CsvOut.write(t, p);
    LoadResult back = KolData.loader().read(p);
    assertThat(back.report().problems()).isEmpty();
    assertSameTable(t, back.table());
    // the guard is in the file, not in the table
    assertThat(Files.readString(p, StandardCharsets.UTF_8)).contains(",'=1+2,").contains(",'-5,")
        .contains(",'''-twice,");
  }

  @Test
  void loadOut_loadsBackTheSame() throws Exception {
    Path in = dir.resolve("export.csv");
    Files.writeString(in, String.join("\n",
        "博主ID,昵称,粉丝数,获赞与收藏,报价,互动率,认证,简介,发布时间",
        "a,小红薯,1.2万,10万+,¥5000,2.7730394788474835E-4,true,\"=HYPERLINK(\"\"x\"\")\",2024-03-01 12:30",
        "b,\"say \"\"hi\"\"\",3210,8.8w,1200.5,0.031,false,\"two\nlines\",2024/3/2",
        "c,-dash,\"1,234\",-,,NaN,,@mention,",
        ""), StandardCharsets.UTF_8);
    Path out = dir.resolve("out/clean.csv");
    CliRun r = CliRun.of("load", in.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    Table loaded = KolData.loader().read(in).table();
    LoadResult back = KolData.loader().read(out);
    assertThat(back.report().problems()).isEmpty();
    assertSameTable(loaded, back.table());
  }

  @Test
  void auditOut_kolsAndFlags_loadBackTheSame() throws Exception {
    GeneratedData d = Generator.builder().accounts(80).seed(11).build().generate();
    DataFiles.write(d, dir, 0);
    Path accounts = dir.resolve(DataFiles.ACCOUNTS_CSV);
    Path notes = dir.resolve(DataFiles.NOTES_CSV);
    Path out = dir.resolve("report");
    CliRun r = CliRun.of("audit", accounts.toString(), "--posts", notes.toString(), "--out", out.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    // the same audit in process: what the command wrote
    AuditResult expected = Audit.of(KolData.load(accounts)).posts(KolData.load(notes))
        .tiers(Tiers.parse("red")).run();
    LoadResult kols = KolData.loader().read(out.resolve("kols.csv"));
    assertSameTable(expected.toTable(), kols.table());
    LoadResult flags = KolData.loader().read(out.resolve("flags.csv"));
    assertThat(expected.flags().rowCount()).as("the data has flags to compare").isPositive();
    assertSameTable(expected.flags(), flags.table());
  }

  @Test
  void generate_filesLoadBackAsTheGeneratedTables() throws Exception {
    CliRun r = CliRun.of("generate", "--accounts", "120", "--seed", "5", "--out", dir.toString(),
        "--chinese-export", "0");
    assertThat(r.status()).as(r.err()).isEqualTo(Main.OK);
    GeneratedData d = Generator.builder().accounts(120).seed(5).build().generate();
    List<Table> expected = new ArrayList<>(List.of(d.accounts(), d.notes()));
    for (Table t : expected) {
      LoadResult back = KolData.loader().read(dir.resolve(t.name() + ".csv"));
      assertSameTable(t, back.table());
    }
  }
}
