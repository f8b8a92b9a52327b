package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import vn.motcua.bench.DossierPlan.Step;

/**
 * Generates the demo province's history through the real services: DEMO_DOSSIERS dossiers (default 100,000) received
 * over the last DEMO_MONTHS months (default 12) with backdated receivedAt, processed with backdated occurredAt, loaded
 * through the batch endpoints as imported history ({@link HistoryImport}); plus DEMO_OPEN dossiers still open now (some
 * overdue) received and processed live, one request each; then prints sla-service's statistics by agency.
 * intake must accept receipts that old: MOTCUA_INTAKE_RECEIVED_AT_WINDOW=P400D.
 */
public final class DemoHistory {
    /** How long processing-service may take to consume a DossierReceived before the dossier counts as failed. */
    private static final Duration CONSUMER_WAIT = Duration.ofMinutes(10);

    private final Api api;
    private final Auth auth;
    private final String intake;
    private final String processing;
    private final Progress progress;
    private final Timings timings;

    private DemoHistory(Api api, Auth auth, String intake, String processing, Progress progress, Timings timings) {
        this.api = api;
        this.auth = auth;
        this.intake = intake;
        this.processing = processing;
        this.progress = progress;
        this.timings = timings;
    }

    public static void main(String[] args) throws Exception {
        int dossiers = Settings.getInt("DEMO_DOSSIERS", 100_000);
        int months = Settings.getInt("DEMO_MONTHS", 12);
        int open = Settings.getInt("DEMO_OPEN", Math.min(400, dossiers / 100));
        int concurrency = Settings.getInt("DEMO_CONCURRENCY", 24);
        // more dossiers in flight than the consumers keep up with only lengthen their lag (receipts waiting to be consumed)
        int inFlight = Settings.getInt("DEMO_IN_FLIGHT", 800);
        int waveSize = Settings.getInt("DEMO_WAVE", 5000);
        int wavesInFlight = Settings.getInt("DEMO_WAVES_IN_FLIGHT", 2);
        int importSize = Settings.getInt("DEMO_IMPORT_SIZE", 500);
        int transitionBatch = Settings.getInt("DEMO_TRANSITION_BATCH", 1000);
        int batchConcurrency = Settings.getInt("DEMO_BATCH_CONCURRENCY", 3);
        long seed = Long.parseLong(Settings.get("DEMO_SEED", "20251122"));
        String intake = Settings.get("INTAKE_URL", "http://localhost:8081");
        String processing = Settings.get("PROCESSING_URL", "http://localhost:8082");
        String sla = Settings.get("SLA_URL", "http://localhost:8083");
        if (dossiers <= 0) {
            System.out.println("DEMO_DOSSIERS=0: no demo history");
            return;
        }
        Instant now = Instant.now();
        Instant from = now.atZone(Planner.ZONE).minusMonths(months).toInstant();
        Api api = new Api(concurrency);
        Auth auth = Auth.local();
        Catalogue catalogue = Catalogue.load(api, auth, intake);
        System.out.printf("Demo history: %,d dossiers received since %s (imported in waves of %,d: imports of %d, then"
                        + " transitions in batches of %d) and %,d open now (received live); %d agencies, %d procedures%n",
                dossiers, from.atZone(Planner.ZONE).toLocalDate(), waveSize, importSize, transitionBatch, open,
                catalogue.agencies().size(), catalogue.procedures().size());
        Planner planner = new Planner(catalogue, from, now);
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Long> mix = new LinkedHashMap<>();
        int total = dossiers + open;
        Progress progress = new Progress(total);
        Timings timings = new Timings(progress);
        String run = Long.toString(now.toEpochMilli(), 36);
        progress.start(5000);
        // planned wave by wave while the earlier waves load
        new HistoryImport(new Api(batchConcurrency), timings, progress, intake, processing,
                auth.token("migration", catalogue.root()), auth.token("leader", catalogue.root()), importSize, transitionBatch)
                .load(dossiers, () -> count(mix, planner.history(rnd), now), waveSize, wavesInFlight, run);
        List<DossierPlan> live = new ArrayList<>(open);
        for (int i = 0; i < open; i++) {
            live.add(count(mix, planner.open(rnd, 25), now));
        }
        DemoHistory load = new DemoHistory(api, auth, intake, processing, progress, timings);
        Semaphore slots = new Semaphore(inFlight);
        for (int i = 0; i < live.size(); i++) {
            DossierPlan plan = live.get(i);
            String key = run + "-" + i;
            slots.acquireUninterruptibly();
            Thread.ofVirtual().start(() -> {
                try {
                    load.run(plan, key);
                } finally {
                    progress.done.incrementAndGet();
                    slots.release();
                }
            });
        }
        slots.acquireUninterruptibly(inFlight);
        progress.stop();
        double seconds = progress.seconds();
        System.out.printf("%nLoaded %,d dossiers in %s (%.0f dossiers/s, %.0f requests/s, %,d requests), %d errors%n",
                total, Progress.clock((long) seconds), total / seconds, progress.requests.get() / seconds,
                progress.requests.get(), progress.errors.get());
        System.out.println("Planned mix: " + mix);
        timings.print();
        LocalDate today = LocalDate.ofInstant(Instant.now(), Planner.ZONE);
        long settling = System.nanoTime();
        JsonNode stats = StatsTable.awaitSettled(api, auth, sla, catalogue.root(), today.minusMonths(12), today, 900);
        System.out.printf("sla-service settled %.0f s after the load%n", (System.nanoTime() - settling) / 1e9);
        if (stats != null) {
            StatsTable.print(stats);
        }
        System.exit(progress.errors.get() > total / 100 ? 1 : 0);
    }

