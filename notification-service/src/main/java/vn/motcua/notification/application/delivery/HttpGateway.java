package vn.motcua.notification.application.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import vn.motcua.events.EventJson;

/** JSON POST to a messaging gateway; 2xx sent, 429/5xx and I/O errors transient, other statuses permanent. */
final class HttpGateway {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpGateway() {
    }

    /** Posts {@code body} as JSON; on 2xx returns the response body through {@code onSuccess}. */
    static SendResult post(URI url, Map<String, String> headers, Object body, Duration timeout,
            java.util.function.Function<String, SendResult> onSuccess) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(EventJson.write(body)));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 == 2) {
                return onSuccess.apply(response.body());
            }
            String error = "HTTP " + status + " from gateway";
            return status == 429 || status >= 500 ? SendResult.transientFailure(error) : SendResult.permanentFailure(error);
        } catch (IOException e) {
            return SendResult.transientFailure("gateway unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.transientFailure("interrupted");
        }
    }
}
