package org.kolscope.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kolscope.timing.Timing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tech.tablesaw.api.Table;

/**
 * {@code kolscope timing NOTES}: engagement per follower by hour, weekday and weekday × hour, for
 * all notes and per tier ({@link Timing}). The readable report goes to stdout; with {@code --json}
 * exactly one JSON document ({@link Timing.Result#toMap()}), with the notes on stderr.
 */
@Command(
    name = "timing",
    mixinStandardHelpOptions = true,
    description = {
      "When to post: engagement per follower by hour, weekday and weekday × hour, per tier, "
          + "leaving out notes too young at the crawl time."
    })
public final class TimingCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LoadOptions loading;

  @CommandLine.Mixin TimingOptions options;

  @Parameters(index = "0", paramLabel = "NOTES",
      description = "notes with published_at or RED note ids (ObjectIds)")
  Path file;

  @Option(names = "--best", paramLabel = "K",
      description = "best slots listed per kind (default: " + Timing.DEFAULT_BEST + ")")
  Integer best;

  @Option(names = "--json", description = "print one JSON document")
  boolean json;

  @Override
  public Integer call() {
    options.check();
    if (best != null && best < 1) {
      throw new Main.UsageException("--best must be >= 1, got " + best);
    }
    Table notes = loading.load(file, null, spec.commandLine().getErr());
    options.metric = loading.column(notes, options.metric);
    Timing t = options.apply(Timing.of(notes));
    if (best != null) {
      t.best(best);
    }
    OutOfMemory.doing("analysing publishing times");
    Timing.Result r = t.run();
    TimingOptions.print(spec, "timing", json, r, r.notes(), r::toMap);
    return Main.OK;
  }
}