    private static DossierPlan count(Map<String, Long> mix, DossierPlan plan, Instant now) {
        mix.merge(plan.channel().toLowerCase(), 1L, Long::sum);
        mix.merge(plan.ending().name().toLowerCase(), 1L, Long::sum);
        if (plan.outcome() != null) {
            mix.merge(plan.outcome().name().toLowerCase(), 1L, Long::sum);
        }
        if (plan.overdueAt(now)) {
            mix.merge("overdue_now", 1L, Long::sum);
        }
        for (Step s : plan.steps()) {
            if (s.action().equals("supplement-requests") || s.action().equals("fee-requests")
                    || s.action().equals("reschedule")) {
                mix.merge(s.action(), 1L, Long::sum);
            }
        }
        return plan;
    }

    /** Receipt, then the actions in order; a failed step ends this dossier's run (the next ones would fail too). */
    private void run(DossierPlan plan, String key) {
        Map<String, Object> body = new LinkedHashMap<>(plan.receipt());
        body.put("receivedAt", Planner.offset(plan.receivedAt()));
        String clerk = auth.token("clerk", plan.receivingAgencyCode());
        Api.Result receipt = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            receipt = timings.timed("receipt", api.post(intake + "/api/v1/dossiers", clerk, body, "demo-" + key));
            if (receipt.status() != 0 && receipt.status() < 500) {
                break;
            }
            sleep(500L << attempt);
        }
        if (!receipt.ok()) {
            progress.error("receipt " + plan.procedure().code() + " at " + plan.receivingAgencyCode(), receipt);
            return;
        }
        String code = receipt.json().path("dossierCode").asText();
        // weeks of history recorded now: beyond the backdating window, which only a leader may record
        String officer = auth.token("leader", plan.procedure().decidingAgencyCode());
        boolean first = true;
        for (Step step : plan.steps()) {
            Api.Result r = first ? firstAction(code, step, officer) : act(code, step, officer);
            first = false;
            if (!r.ok()) {
                progress.error(step.action() + " " + code, r);
                return;
            }
        }
    }

    /**
     * The first action waits for processing-service to have consumed the DossierReceived event (404 until then). The
     * waits double (0.5 s up to 8 s): thousands of dossiers polling every few hundred milliseconds while the consumer
     * lags would take its CPU.
     */
    private Api.Result firstAction(String code, Step step, String token) {
        long deadline = System.nanoTime() + CONSUMER_WAIT.toNanos();
        long wait = 500;
        while (true) {
            sleep(wait);
            Api.Result r = act(code, step, token);
            if (r.status() != 404 || System.nanoTime() > deadline) {
                return r;
            }
            wait = Math.min(wait * 2, 8000);
        }
    }

    /** A 404 (the receipt not consumed yet) is counted apart, so that the actions' latencies are the actions'. */
    private Api.Result act(String code, Step step, String token) {
        Api.Result r = api.post(processing + "/api/v1/dossiers/" + code + "/" + step.action(), token, step.body());
        return timings.timed(r.status() == 404 ? "(404: not consumed yet)" : step.action(), r);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
