package vn.motcua.notification.api;

import java.time.OffsetDateTime;
import vn.motcua.events.ContactChannel;
import vn.motcua.notification.domain.AttemptResult;
import vn.motcua.notification.domain.DeliveryAttempt;
import vn.motcua.support.time.VnTime;

/** One line of the delivery log. */
public record DeliveryView(int attempt, ContactChannel channel, OffsetDateTime at, AttemptResult result,
        String recipientMasked, String error, String content) {

    static DeliveryView of(DeliveryAttempt a) {
        return new DeliveryView(a.attemptNo, a.channel, VnTime.of(a.attemptedAt), a.result, a.recipientMasked, a.error,
                a.content);
    }
}
