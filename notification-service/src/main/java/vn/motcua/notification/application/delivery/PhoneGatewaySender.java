package vn.motcua.notification.application.delivery;

import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.Notice;
import vn.motcua.support.privacy.Mask;

/** What the SMS and Zalo senders (singletons: this base has no no-args constructor for a proxy) share: a configured HTTP gateway (disabled without URL) reaching a phone number. */
abstract class PhoneGatewaySender implements ChannelSender {
    protected final NotificationConfig.Gateway config;

    protected PhoneGatewaySender(NotificationConfig.Gateway config) {
        this.config = config;
    }

    @Override
    public boolean enabled() {
        return config.url().isPresent();
    }

    @Override
    public String maskedRecipient(Notice notice) {
        return Mask.phone(notice.phone);
    }
}
