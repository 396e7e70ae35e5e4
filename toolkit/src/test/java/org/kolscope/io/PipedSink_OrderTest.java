package org.kolscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PipedSink}: the receiving sink sees the calls a direct read gives, in the same order, on
 * another thread; a failure of the sink wins over a later failure of the read and stops the read;
 * a failure of the read comes out after the sink got what was read before it.
 */
class PipedSink_OrderTest {

  /** A source that makes {@code events} calls of every kind, seeded. */
  private record Scripted(int events, long seed, RuntimeException failAt, int failIndex,
      AtomicInteger made) implements RowSource {
    Scripted(int events, long seed) {
      this(events, seed, null, -1, new AtomicInteger());
    }

    @Override
    public void read(Sink sink) {
      Random r = new Random(seed);
      sink.note("delimiter ,");
      sink.header(List.of("kol_id", "likes"));
      for (int i = 0; i < events; i++) {
        if (i == failIndex) {
          throw failAt;
        }
        made.incrementAndGet();
        switch (r.nextInt(10)) {
          case 0 -> sink.rejectRow(i, "", "x,y,z", "row has 3 cells");
          case 1 -> sink.note("note " + i);
          case 2 -> sink.cellNote(i, 1, "=A1", "formula without a value");
          default -> sink.row(new String[] {"k" + r.nextInt(100), Integer.toString(i)}, i + 2);
        }
      }
    }
  }

  /** Writes down every call, with the thread it came on. */
  private static final class Recording implements RowSource.Sink {
    final List<String> calls = new ArrayList<>();
    final List<String> threads = new ArrayList<>();
    final int failAtCall;
    final RuntimeException failure;

    Recording(int failAtCall, RuntimeException failure) {
      this.failAtCall = failAtCall;
      this.failure = failure;
    }

    Recording() {
      this(-1, null);
    }

    private void add(String c) {
      if (calls.size() == failAtCall) {
        throw failure;
      }
      calls.add(c);
      threads.add(Thread.currentThread().getName());
    }

    public void header(List<String> names) {
      add("header " + names);
    }

    public void row(String[] cells, long line) {
      add("row " + Arrays.toString(cells) + " @" + line);
    }

    public void rejectRow(long line, String column, String value, String reason) {
      add("reject " + line + " " + column + " " + value + " " + reason);
    }

    public void note(String text) {
      add("note " + text);
    }

    public void cellNote(long line, int column, String value, String reason) {
      add("cell " + line + " " + column + " " + value + " " + reason);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, PipedSink.BATCH - 1, PipedSink.BATCH, PipedSink.BATCH * PipedSink.QUEUED * 3 + 17})
  void everyCall_arrivesInOrder_onTheOtherThread(int events) {
    Recording direct = new Recording();
    new Scripted(events, events).read(direct);
    Recording piped = new Recording();
    PipedSink.read(new Scripted(events, events), piped, "test.csv");
    assertThat(piped.calls).isEqualTo(direct.calls);
    assertThat(piped.threads).allMatch(t -> t.equals("kolscope-rows-test.csv"));
  }

  @Test
  void sinkFails_itsExceptionWins_andTheReadStopsEarly() {
    IllegalStateException sinkFailure = new IllegalStateException("no column for required likes");
    IllegalArgumentException readFailure = new IllegalArgumentException("bad byte far down");
    int events = 200_000;
    Scripted source = new Scripted(events, 1, readFailure, events - 1, new AtomicInteger());
    Recording sink = new Recording(1, sinkFailure); // fails on the header
    RuntimeException e = assertThrows(RuntimeException.class, () -> PipedSink.read(source, sink, "f"));
    assertSame(sinkFailure, e);
    // the read went no further than what the queue holds before it found the failure
    assertThat(source.made().get()).isLessThan(PipedSink.BATCH * (PipedSink.QUEUED + 4));
  }

  @Test
  void readFails_theSinkGotEverythingBefore_thenTheReadsExceptionComesOut() {
    IllegalArgumentException readFailure = new IllegalArgumentException("a quote never closed");
    int failIndex = PipedSink.BATCH * 5 + 3;
    Recording direct = new Recording();
    assertThrows(IllegalArgumentException.class,
        () -> new Scripted(10_000, 7, readFailure, failIndex, new AtomicInteger()).read(direct));
    Recording piped = new Recording();
    RuntimeException e = assertThrows(RuntimeException.class, () -> PipedSink.read(
        new Scripted(10_000, 7, readFailure, failIndex, new AtomicInteger()), piped, "f"));
    assertSame(readFailure, e);
    assertThat(piped.calls).isEqualTo(direct.calls);
  }
}
