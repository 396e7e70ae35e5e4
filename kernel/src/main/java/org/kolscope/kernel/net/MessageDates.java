package org.kolscope.kernel.net;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;

/**
 * Message dates as the messaging spec asks (ISO 8601) and as ipykernel writes them: UTC with
 * microseconds and a {@code Z}, e.g. {@code 2026-12-06T06:42:01.123456Z}. jjava-jupyter 1.0-a6
 * stamps headers with {@code yyyy-MM-dd'T'HH:mmZ} (minutes only), which {@code jupyter_client}
 * cannot parse; every socket of the kernel restamps a message just before sending it.
 */
final class MessageDates {
  private static final DateTimeFormatter ISO_MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private MessageDates() {}

  /** {@code t} as {@code uuuu-MM-ddTHH:mm:ss.SSSSSSZ} in UTC (truncated to microseconds). */
  static String format(Instant t) {
    return ISO_MICROS.format(t.truncatedTo(ChronoUnit.MICROS));
  }

  /**
   * {@code message} with its own header dated {@code clock.instant()}; id, session, user, type,
   * parent header (dated by the client, kept as received), metadata, content and buffers unchanged.
   */
  static <T> Message<T> stamped(Message<T> message, Clock clock) {
    Header<T> h = message.getHeader();
    Header<T> dated = new Header<>(h.getId(), h.getUsername(), h.getSessionId(),
        new KernelTimestamp(format(clock.instant())), h.getType(), h.getVersion());
    return new Message<>(message.getIdentities(), dated, message.getParentHeader(), message.getMetadata(),
        message.getContent(), message.getBlobs());
  }
}
