package vn.motcua.notification.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.events.EventJson;

/** Reads what the fake gateway accepted, over HTTP. */
public final class FakeGateway {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private FakeGateway() {
    }

    /** Bodies the gateway accepted on {@code path} ("/sms" or "/zalo") whose text mentions {@code needle}. */
    public static List<JsonNode> accepted(String path, String needle) {
        String port = System.getProperty(FakeGatewayResource.PORT_PROPERTY);
        try {
            String json = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sent")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            List<JsonNode> hits = new ArrayList<>();
            for (JsonNode entry : EventJson.mapper().readTree(json)) {
                if (path.equals(entry.path("path").asText()) && entry.path("body").toString().contains(needle)) {
                    hits.add(entry.path("body"));
                }
            }
            return hits;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
