package vn.motcua.portalsync.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.motcua.portalsync.config.PortalConfig;
import vn.motcua.portalsync.domain.PortalAnswer;

/**
 * POSTs one change to the portal with the configured Authorization header and the change's stable key as
 * Idempotency-Key: 2xx acknowledged, 409 (the portal's "already received") a duplicate, which counts as delivered;
 * anything else, or no answer, a failure to retry.
 */
@ApplicationScoped
public class PortalClient {
    public static final String KEY_HEADER = "Idempotency-Key";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI url;
    private final String authorization;
    private final Duration timeout;

    public PortalClient(PortalConfig config) {
        this.url = URI.create(config.url().trim());
        this.authorization = config.authorization();
        this.timeout = config.timeout();
    }

    public PortalAnswer send(String key, String body) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", authorization)
                .header(KEY_HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 == 2) {
                return PortalAnswer.acknowledged();
            }
            if (status == 409) {
                return PortalAnswer.duplicate();
            }
            return PortalAnswer.failed("HTTP " + status + " from the portal: " + excerpt(response.body()));
        } catch (IOException e) {
            return PortalAnswer.failed("portal unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PortalAnswer.failed("interrupted");
        }
    }

    private static String excerpt(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body;
    }
}
