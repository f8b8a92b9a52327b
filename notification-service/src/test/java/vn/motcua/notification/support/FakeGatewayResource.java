package vn.motcua.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server standing in for the SMS and Zalo gateways (JDK HttpServer on a free port).
 * Phones ending in 99 get 503 (a gateway outage); a wrong key gets 401. What it accepted is served
 * back on GET /sent, so tests in any class loader can read it.
 */
public final class FakeGatewayResource implements QuarkusTestResourceLifecycleManager {
    public static final String PORT_PROPERTY = "vn.motcua.notification.test.gateway.port";
    public static final String KEY = "test-gateway-key";

    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/sms", exchange -> receive(exchange, "Authorization", "Bearer " + KEY, "\"to\":\""));
        server.createContext("/zalo", exchange -> receive(exchange, "access_token", KEY, "\"phone\":\""));
        server.createContext("/sent", exchange -> respond(exchange, 200, "[" + String.join(",", accepted) + "]"));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        System.setProperty(PORT_PROPERTY, String.valueOf(server.getAddress().getPort()));
        return Map.of("motcua.notification.sms.url", base + "/sms",
                "motcua.notification.sms.api-key", KEY,
                "motcua.notification.zalo.url", base + "/zalo",
                "motcua.notification.zalo.api-key", KEY,
                "motcua.notification.zalo.template-id", "248079");
    }

    private void receive(HttpExchange exchange, String header, String expected, String phoneField) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!expected.equals(exchange.getRequestHeaders().getFirst(header))) {
            respond(exchange, 401, "{\"error\":-124}");
            return;
        }
        int at = body.indexOf(phoneField) + phoneField.length();
        String phone = body.substring(at, body.indexOf('"', at));
        if (phone.endsWith("99")) {
            respond(exchange, 503, "{\"error\":-1}");
            return;
        }
        accepted.add("{\"path\":\"" + exchange.getRequestURI().getPath() + "\",\"body\":" + body + "}");
        respond(exchange, 200, "{\"error\":0,\"message\":\"Success\"}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
