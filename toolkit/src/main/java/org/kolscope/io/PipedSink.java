package org.kolscope.io;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RowSource.Sink} that hands what a source reads to another sink on a second thread, in
 * the order it was read: the parser (this thread) and the row rules ({@link TableBuilder}, the
 * other) run side by side, and the receiving sink sees exactly the calls, in exactly the order, a
 * direct read would give it. Events go over in batches of {@value #BATCH}, at most {@value
 * #QUEUED} batches ahead, so the parser never runs far ahead of the rules.
 *
 * <p>Failures keep the order of a direct read: a failure of the receiving sink (a header without
 * a required column) stops the parser at its next event and is what {@link #read} throws, even
 * when the parser failed too, later in the file.
 */
final class PipedSink implements RowSource.Sink {
  static final int BATCH = 512;
  static final int QUEUED = 8;
  private static final Event[] END = new Event[0];

  private final RowSource.Sink target;
  private final BlockingQueue<Event[]> queue = new ArrayBlockingQueue<>(QUEUED);
  private Event[] batch = new Event[BATCH];
  private int size;
  private volatile Throwable failed;
  private final Thread consumer;

  private PipedSink(RowSource.Sink target, String name) {
    this.target = target;
    this.consumer = new Thread(this::consume, "kolscope-rows-" + name);
    this.consumer.setDaemon(true);
  }

  /**
   * Reads {@code source} into {@code target}, the reading on this thread and {@code target}'s
   * work on another.
   */
  static void read(RowSource source, RowSource.Sink target, String name) {
    PipedSink pipe = new PipedSink(target, name);
    pipe.consumer.start();
    Throwable readFailure = null;
    try {
      source.read(pipe);
    } catch (RuntimeException | Error e) {
      readFailure = e;
    }
    Throwable handOff = pipe.finish();
    pipe.awaitConsumer();
    if (pipe.failed != null) {
      rethrow(pipe.failed); // an earlier event than any failure of the read
    }
    if (readFailure != null) {
      rethrow(readFailure);
    }
    if (handOff != null) {
      rethrow(handOff); // what was read did not all reach the sink
    }
  }

  /**
   * After the read, done or failed: what was read is still given to the sink, then the consumer
   * ends. Returns null, or why the rest could not be handed over (the consumer is then stopped).
   */
  private Throwable finish() {
    try {
      flush();
      put(END);
      return null;
    } catch (RuntimeException | Error e) {
      consumer.interrupt(); // the consumer failed, or no batch can be made: it takes no more
      return e;
    }
  }

  private void awaitConsumer() {
    boolean interrupted = false;
    while (true) {
      try {
        consumer.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  private void consume() {
    try {
      while (true) {
        Event[] b = queue.take();
        if (b == END) {
          return;
        }
        for (Event e : b) {
          if (e == null) {
            break;
          }
          e.deliver(target);
        }
      }
    } catch (InterruptedException e) {
      // the read failed and the sink is no longer wanted
    } catch (RuntimeException | Error e) {
      failed = e;
      queue.clear(); // lets a parser waiting to put go on, to find the failure
    }
  }

  private void add(Event e) {
    if (failed != null) {
      rethrow(failed);
    }
    batch[size++] = e;
    if (size == BATCH) {
      flush();
    }
  }

  private void flush() {
    if (size > 0) {
      Event[] full = batch;
      batch = new Event[BATCH];
      size = 0;
      put(full);
    }
  }

  private void put(Event[] b) {
    try {
      while (!queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
        if (failed != null) {
          rethrow(failed);
        }
        if (!consumer.isAlive()) {
          throw new IllegalStateException("the row consumer stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    }
  }

  /** One call to the sink, replayed on the consumer's thread. */
  private interface Event {
    void deliver(RowSource.Sink s);
  }

  private record Header(List<String> names) implements Event {
    public void deliver(RowSource.Sink s) {
      s.header(names);
    }
  }

  private record Row(String[] cells, long line) implements Event {
    public void deliver(RowSource.Sink s) {
      s.row(cells, line);
    }
  }

  private record Reject(long line, String column, String value, String reason) implements Event {
    public void deliver(RowSource.Sink s) {
      s.rejectRow(line, column, value, reason);
    }
  }

  private record Note(String text) implements Event {
    public void deliver(RowSource.Sink s) {
      s.note(text);
    }
  }

  private record CellNote(long line, int column, String value, String reason) implements Event {
    public void deliver(RowSource.Sink s) {
      s.cellNote(line, column, value, reason);
    }
  }

  private record Expect(long rows) implements Event {
    public void deliver(RowSource.Sink s) {
      s.expect(rows);
    }
  }

  @Override
  public void header(List<String> names) {
    add(new Header(names));
  }

  @Override
  public void row(String[] cells, long line) {
    add(new Row(cells, line));
  }

  @Override
  public void rejectRow(long line, String column, String value, String reason) {
    add(new Reject(line, column, value, reason));
  }

  @Override
  public void note(String text) {
    add(new Note(text));
  }

  @Override
  public void cellNote(long line, int column, String value, String reason) {
    add(new CellNote(line, column, value, reason));
  }

  @Override
  public void expect(long rows) {
    add(new Expect(rows));
  }
}
