package vn.motcua.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.events.ContactChannel;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.Notice;
import vn.motcua.support.privacy.Mask;

/**
 * SMS through an HTTP gateway (brand-name SMS providers take a JSON POST with a bearer key):
 * {@code {"to", "text", "sender", "templateId"}}. Disabled while no URL is configured.
 */
@ApplicationScoped
public class SmsSender implements ChannelSender {
    private final NotificationConfig.Gateway config;

    public SmsSender(NotificationConfig config) {
        this.config = config.sms();
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.SMS;
    }

    @Override
    public boolean enabled() {
        return config.url().isPresent();
    }

    @Override
    public String maskedRecipient(Notice notice) {
        return Mask.phone(notice.phone);
    }

    @Override
    public String content(Notice notice) {
        return notice.smsText;
    }

    @Override
    public SendResult send(Notice notice) {
        if (notice.phone == null || notice.smsText == null) {
            return SendResult.permanentFailure("no phone number or no SMS text");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", notice.phone);
        body.put("text", notice.smsText);
        body.put("sender", config.sender());
        config.templateId().ifPresent(id -> body.put("templateId", id));
        Map<String, String> headers = config.apiKey().map(key -> Map.of("Authorization", "Bearer " + key)).orElse(Map.of());
        return HttpGateway.post(config.url().orElseThrow(), headers, body, config.timeout(), response -> SendResult.sent());
    }
}
