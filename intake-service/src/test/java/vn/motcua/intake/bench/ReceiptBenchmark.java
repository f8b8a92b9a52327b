package vn.motcua.intake.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load on POST /api/v1/dossiers of a running intake-service: for each target rate, requests are
 * started on a fixed schedule for a few seconds and latency is measured from the scheduled start (so a slow
 * server cannot hide its queue). Prints achieved throughput and p50/p99. JDK only, so it runs as a source file:
 *
 * <pre>
 * TOKEN=$(deploy/local/token.sh admin 000.00.00.H56) \
 *   java intake-service/src/test/java/vn/motcua/intake/bench/ReceiptBenchmark.java http://localhost:8081 100,250,500,1000,1500 10
 * </pre>
 * Arguments: base URL, comma-separated rates per second, seconds per rate. TOKEN must carry the admin role.
 */
public final class ReceiptBenchmark {
    /** HTTP/1.1: over h2c the JDK client multiplexes on one connection and fails past its stream limit. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    private ReceiptBenchmark(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8081";
        String rates = args.length > 1 ? args[1] : "100,250,500,1000,1500";
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String token = System.getenv("TOKEN");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("set TOKEN to an admin token (deploy/local/token.sh admin 000.00.00.H56)");
        }
        ReceiptBenchmark bench = new ReceiptBenchmark(base, token);
        System.out.printf("%8s %10s %8s %8s %9s %9s%n", "target/s", "achieved/s", "ok", "errors", "p50 ms", "p99 ms");
        for (String rate : rates.split(",")) {
            String agency = bench.freshAgencyAndProcedure();
            bench.run(Integer.parseInt(rate.trim()), seconds, agency);
        }
    }

    private void run(int rate, int seconds, String agency) {
        String body = dossier(procedureOf(agency), agency);
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(http.sendAsync(post("/api/v1/dossiers", body), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        if (failure != null || response.statusCode() != 201) {
                            if (errors.incrementAndGet() == 1) {
                                System.err.println("first error: " + (failure != null ? failure : "HTTP " + response.statusCode()));
                            }
                        } else {
                            latencies.add(System.nanoTime() - scheduled);
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%8d %10.0f %8d %8d %9.1f %9.1f%n", rate, sorted.size() / elapsed, sorted.size(), errors.get(),
                percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    /** A new agency (so each run's codes start at -0001) and a procedure decided by it. */
    private String freshAgencyAndProcedure() throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String agency = String.format("%03d.%02d.%02d.B%02d", r.nextInt(1000), r.nextInt(100), r.nextInt(100), r.nextInt(100));
        send("/api/v1/agencies", """
                {"code": "%s", "name": "Bench %s", "level": "PROVINCE", "parentCode": null, "calendarId": "vn-national"}
                """.formatted(agency, agency));
        String procedure = procedureOf(agency);
        send("/api/v1/procedures", """
                {"code": "%s", "name": "Bench", "fieldCode": "B", "fieldName": "Bench", "decidingAgencyCode": "%s",
                 "processingTime": {"amount": 5, "unit": "WORKING_DAYS"}, "requiredDocuments": [],
                 "effectiveFrom": "2025-01-01T00:00:00+07:00"}
                """.formatted(procedure, agency));
        return agency;
    }

    /** A procedure code of shape N.NNNNNN derived from the agency's digits, unique per fresh agency. */
    private static String procedureOf(String agency) {
        return "9." + agency.substring(0, 3) + agency.substring(4, 6) + agency.charAt(7);
    }

    private void send(String path, String json) throws Exception {
        HttpResponse<String> response = http.send(post(path, json), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String dossier(String procedure, String agency) {
        return """
                {"procedureCode": "%s", "receivingAgencyCode": "%s", "channel": "IN_PERSON",
                 "applicant": {"fullName": "Nguyễn Văn An", "idNumber": "079190012345", "phone": "0912345678",
                  "email": "an.nguyen@example.vn", "address": "Phường Đồng Xoài, tỉnh Đồng Nai"},
                 "documents": [{"name": "Tờ khai", "original": true, "quantity": 1}]}
                """.formatted(procedure, agency);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
