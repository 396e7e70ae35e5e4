package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolscope.core.Schema;

/**
 * A CSV without a byte-order mark is read as UTF-8 in one pass that decodes strictly; a byte that
 * is not UTF-8, however deep in the file, makes the loader detect the encoding over the whole file
 * and read it again, so the result is what detection first would give.
 */
class Loader_EncodingGuessTest {
  @TempDir Path dir;

  private Path write(String name, Charset cs, int rowsBefore, boolean gzip) throws IOException {
    StringBuilder sb = new StringBuilder("kol_id,name,followers\n");
    for (int i = 0; i < rowsBefore; i++) {
      sb.append("k").append(i).append(",plain ascii name,").append(1000 + i).append('\n');
    }
    sb.append("k-last,小红书博主 中文名,12000\n");
    byte[] bytes = sb.toString().getBytes(cs);
    Path f = dir.resolve(name);
    try (OutputStream o = gzip ? new GZIPOutputStream(Files.newOutputStream(f)) : Files.newOutputStream(f)) {
      o.write(bytes);
    }
    return f;
  }

  @ParameterizedTest(name = "{0}, {1} rows before the Chinese one, gzip {2}")
  @CsvSource({"UTF-8, 10, false", "UTF-8, 200000, false", "GB18030, 0, false", "GB18030, 10, false",
      "GB18030, 200000, false", "GB18030, 200000, true"})
  void chineseRowAfterAsciiRows_readInTheFilesEncoding(String encoding, int before, boolean gzip)
      throws IOException {
    Charset cs = Charset.forName(encoding);
    Path f = write("accounts-" + encoding + "-" + before + (gzip ? ".csv.gz" : ".csv"), cs, before, gzip);
    LoadResult r = KolData.loader().kind(Schema.Kind.ACCOUNTS).read(f);
    assertThat(r.report().encoding()).isEqualTo(cs.name());
    assertThat(r.table().rowCount()).isEqualTo(before + 1);
    assertThat(r.table().stringColumn("name").get(before)).isEqualTo("小红书博主 中文名");
    assertThat(r.report().rejectedRows()).isZero();
  }
}
