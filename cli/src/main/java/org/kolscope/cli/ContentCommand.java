package org.kolscope.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kolscope.timing.Content;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tech.tablesaw.api.Table;

/**
 * {@code kolscope content NOTES --by content_type|cooperation}: image against video, or gifted
 * against paid, for all notes and per tier ({@link Content}). The readable report goes to stdout;
 * with {@code --json} exactly one JSON document ({@link Content.Result#toMap()}), with the notes
 * on stderr.
 */
@Command(
    name = "content",
    mixinStandardHelpOptions = true,
    description = {
      "What to post and how to cooperate: image against video, or gifted against paid, per tier "
          + "(medians with CIs, Mann-Whitney, Cliff's delta, cost per engagement)."
    })
public final class ContentCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LoadOptions loading;

  @CommandLine.Mixin TimingOptions options;

  @Parameters(index = "0", paramLabel = "NOTES", description = "notes with content_type, or"
      + " cooperation / cost_rmb")
  Path file;

  @Option(names = "--by", paramLabel = "content_type|cooperation", defaultValue = "content_type",
      description = "what to compare (default: ${DEFAULT-VALUE})")
  String by;

  @Option(names = "--per-kol", description = "compare KOLs (each KOL's median in a group) instead"
      + " of notes, so a KOL with many notes counts once")
  boolean perKol;

  @Option(names = "--json", description = "print one JSON document")
  boolean json;

  @Override
  public Integer call() {
    options.check();
    try {
      Content.of(Table.create()).by(by);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException("--by: " + e.getMessage());
    }
    Table notes = loading.load(file, null, spec.commandLine().getErr());
    options.metric = loading.column(notes, options.metric);
    Content c = options.apply(Content.of(notes)).by(by).perKol(perKol);
    OutOfMemory.doing("comparing " + by);
    Content.Result r = c.run();
    TimingOptions.print(spec, "content", json, r, r.notes(), r::toMap);
    return Main.OK;
  }
}
