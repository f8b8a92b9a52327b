package vn.motcua.notification.application.delivery;

import vn.motcua.events.ContactChannel;
import vn.motcua.notification.domain.Notice;

/** One way of reaching a recipient. Implementations never throw: failures are results. */
public interface ChannelSender {

    ContactChannel channel();

    /** False when not configured: the fallback skips the channel. */
    boolean enabled();

    /** The recipient as logs and outcome events may show it. */
    String maskedRecipient(Notice notice);

    /** What is sent, for the delivery log. */
    String content(Notice notice);

    SendResult send(Notice notice);
}
