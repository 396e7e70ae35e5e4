package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.core.Schema;

/**
 * Lines decoded one by one ({@link RowBatch#decode}) and given to a batch ({@link RowBatch#line},
 * {@link RowBatch#badLine}) give the loader's rows and report lines for a file read in a given
 * encoding whose rows hold bytes not valid in it: what an engine that cuts a file at line ends does.
 */
class RowBatch_EncodingTest {
  @TempDir Path dir;

  @Test
  void gb18030WithBadRows_sameRowsAndReportAsTheLoader() throws Exception {
    Charset gb = Encodings.GB18030;
    List<byte[]> lines = new ArrayList<>();
    lines.add("note_id,kol_id,likes,followers,name".getBytes(gb));
    for (int i = 0; i < 40; i++) {
      lines.add(("n" + i + ",k" + i % 4 + "," + i + ",1200,小红薯" + i).getBytes(gb));
    }
    lines.set(7, concat("n6,k2,".getBytes(gb), new byte[] {(byte) 0xFF, (byte) 0xFE}, ",1200,x".getBytes(gb)));
    lines.set(20, concat("n19,k3,19,1200,y".getBytes(gb), new byte[] {(byte) 0x81, 0x30}, new byte[0]));
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    for (byte[] l : lines) {
      file.write(l);
      file.write('\n');
    }
    Path f = Files.write(dir.resolve("gb.csv"), file.toByteArray());
    LoadResult loader = KolData.loader().kind(Schema.Kind.POSTS).encoding(gb).read(f);

    List<String> header = Arrays.asList(RowBatch.decode(lines.get(0), lines.get(0).length, gb).text().split(","));
    RowBatch b = RowBatch.start(f.toString(), Schema.Kind.POSTS, Map.of(), header, ',');
    for (int i = 1; i < lines.size(); i++) {
      RowBatch.Decoded d = RowBatch.decode(lines.get(i), lines.get(i).length, gb);
      if (d.badBytes() == null) {
        b.line(d.text(), i + 1);
      } else {
        b.badLine(d.text(), i + 1, d.badBytes(), gb);
      }
    }
    LoadResult batch = b.finish("notes");
    assertThat(loader.report().problems()).hasSize(2);
    assertThat(batch.report().problems()).isEqualTo(loader.report().problems());
    assertThat(batch.table().stringColumn("note_id").asList())
        .isEqualTo(loader.table().stringColumn("note_id").asList());
    assertThat(batch.table().stringColumn("name").asList())
        .isEqualTo(loader.table().stringColumn("name").asList());
  }

  private static byte[] concat(byte[] a, byte[] b, byte[] c) {
    byte[] out = Arrays.copyOf(a, a.length + b.length + c.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    System.arraycopy(c, 0, out, a.length + b.length, c.length);
    return out;
  }
}
