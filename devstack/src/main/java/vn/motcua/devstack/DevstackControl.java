package vn.motcua.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Faults on request, for deploy/local/faults.sh: {@code POST /postgres/restart}, {@code POST /kafka/stop},
 * {@code POST /kafka/start} on loopback only ({@code DEVSTACK_CONTROL_PORT}, default 19099). A local stack only:
 * nothing here exists in a deployment.
 */
final class DevstackControl implements AutoCloseable {
    static final String PORT_ENV = "DEVSTACK_CONTROL_PORT";
    static final int DEFAULT_PORT = 19099;

    private final HttpServer server;

    private DevstackControl(HttpServer server) {
        this.server = server;
    }

    static DevstackControl start(Devstack devstack, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            Map<String, Runnable> actions = Map.of(
                    "/postgres/restart", () -> devstack.postgres().orElseThrow().restart(),
                    "/kafka/stop", () -> devstack.kafka().orElseThrow().stop(),
                    "/kafka/start", () -> devstack.kafka().orElseThrow().startAgain());
            server.createContext("/", exchange -> handle(exchange, actions));
            server.start();
            return new DevstackControl(server);
        } catch (IOException e) {
            throw new UncheckedIOException("devstack control port " + port + " (" + PORT_ENV + ")", e);
        }
    }

    private static void handle(HttpExchange exchange, Map<String, Runnable> actions) throws IOException {
        Runnable action = actions.get(exchange.getRequestURI().getPath());
        int status;
        String body;
        if (action == null || !"POST".equals(exchange.getRequestMethod())) {
            status = 404;
            body = "POST one of " + actions.keySet() + "\n";
        } else {
            try {
                action.run();
                status = 200;
                body = "done\n";
            } catch (RuntimeException e) {
                status = 500;
                body = e + "\n";
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
