package vn.motcua.notification.application.delivery;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.events.ContactChannel;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.Notice;

/**
 * SMS through an HTTP gateway (brand-name SMS providers take a JSON POST with a bearer key):
 * {@code {"to", "text", "sender", "templateId"}}. Disabled while no URL is configured.
 */
@Singleton
public class SmsSender extends PhoneGatewaySender {

    public SmsSender(NotificationConfig config) {
        super(config.sms());
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.SMS;
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
        Map<String, String> headers = new java.util.HashMap<>();
        config.apiKey().ifPresent(key -> headers.putAll(Map.of("Authorization", "Bearer " + key)));
        // the same key on every attempt of this notice on this channel: a gateway that had accepted it keeps one
        headers.put("Idempotency-Key", notice.id + ":" + channel());
        return HttpGateway.post(config.url().orElseThrow(), headers, body, config.timeout(), response -> SendResult.sent());
    }
}
