package vn.motcua.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.events.ContactChannel;
import vn.motcua.support.time.VnTime;

/** Quiet hours, retry backoff and channel plans. */
class DeliveryRulesTest {
    final QuietHours quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0), VnTime.ZONE);

    @Test
    void quietHoursSpanMidnightAndEndAtSevenLocalTime() {
        assertThat(quiet.isQuiet(at("2025-06-05T20:59:59+07:00"))).isFalse();
        assertThat(quiet.isQuiet(at("2025-06-05T21:00:00+07:00"))).isTrue();
        assertThat(quiet.isQuiet(at("2025-06-06T06:59:00+07:00"))).isTrue();
        assertThat(quiet.isQuiet(at("2025-06-06T07:00:00+07:00"))).isFalse();
        assertThat(quiet.endOf(at("2025-06-05T22:30:00+07:00"))).isEqualTo(at("2025-06-06T07:00:00+07:00"));
        assertThat(quiet.endOf(at("2025-06-06T03:00:00+07:00"))).isEqualTo(at("2025-06-06T07:00:00+07:00"));
        assertThat(quiet.endOf(at("2025-06-06T12:00:00+07:00"))).isEqualTo(at("2025-06-06T12:00:00+07:00"));
    }

    @Test
    void backoffDoublesUpToItsCeiling() {
        RetryPolicy retry = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(2));
        assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(retry.delayAfter(4)).isEqualTo(Duration.ofMinutes(2));
        assertThat(retry.exhausted(2)).isFalse();
        assertThat(retry.exhausted(3)).isTrue();
    }

    @Test
    void planPutsThePreferredChannelFirstAndDropsWhatCannotReachTheRecipient() {
        List<String> order = List.of("PREFERRED", "EMAIL", "SMS", "ZALO");
        assertThat(ChannelPlan.of(order, ContactChannel.ZALO, true, true))
                .containsExactly(ContactChannel.ZALO, ContactChannel.EMAIL, ContactChannel.SMS);
        assertThat(ChannelPlan.of(order, ContactChannel.PAPER, false, true)).containsExactly(ContactChannel.SMS, ContactChannel.ZALO);
        assertThat(ChannelPlan.of(order, ContactChannel.SMS, true, false)).containsExactly(ContactChannel.EMAIL);
        assertThat(ChannelPlan.of(List.of("EMAIL"), null, false, false)).isEmpty();
    }

    static java.time.Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
