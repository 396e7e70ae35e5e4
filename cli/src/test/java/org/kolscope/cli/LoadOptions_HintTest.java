package org.kolscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolscope.io.KolData;
import org.kolscope.io.LoadReport;

/**
 * The one-line load warning names the command that lists every problem: {@code kolscope load
 * FILE} with the options that change what a load reports, each a single shell word, so the listing
 * is of the same problems (with {@code --drop-duplicates} a repeat is a rejected row, without it a
 * suspicious one).
 */
class LoadOptions_HintTest {
  @TempDir Path dir;

  private LoadReport report() throws IOException {
    Path f = dir.resolve("notes.csv");
    Files.writeString(f, "note_id,kol_id,likes\nn1,k1,3\nn2,k1,abc\n", StandardCharsets.UTF_8);
    return KolData.loader().read(f).report();
  }

  private static String warning(LoadOptions o, LoadReport r) {
    StringWriter s = new StringWriter();
    o.warn(r, new PrintWriter(s));
    return s.toString().strip();
  }

  @Test
  void noOptions_plainCommand() throws IOException {
    LoadReport r = report();
    assertThat(warning(new LoadOptions(), r)).endsWith("; 'kolscope load " + r.file() + "' lists them all");
  }

  @Test
  void optionsThatChangeTheReport_inTheCommand_eachOneShellWord() throws IOException {
    LoadOptions o = new LoadOptions();
    o.encoding = "GB18030";
    o.delimiter = ";";
    o.maps = List.of("点赞 数=likes", "collect=likes_and_collects");
    o.sheet = "Sheet \"2\" $x";
    o.dropDuplicates = true;
    o.strict = true; // fails instead of reporting: not part of the listing command
    LoadReport r = report();
    assertThat(warning(o, r)).endsWith("; 'kolscope load " + r.file()
        + " --encoding GB18030 --delimiter \";\" --map \"点赞 数=likes\" --map collect=likes_and_collects"
        + " --sheet \"Sheet \\\"2\\\" \\$x\" --drop-duplicates' lists them all");
  }

  @Test
  void shellWord_roundTripsThroughAShell() throws Exception {
    for (String w : List.of("plain", "a b", "x\"y", "$HOME", "back\\slash", "tick`s", "it's", ";")) {
      Process p = new ProcessBuilder("bash", "-c", "printf %s " + LoadOptions.shellWord(w)).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).isZero();
      assertThat(out).as(w).isEqualTo(w);
    }
  }
}
