package org.kolscope.kernel.net;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import org.dflib.jjava.jupyter.channels.IOPubChannel;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.dflib.jjava.jupyter.messages.reply.InputReply;
import org.dflib.jjava.jupyter.messages.request.InputRequest;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The kernel's five sockets, bound only to the transport, address and ports of the connection
 * file. Shell and control use {@link ServingChannel}; heartbeat echoes on its own thread; iopub
 * and stdin are jjava's channels with one change: like shell and control, they date every message
 * they send with {@link MessageDates} (ISO 8601, microseconds, UTC).
 */
public final class KernelConnection extends JupyterConnection {
  private static final System.Logger LOG = System.getLogger("org.kolscope.kernel.net");

  private final KernelConnectionProperties props;
  private final ZMQ.Context ctx = ZMQ.context(1);
  private final ServingChannel shellChannel;
  private final ServingChannel controlChannel;
  private final DatedIOPub iopubChannel;
  private final DatedStdin stdinChannel;
  private volatile boolean closing;
  private Thread heartbeatThread;

  public KernelConnection(KernelConnectionProperties props) throws NoSuchAlgorithmException, InvalidKeyException {
    super(props);
    this.props = props;
    HMACGenerator hmac = props.createHMACGenerator();
    this.shellChannel = new ServingChannel(ctx, hmac, false, this);
    this.controlChannel = new ServingChannel(ctx, hmac, true, this);
    this.iopubChannel = new DatedIOPub(ctx, hmac);
    this.stdinChannel = new DatedStdin(ctx, hmac);
  }

  @Override
  public IOPubChannel getIOPub() {
    return iopubChannel;
  }

  @Override
  public ShellReplyEnvironment prepareReplyEnv(ShellChannel shell, MessageContext context) {
    return new ShellReplyEnvironment(shell, stdinChannel, iopubChannel, context) {};
  }

  /**
   * The shell requests waiting right now (still handled next, in order); for a handler on the
   * shell thread that must know exactly what was queued at one moment (cells queued behind a
   * failing one).
   */
  public List<Message<?>> queuedShellRequests() {
    return shellChannel.holdPending();
  }

  /** True when messages are signed (a non-empty key); an empty key means no authentication. */
  public boolean signed() {
    return props.getKey() != null && !props.getKey().isEmpty();
  }

  @Override
  public void connect() {
    String base = props.getTransport() + "://" + props.getIp() + ":";
    iopubChannel.bind(props);
    stdinChannel.bind(props);
    shellChannel.bind(props);
    controlChannel.bind(props);
    ZMQ.Socket hb = ctx.socket(SocketType.REP);
    hb.bind(base + props.getHbPort());
    heartbeatThread = new Thread(() -> beat(hb), "kolscope-heartbeat");
    heartbeatThread.setDaemon(true);
    heartbeatThread.start();
    iopubChannel.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    LOG.log(System.Logger.Level.DEBUG, "bound to " + props.getIp());
  }

  private void beat(ZMQ.Socket hb) {
    ZMQ.Poller poller = ctx.poller(1);
    poller.register(hb, ZMQ.Poller.POLLIN);
    try {
      while (!closing) {
        if (poller.poll(100) > 0) {
          byte[] ping = hb.recv(ZMQ.DONTWAIT);
          if (ping != null) {
            hb.send(ping, 0);
          }
        }
      }
    } finally {
      poller.close();
      hb.close();
    }
  }

  @Override
  public void close() {
    closing = true;
    shellChannel.close();
    controlChannel.close();
  }

  @Override
  public void waitUntilClose() {
    shellChannel.waitUntilClose();
    controlChannel.waitUntilClose();
    Thread hb = heartbeatThread;
    if (hb != null) {
      try {
        hb.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    iopubChannel.close();
    stdinChannel.close();
    super.close();
    ctx.close();
  }

  /** jjava's iopub channel, dating what it sends. */
  private static final class DatedIOPub extends IOPubChannel {
    DatedIOPub(ZMQ.Context ctx, HMACGenerator hmac) {
      super(ctx, hmac);
    }

    @Override
    public synchronized void sendMessage(Message<?> message) {
      super.sendMessage(MessageDates.stamped(message, Clock.systemUTC()));
    }
  }

  /** jjava's stdin channel, dating what it sends (input_request included). */
  private static final class DatedStdin extends StdinChannel {
    DatedStdin(ZMQ.Context ctx, HMACGenerator hmac) {
      super(ctx, hmac);
    }

    @Override
    public synchronized void sendMessage(Message<?> message) {
      super.sendMessage(MessageDates.stamped(message, Clock.systemUTC()));
    }

    /** As jjava's, but sent through {@link #sendMessage} (jjava's calls its super's directly). */
    @Override
    public synchronized String getInput(MessageContext context, String prompt, boolean isPasswordRequest) {
      sendMessage(new Message<>(context, InputRequest.MESSAGE_TYPE, new InputRequest(prompt, isPasswordRequest)));
      Message<InputReply> reply = readMessage(InputReply.MESSAGE_TYPE);
      return reply.getContent().getValue() + System.lineSeparator();
    }
  }
}
