package org.kolscope.kernel.net;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.zeromq.ZMQ;

/**
 * A shell or control channel that waits on the socket (no fixed sleep between polls, so a reply
 * leaves as soon as it is ready) and survives bad input: a message whose HMAC signature does not
 * verify is dropped and logged, and the channel keeps serving.
 */
final class ServingChannel extends ShellChannel {
  private static final System.Logger LOG = System.getLogger("org.kolscope.kernel.net");

  private final boolean control;
  private final KernelConnection connection;
  private volatile boolean closing;
  /** Requests read ahead by {@link #holdPending()}; only the channel's thread touches it. */
  private final ArrayDeque<Message<?>> held = new ArrayDeque<>();
  private volatile ZMQ.Poller poller;
  private Thread loop;

  ServingChannel(ZMQ.Context ctx, HMACGenerator hmac, boolean control, KernelConnection connection) {
    super(ctx, hmac, control, connection, 0);
    this.control = control;
    this.connection = connection;
  }

  private String label() {
    return control ? "control" : "shell";
  }

  @Override
  public void bind(KernelConnectionProperties props) {
    int port = control ? props.getControlPort() : props.getShellPort();
    String address = props.getTransport() + "://" + props.getIp() + ":" + port;
    super.bind(address);
    loop = new Thread(this::serve, "kolscope-" + label());
    loop.setDaemon(true);
    loop.start();
  }

  private void serve() {
    ZMQ.Poller poller = ctx.poller(1);
    poller.register(this, ZMQ.Poller.POLLIN);
    this.poller = poller;
    try {
      while (!closing) {
        Message<?> message = held.poll();
        if (message == null) {
          if (poller.poll(100) <= 0) {
            continue;
          }
          message = receive();
        }
        if (message != null) {
          dispatch(message);
        }
      }
    } finally {
      poller.close();
      super.close();
    }
  }

  /** The next message, or null when it was dropped (bad signature, unreadable) and logged. */
  private Message<?> receive() {
    try {
      return readMessage();
    } catch (SecurityException e) {
      LOG.log(System.Logger.Level.WARNING,
          "dropped a message on the " + label() + " channel: its HMAC signature does not match the connection key");
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "dropped an unreadable message on the " + label() + " channel: " + e);
    }
    return null;
  }

  /** Handles one request with its handler (on this channel's thread). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void dispatch(Message<?> message) {
    ShellHandler handler = connection.getHandler(message.getHeader().getType());
    if (handler == null) {
      LOG.log(System.Logger.Level.INFO, "no handler for " + message.getHeader().getType().getName());
      return;
    }
    ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
    try {
      handler.handle(env, message);
    } catch (Exception e) {
      LOG.log(System.Logger.Level.WARNING, "handling " + message.getHeader().getType().getName() + " failed", e);
    } finally {
      env.resolveDeferrals();
    }
    if (env.isMarkedForShutdown()) {
      connection.close();
    }
  }

  /**
   * Reads the requests already waiting and keeps them, in order, to be handled next (before
   * anything that arrives later); returns them. Call only from the channel's own thread, i.e.
   * from a request handler (ZeroMQ sockets are single-threaded).
   */
  List<Message<?>> holdPending() {
    List<Message<?>> queued = new ArrayList<>();
    while (hasPending()) {
      Message<?> m = receive();
      if (m != null) {
        queued.add(m);
      }
    }
    held.addAll(queued);
    return queued;
  }

  /** Sends {@code message} dated now in ISO 8601 (see {@link MessageDates}). */
  @Override
  public synchronized void sendMessage(Message<?> message) {
    super.sendMessage(MessageDates.stamped(message, Clock.systemUTC()));
  }

  /**
   * True when another request is already waiting on this channel. Call only from the channel's
   * own thread, i.e. from a request handler (ZeroMQ sockets are single-threaded).
   */
  boolean hasPending() {
    ZMQ.Poller p = poller;
    return p != null && p.poll(0) > 0;
  }

  @Override
  public void close() {
    closing = true;
  }

  @Override
  public void waitUntilClose() {
    Thread t = loop;
    if (t != null) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
