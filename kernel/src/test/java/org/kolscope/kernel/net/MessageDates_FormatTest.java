package org.kolscope.kernel.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.junit.jupiter.api.Test;

class MessageDates_FormatTest {
  @Test
  void microsecondsInUtcWithZ() {
    assertThat(MessageDates.format(Instant.parse("2026-12-06T06:42:01.123456789Z")))
        .isEqualTo("2026-12-06T06:42:01.123456Z");
  }

  @Test
  void wholeSecondsKeepSixZeroDigits() {
    assertThat(MessageDates.format(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000000Z");
  }

  @Test
  void stampedMessageKeepsEverythingButItsOwnDate() {
    Header<ExecuteRequest> request = new Header<>("req-1", "alice", "session-9",
        new KernelTimestamp("2026-12-06T06:41:00.5Z"), MessageType.EXECUTE_REQUEST, "5.3");
    Header<ExecuteReply> own = new Header<>("msg-1", "alice", "session-9",
        new KernelTimestamp("2026-12-06T06:42+0000"), MessageType.EXECUTE_REPLY, "5.3");
    ExecuteReply content = new ExecuteReply(3, Map.of());
    List<byte[]> ids = List.of(new byte[] {1, 2});
    Message<ExecuteReply> original = new Message<>(ids, own, request, Map.of("m", 1), content, null);
    Clock clock = Clock.fixed(Instant.parse("2026-12-06T06:42:01.000042Z"), ZoneOffset.UTC);

    Message<ExecuteReply> dated = MessageDates.stamped(original, clock);

    assertThat(dated.getHeader().getTimestamp().getDateString()).isEqualTo("2026-12-06T06:42:01.000042Z");
    assertThat(dated.getHeader().getId()).isEqualTo("msg-1");
    assertThat(dated.getHeader().getSessionId()).isEqualTo("session-9");
    assertThat(dated.getHeader().getUsername()).isEqualTo("alice");
    assertThat(dated.getHeader().getType()).isSameAs(MessageType.EXECUTE_REPLY);
    assertThat(dated.getParentHeader().getTimestamp().getDateString()).isEqualTo("2026-12-06T06:41:00.5Z");
    assertThat(dated.getIdentities()).isSameAs(ids);
    assertThat(dated.getContent()).isSameAs(content);
    assertThat(dated.getMetadata()).containsEntry("m", 1);
  }
}
