package vn.motcua.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Issue 4's benchmark against a running stack: POST /api/v1/dossiers at increasing target rates (open loop: requests
 * leave at their scheduled instants whatever the answers do, and latency counts from that instant, so a saturated
 * service shows as latency rather than as a politely slower client), then the raw ceiling of the same database
 * (one dossier row + one outbox row per transaction).
 */
public final class ReceiptBenchmark {
    private ReceiptBenchmark() {
    }

    /** One step's figures. */
    record StepResult(int target, long sent, long ok, long errors, double achieved, double p50, double p95, double p99,
            double max) {
    }

    public static void main(String[] args) throws Exception {
        int[] rates = Arrays.stream(Settings.get("BENCH_RATES", "100,250,500,1000,1500,2000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int seconds = Settings.getInt("BENCH_STEP_SECONDS", 15);
        int maxInFlight = Settings.getInt("BENCH_MAX_IN_FLIGHT", 512);
        String intake = Settings.get("INTAKE_URL", "http://localhost:8081");
        Api api = new Api(maxInFlight);
        Auth auth = Auth.local();
        List<Map<String, Object>> bodies = bodies(Catalogue.load(api, auth, intake));
        System.out.printf("Receipt benchmark: %s/s, %d s per step, at most %d requests in flight, %d request shapes%n",
                Arrays.toString(rates), seconds, maxInFlight, bodies.size());
        step(api, auth, intake, bodies, 100, 5); // warm-up, not reported
        List<StepResult> results = new ArrayList<>();
        System.out.printf("%8s %8s %8s %7s %10s %8s %8s %8s %8s%n", "target/s", "sent", "ok", "errors", "achieved/s",
                "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (int rate : rates) {
            StepResult r = step(api, auth, intake, bodies, rate, seconds);
            results.add(r);
            System.out.printf("%8d %8d %8d %7d %10.0f %8.1f %8.1f %8.1f %8.1f%n", r.target(), r.sent(), r.ok(),
                    r.errors(), r.achieved(), r.p50(), r.p95(), r.p99(), r.max());
            Thread.sleep(3000);
        }
        if (!"false".equals(Settings.get("BENCH_DB", "true"))) {
            DbCeiling db = new DbCeiling(Settings.get("BENCH_DB_URL", "jdbc:postgresql://localhost:15432/intake"),
                    Settings.get("BENCH_DB_USER", "postgres"), Settings.get("BENCH_DB_PASSWORD", "postgres"));
            for (String threads : Settings.get("BENCH_DB_THREADS", "8,16").split(",")) {
                int n = Integer.parseInt(threads.trim());
                System.out.printf("Database ceiling (1 dossier row + 1 outbox row per transaction, %d connections, %d s):"
                        + " %.0f transactions/s%n", n, seconds, db.run(n, seconds));
            }
        }
    }

    /** Told of every answer of a step: its index in the step, when it came (System.nanoTime) and what it was. */
    interface Answers {
        Answers NONE = (index, finishedNanos, result) -> { };

        void answered(long index, long finishedNanos, Api.Result result);
    }

    static StepResult step(Api api, Auth auth, String intake, List<Map<String, Object>> bodies, int rate, int seconds)
            throws InterruptedException {
        return step(api, auth, intake, bodies, rate, seconds, Answers.NONE);
    }

    /** Sends {@code rate} receipts a second for {@code seconds}, each on its own virtual thread at its instant. */
    static StepResult step(Api api, Auth auth, String intake, List<Map<String, Object>> bodies, int rate, int seconds,
            Answers answers) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastDone = new AtomicLong();
        long total = (long) rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        Semaphore outstanding = new Semaphore(Integer.MAX_VALUE);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Map<String, Object> body = bodies.get((int) (i % bodies.size()));
            String token = auth.token("clerk", (String) body.get("receivingAgencyCode"));
            outstanding.acquireUninterruptibly();
            long index = i;
            Thread.ofVirtual().start(() -> {
                try {
                    Api.Result r = api.post(intake + "/api/v1/dossiers", token, body);
                    long finished = System.nanoTime();
                    latencies.add(finished - due);
                    lastDone.accumulateAndGet(finished, Math::max);
                    answers.answered(index, finished, r);
                    if (r.status() == 201) {
                        ok.incrementAndGet();
                    } else if (errors.incrementAndGet() <= 3) {
                        System.out.println("  error " + r.status() + ": " + r.body());
                    }
                } finally {
                    outstanding.release();
                }
            });
        }
        outstanding.acquireUninterruptibly(Integer.MAX_VALUE);
        double elapsed = (Math.max(lastDone.get(), start + total * intervalNanos) - start) / 1e9;
        return new StepResult(rate, total, ok.get(), errors.get(), ok.get() / elapsed, latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.percentileMillis(100));
    }

    /** Receipts now (no receivedAt) spread over the counters, as at opening hour in a province. */
    static List<Map<String, Object>> bodies(Catalogue catalogue) {
        SplittableRandom rnd = new SplittableRandom(4);
        List<String> counters = catalogue.agencies().values().stream()
                .filter(a -> "COMMUNE".equals(a.level()) || a.name().contains("Trung tâm Phục vụ"))
                .map(Catalogue.Agency::code).toList();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Catalogue.Procedure p = catalogue.procedures().get(rnd.nextInt(catalogue.procedures().size()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("procedureCode", p.code());
            body.put("receivingAgencyCode", counters.isEmpty() ? p.decidingAgencyCode()
                    : counters.get(rnd.nextInt(counters.size())));
            body.put("channel", rnd.nextDouble() < 0.7 ? "ONLINE" : "IN_PERSON");
            body.put("applicant", People.applicant(rnd, false));
            body.put("documents", p.documents());
            bodies.add(body);
        }
        return bodies;
    }
}
