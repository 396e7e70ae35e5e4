package org.kolscope.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;

/**
 * The cell's stdout, stderr, stdin and display channel, attached to the request being executed.
 * Streams go out as Jupyter {@code stream} messages on every line and, for partial lines, when
 * {@link #flush()} is called (the kernel does so every 100 ms while a cell runs).
 */
final class KernelIO extends JupyterIO {
  private volatile ShellReplyEnvironment env;

  KernelIO() {
    super(StandardCharsets.UTF_8);
  }

  void attach(ShellReplyEnvironment env, boolean stdinAllowed) {
    this.env = env;
    setEnv(env);
    setJupyterInEnabled(stdinAllowed);
  }

  void detach(ShellReplyEnvironment env) {
    flush();
    retractEnv(env);
    this.env = null;
  }

  boolean attached() {
    return env != null;
  }

  /** Sends buffered stdout/stderr text now (PrintStream locks keep writers consistent). */
  void flush() {
    out.flush();
    err.flush();
  }

  void display(DisplayData data) {
    ShellReplyEnvironment e = env;
    if (e == null) {
      throw new IllegalStateException("display() works only while a cell is running");
    }
    flush();
    e.publish(new PublishDisplayData(data));
  }

  void updateDisplay(String id, DisplayData data) {
    ShellReplyEnvironment e = env;
    if (e == null) {
      throw new IllegalStateException("updateDisplay() works only while a cell is running");
    }
    flush();
    data.setDisplayId(id);
    e.publish(new PublishUpdateDisplayData(data));
  }

  void clearOutput(boolean wait) {
    ShellReplyEnvironment e = env;
    if (e != null) {
      flush();
      e.publish(wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW);
    }
  }

  /** Publishes a message whose content jjava has no class for (plain map, serialised by Gson). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void publishRaw(ShellReplyEnvironment env, MessageType<?> type, Map<String, Object> content) {
    env.publish(new Message(env.getContext(), type, content));
  }

  /** Replies with a content jjava has no class for (plain map, serialised by Gson). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void replyRaw(ShellReplyEnvironment env, MessageType<?> type, Map<String, Object> content) {
    env.reply(new Message(env.getContext(), type, content));
  }
}
