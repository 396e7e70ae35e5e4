package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Encodings_DetectTest {
  @TempDir Path dir;

  private Encodings.Detected detect(byte[] bytes) throws Exception {
    Path p = dir.resolve("f");
    Files.write(p, bytes);
    return Encodings.detect(p);
  }

  @Test
  void utf8_plain() throws Exception {
    Encodings.Detected d = detect("粉丝数,博主\n1,小红薯\n".getBytes(StandardCharsets.UTF_8));
    assertThat(d.label()).isEqualTo("UTF-8");
  }

  @Test
  void utf8_bom() throws Exception {
    Encodings.Detected d = detect("\uFEFF粉丝数\n".getBytes(StandardCharsets.UTF_8));
    assertThat(d.label()).isEqualTo("UTF-8 (BOM)");
    assertThat(d.bomLength()).isEqualTo(3);
  }

  @Test
  void gb18030_whenNotUtf8() throws Exception {
    assertThat(detect("粉丝数,获赞与收藏\n".getBytes(Encodings.GB18030)).label()).isEqualTo("GB18030");
  }

  @Test
  void gbkCellDeepInLargeFile_isStillCaught() throws Exception {
    // 3 MiB of ASCII, then one GBK-encoded cell: a prefix sniff would call this UTF-8
    byte[] ascii = "a,1\n".repeat(800_000).getBytes(StandardCharsets.US_ASCII);
    byte[] gbk = "小红薯\n".getBytes(Encodings.GB18030);
    byte[] all = new byte[ascii.length + gbk.length];
    System.arraycopy(ascii, 0, all, 0, ascii.length);
    System.arraycopy(gbk, 0, all, ascii.length, gbk.length);
    assertThat(detect(all).label()).isEqualTo("GB18030");
  }

  @Test
  void utf16le_bom() throws Exception {
    byte[] body = "kol_id\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) 0xFF;
    all[1] = (byte) 0xFE;
    System.arraycopy(body, 0, all, 2, body.length);
    assertThat(detect(all).charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }
}
