package vn.motcua.notification.application.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.EventJson;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.Notice;
import vn.motcua.support.time.VnFormat;

/**
 * Zalo template messages (ZNS): POST {@code {"phone": "84…", "template_id", "template_data", "tracking_id"}}
 * with the {@code access_token} header; the answer's {@code error} is 0 on success. Disabled while no
 * URL is configured.
 */
@Singleton
public class ZaloSender extends PhoneGatewaySender {

    public ZaloSender(NotificationConfig config) {
        super(config.zalo());
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.ZALO;
    }

    @Override
    public String content(Notice notice) {
        return new String(EventJson.write(templateData(notice)), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public SendResult send(Notice notice) {
        if (notice.phone == null) {
            return SendResult.permanentFailure("no phone number");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", international(notice.phone));
        body.put("template_id", config.templateId().orElse(""));
        body.put("template_data", templateData(notice));
        body.put("tracking_id", notice.id.toString());
        Map<String, String> headers = new java.util.HashMap<>();
        config.apiKey().ifPresent(key -> headers.putAll(Map.of("access_token", key)));
        // the same key on every attempt of this notice on this channel: a gateway that had accepted it keeps one
        headers.put("Idempotency-Key", notice.id + ":" + channel());
        return HttpGateway.post(config.url().orElseThrow(), headers, body, config.timeout(), ZaloSender::answer);
    }

    private static Map<String, String> templateData(Notice notice) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("ma_ho_so", notice.dossierCode);
        data.put("loai_thong_bao", notice.kind.name());
        data.put("ngay_hen_moi", VnFormat.dateTime(notice.newDueAt));
        data.put("ly_do", notice.reason == null ? "" : notice.reason);
        return data;
    }

    /** Zalo answers 200 with {"error": n}; non-zero means the message was refused (e.g. no Zalo account). */
    private static SendResult answer(String body) {
        try {
            JsonNode error = EventJson.mapper().readTree(body).path("error");
            return error.isMissingNode() || error.asInt() == 0 ? SendResult.sent()
                    : SendResult.permanentFailure("Zalo error " + error.asInt());
        } catch (IOException e) {
            return SendResult.sent();
        }
    }

    /** 0912345678 → 84912345678, as ZNS expects. */
    static String international(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.startsWith("0") ? "84" + digits.substring(1) : digits;
    }
}
