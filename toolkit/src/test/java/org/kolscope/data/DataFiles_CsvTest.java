package org.kolscope.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolscope.core.Schema;
import org.kolscope.io.CsvOut;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** RFC 4180 quoting and a lossless round trip of the UTF-8 files through Tablesaw's reader. */
class DataFiles_CsvTest {

  @TempDir Path tmp;

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "plain|plain",
        "a,b|'\"a,b\"'",
        "say \"hi\"|'\"say \"\"hi\"\"\"'",
        "' lead'|'\" lead\"'",
        "<b>x</b> & y|<b>x</b> & y",
        "甜酷🌸|甜酷🌸"
      })
  void quote_followsRfc4180(String in, String out) {
    assertThat(CsvOut.field(in)).isEqualTo(out);
  }

  @Test
  void quote_newlinesAndEmpty() {
    assertThat(CsvOut.field("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(CsvOut.field("a\r\nb")).isEqualTo("\"a\r\nb\"");
    assertThat(CsvOut.field("")).isEmpty();
  }

  @Test
  void number_dropsTrailingZero() {
    assertThat(CsvOut.number(1200.0)).isEqualTo("1200");
    assertThat(CsvOut.number(1.5)).isEqualTo("1.5");
    assertThat(CsvOut.number(0.0)).isEqualTo("0");
  }

  @Test
  void utf8Files_roundTripThroughTablesaw_withCanonicalTypes() throws IOException {
    GeneratedData d = Generator.builder().accounts(200).seed(5).build().generate();
    List<DataFiles.WrittenFile> files = DataFiles.write(d, tmp, 0);
    assertThat(files)
        .extracting(f -> f.path().getFileName().toString())
        .containsExactly(DataFiles.ACCOUNTS_CSV, DataFiles.NOTES_CSV);
    for (Table expected : List.of(d.accounts(), d.notes())) {
      Path p = tmp.resolve(expected.name() + ".csv");
      byte[] raw = Files.readAllBytes(p);
      assertThat(raw[0]).isNotEqualTo((byte) 0xEF); // no BOM
      assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain("\r");
      List<ColumnType> types = new ArrayList<>();
      for (String c : expected.columnNames()) {
        types.add(Schema.TYPES.getOrDefault(c, ColumnType.STRING));
      }
      Table back =
          Table.read()
              .usingOptions(
                  CsvReadOptions.builder(p.toFile())
                      .columnTypes(types.toArray(ColumnType[]::new))
                      .dateTimeFormat(DataFiles.TIMESTAMP));
      assertThat(back.columnNames()).isEqualTo(expected.columnNames());
      assertThat(back.rowCount()).isEqualTo(expected.rowCount());
      for (String c : expected.columnNames()) {
        for (int r = 0; r < expected.rowCount(); r++) {
          assertThat(back.column(c).getString(r))
              .as("%s row %d", c, r)
              .isEqualTo(expected.column(c).getString(r));
        }
      }
    }
  }

  @Test
  void unwritableDirectory_throwsUncheckedIo() throws IOException {
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    GeneratedData d = Generator.builder().accounts(5).build().generate();
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> DataFiles.write(d, file.resolve("sub"), 0));
    assertThat(e.getMessage()).contains("plain-file");
  }
}
