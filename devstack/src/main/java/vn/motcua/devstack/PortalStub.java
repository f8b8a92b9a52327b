package vn.motcua.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * A stand-in for the National Public Service Portal's dossier-sync endpoint (the real one is not reachable from
 * development or CI): POST {@code /dossiers} checks the Authorization header and the body's shape (envelope, required
 * fields, dates yyyyMMddHHmmss, TrangThaiHoSo 1–10), records what it accepted and answers 200, 409 for a key it
 * already accepted (the portal's duplicate answer), 400 naming every broken rule, 401 without the credentials. It can
 * be taken {@link #down()} (503 to everything) and brought {@link #up()} again. GET {@code /dossiers} lists what was
 * accepted (with the counts of duplicates and refusals), POST {@code /outage?down=true|false} switches it, both for
 * tests in another class loader or process (a Quarkus test, e2e, the local run).
 */
public final class PortalStub implements AutoCloseable {
    public static final String KEY_HEADER = "Idempotency-Key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final List<String> REQUIRED = List.of("MaHoSo", "MaTTHC", "NgayTiepNhan", "NgayHenTra",
            "TrangThaiHoSo", "DonViXuLy", "HinhThuc", "DanhSachHoSoBoSung", "QuaTrinhXuLy");

    /** One accepted change: its key, the dossier record (data[0]) and when it arrived. */
    public record Received(String key, JsonNode dossier, boolean updating, Instant at) {
        public String dossierCode() {
            return dossier.path("MaHoSo").asText();
        }

        public int status() {
            return dossier.path("TrangThaiHoSo").asInt();
        }
    }

    private final HttpServer server;
    private final String authorization;
    private final List<Received> received = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private int duplicates;
    private int refusedWhileDown;
    private volatile boolean down;

    private PortalStub(HttpServer server, String authorization) {
        this.server = server;
        this.authorization = authorization;
    }

    /** Starts on {@code port} (0: a free one), expecting {@code authorization} as the whole Authorization header. */
    public static PortalStub start(int port, String authorization) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            PortalStub stub = new PortalStub(server, authorization);
            server.createContext("/dossiers", stub::dossiers);
            server.createContext("/outage", stub::outage);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the portal stub on port " + port, e);
        }
    }

    /** The URL the service POSTs to. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/dossiers";
    }

    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized List<Received> receivedFor(String dossierCode) {
        return received.stream().filter(r -> r.dossierCode().equals(dossierCode)).toList();
    }

    /** Why each refused request was refused (400/401). */
    public synchronized List<String> rejected() {
        return List.copyOf(rejected);
    }

    public synchronized int duplicates() {
        return duplicates;
    }

    public synchronized int refusedWhileDown() {
        return refusedWhileDown;
    }

    private void dossiers(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("GET".equals(exchange.getRequestMethod())) {
                answer(exchange, 200, JSON.writeValueAsString(Map.of("received", received().stream()
                        .map(r -> Map.of("key", r.key(), "updating", r.updating(), "at", r.at().toString(),
                                "dossier", r.dossier())).toList(),
                        "duplicates", duplicates(), "refusedWhileDown", refusedWhileDown(), "rejected", rejected())));
                return;
            }
            byte[] body = readAll(exchange.getRequestBody());
            if (down) {
                synchronized (this) {
                    refusedWhileDown++;
                }
                answer(exchange, 503, "{\"error_code\":503,\"message\":\"Hệ thống đang bảo trì\"}");
                return;
            }
            if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refuse(exchange, 401, List.of("Authorization: missing or wrong credentials"));
                return;
            }
            String key = exchange.getRequestHeaders().getFirst(KEY_HEADER);
            JsonNode envelope;
            try {
                envelope = JSON.readTree(body);
            } catch (IOException e) {
                refuse(exchange, 400, List.of("body: not JSON"));
                return;
            }
            List<String> problems = problems(key, envelope);
            if (!problems.isEmpty()) {
                refuse(exchange, 400, problems);
                return;
            }
            synchronized (this) {
                if (!keys.add(key)) {
                    duplicates++;
                    answer(exchange, 409, "{\"error_code\":409,\"message\":\"Hồ sơ đã được đồng bộ\"}");
                    return;
                }
                received.add(new Received(key, envelope.path("data").get(0), envelope.path("isUpdating").asBoolean(),
                        Instant.now()));
            }
            answer(exchange, 200, "{\"error_code\":0,\"message\":\"Thành công\"}");
        }
    }

    private void outage(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getQuery();
            down = query != null && query.contains("down=true");
            answer(exchange, 200, "{\"down\":" + down + "}");
        }
    }

    /** Every rule the request breaks. */
    public static List<String> problems(String key, JsonNode envelope) {
        List<String> problems = new ArrayList<>();
        if (key == null || key.isBlank()) {
            problems.add(KEY_HEADER + ": required");
        }
        if (!"DongBoHoSoMC".equals(envelope.path("service").asText())) {
            problems.add("service: must be DongBoHoSoMC");
        }
        if (envelope.path("madonvi").asText().isBlank()) {
            problems.add("madonvi: required");
        }
        JsonNode data = envelope.path("data");
        if (!data.isArray() || data.size() != 1) {
            problems.add("data: one dossier record");
            return problems;
        }
        JsonNode d = data.get(0);
        for (String field : REQUIRED) {
            if (d.path(field).isMissingNode() || d.path(field).isNull() || d.path(field).asText().isEmpty() && !d.path(field).isArray()) {
                problems.add(field + ": required");
            }
        }
        date(problems, "NgayTiepNhan", d.path("NgayTiepNhan"), true);
        date(problems, "NgayHenTra", d.path("NgayHenTra"), true);
        date(problems, "NgayKetThucXuLy", d.path("NgayKetThucXuLy"), false);
        date(problems, "NgayTra", d.path("NgayTra"), false);
        int status = d.path("TrangThaiHoSo").asInt(-1);
        if (!d.path("TrangThaiHoSo").isInt() || status < 1 || status > 10) {
            problems.add("TrangThaiHoSo: a national status code 1-10, not " + d.path("TrangThaiHoSo"));
        }
        int i = 0;
        for (JsonNode step : d.path("QuaTrinhXuLy")) {
            String at = "QuaTrinhXuLy[" + i++ + "].";
            if (step.path("NguoiXuLy").asText().isBlank()) {
                problems.add(at + "NguoiXuLy: required");
            }
            if (step.path("NoiDungXuLy").asText().isBlank()) {
                problems.add(at + "NoiDungXuLy: required");
            }
            date(problems, at + "ThoiDiemXuLy", step.path("ThoiDiemXuLy"), true);
        }
        i = 0;
        for (JsonNode supplement : d.path("DanhSachHoSoBoSung")) {
            String at = "DanhSachHoSoBoSung[" + i++ + "].";
            date(problems, at + "NgayBoSung", supplement.path("NgayBoSung"), true);
            date(problems, at + "NgayHenTraTruoc", supplement.path("NgayHenTraTruoc"), true);
            date(problems, at + "NgayHenTraMoi", supplement.path("NgayHenTraMoi"), false);
            date(problems, at + "NgayTiepNhanBoSung", supplement.path("NgayTiepNhanBoSung"), false);
        }
        return problems;
    }

    private static void date(List<String> problems, String field, JsonNode value, boolean required) {
        String text = value.asText("");
        if (text.isEmpty()) {
            if (required) {
                problems.add(field + ": required");
            }
            return;
        }
        try {
            LocalDateTime.parse(text, DATE);
        } catch (DateTimeParseException e) {
            problems.add(field + ": a date yyyyMMddHHmmss, not " + text);
        }
    }

    private void refuse(HttpExchange exchange, int status, List<String> problems) throws IOException {
        synchronized (this) {
            rejected.addAll(problems);
        }
        answer(exchange, status, JSON.writeValueAsString(Map.of("error_code", status, "message", problems)));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
