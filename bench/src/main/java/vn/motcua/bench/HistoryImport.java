package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.bench.DossierPlan.Step;

/**
 * Loads closed history through the batch endpoints, wave by wave: the wave's receipts in imports (POST
 * /api/v1/dossiers/imports, announced as migrated), then its actions in rounds (POST /api/v1/dossiers/transitions):
 * every dossier's first action, then every second one, and so on, so that each dossier's events stay in order.
 * A batch is all or nothing: one naming an unknown dossier (its receipt not consumed by processing yet) is sent
 * again after a backoff; one refusing an item drops that dossier (an error) and is sent again without it.
 */
final class HistoryImport {
    private static final Duration CONSUMER_WAIT = Duration.ofMinutes(10);
    private static final Pattern ITEM = Pattern.compile("^transitions\\[(\\d+)]");

    private final Api api;
    private final Timings timings;
    private final Progress progress;
    private final String intake;
    private final String processing;
    private final String migration;
    private final String officer;
    private final int importSize;
    private final int transitionBatch;

    HistoryImport(Api api, Timings timings, Progress progress, String intake, String processing, String migration,
            String officer, int importSize, int transitionBatch) {
        this.api = api;
        this.timings = timings;
        this.progress = progress;
        this.intake = intake;
        this.processing = processing;
        this.migration = migration;
        this.officer = officer;
        this.importSize = importSize;
        this.transitionBatch = transitionBatch;
    }

    /** A dossier of a wave: its plan and, once imported, its code. */
    private static final class Loaded {
        final DossierPlan plan;
        String code;
        boolean failed;

        Loaded(DossierPlan plan) {
            this.plan = plan;
        }
    }

    /**
     * Loads {@code count} dossiers planned by {@code plans} (called in order, on this thread: the next wave is planned
     * while the earlier ones load) in waves of {@code waveSize}, {@code wavesInFlight} at a time; returns when all are done.
     */
    void load(int count, Supplier<DossierPlan> plans, int waveSize, int wavesInFlight, String run) {
        Semaphore waves = new Semaphore(wavesInFlight);
        for (int from = 0, wave = 0; from < count; from += waveSize, wave++) {
            List<Loaded> loaded = new ArrayList<>(waveSize);
            for (int i = from; i < Math.min(count, from + waveSize); i++) {
                loaded.add(new Loaded(plans.get()));
            }
            String key = run + "-" + wave;
            waves.acquireUninterruptibly();
            Thread.ofVirtual().start(() -> {
                try {
                    wave(loaded, key);
                } finally {
                    waves.release();
                }
            });
        }
        waves.acquireUninterruptibly(wavesInFlight);
    }

    private void wave(List<Loaded> dossiers, String key) {
        List<Thread> imports = new ArrayList<>();
        for (int from = 0, n = 0; from < dossiers.size(); from += importSize, n++) {
            List<Loaded> chunk = dossiers.subList(from, Math.min(dossiers.size(), from + importSize));
            String idempotencyKey = "demo-import-" + key + "-" + n;
            imports.add(Thread.ofVirtual().start(() -> importChunk(chunk, idempotencyKey)));
        }
        imports.forEach(HistoryImport::join);
        int rounds = dossiers.stream().mapToInt(d -> d.plan.steps().size()).max().orElse(0);
        for (int round = 0; round < rounds; round++) {
            int r = round;
            List<Loaded> acting = dossiers.stream().filter(d -> !d.failed && d.plan.steps().size() > r).toList();
            List<Thread> batches = new ArrayList<>();
            for (int from = 0; from < acting.size(); from += transitionBatch) {
                List<Loaded> chunk = acting.subList(from, Math.min(acting.size(), from + transitionBatch));
                batches.add(Thread.ofVirtual().start(() -> transitions(chunk, r)));
            }
            batches.forEach(HistoryImport::join);
        }
        dossiers.stream().filter(d -> !d.failed).forEach(d -> progress.done.incrementAndGet());
    }

    private void importChunk(List<Loaded> chunk, String idempotencyKey) {
        List<Map<String, Object>> receipts = chunk.stream().map(d -> {
            Map<String, Object> body = new LinkedHashMap<>(d.plan.receipt());
            body.put("receivedAt", Planner.offset(d.plan.receivedAt()));
            return body;
        }).toList();
        Api.Result r = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            r = timings.timed("import", api.post(intake + "/api/v1/dossiers/imports", migration, Map.of("dossiers", receipts),
                    idempotencyKey));
            if (r.status() != 0 && r.status() < 500) {
                break;
            }
            DemoHistory.sleep(1000L << attempt);
        }
        if (!r.ok()) {
            progress.error("import of " + chunk.size(), r);
            chunk.forEach(d -> fail(d, false));
            return;
        }
        progress.applied.addAndGet(chunk.size());
        JsonNode codes = r.json().path("dossiers");
        for (int i = 0; i < chunk.size(); i++) {
            chunk.get(i).code = codes.get(i).path("dossierCode").asText();
        }
    }

    /** Step {@code round} of each dossier in one batch, until it is applied or every dossier in it has failed. */
    private void transitions(List<Loaded> chunk, int round) {
        List<Loaded> pending = new ArrayList<>(chunk);
        long deadline = System.nanoTime() + CONSUMER_WAIT.toNanos();
        long wait = 500;
        while (!pending.isEmpty()) {
            List<Map<String, Object>> items = pending.stream().map(d -> item(d, d.plan.steps().get(round))).toList();
            Api.Result r = api.post(processing + "/api/v1/dossiers/transitions", officer, Map.of("transitions", items));
            if (r.ok()) {
                timings.timed("transitions", r);
                progress.applied.addAndGet(pending.size());
                return;
            }
            int item = failedItem(r);
            boolean unconsumed = r.status() == 422 && item >= 0 && field(r).endsWith(".dossierCode");
            if (unconsumed && System.nanoTime() < deadline) {
                timings.timed("(422: not consumed yet)", r);
                DemoHistory.sleep(wait);
                wait = Math.min(wait * 2, 8000);
            } else if (item >= 0) {
                timings.timed("(refused item)", r);
                Loaded d = pending.remove(item);
                progress.error(d.plan.steps().get(round).action() + " " + d.code, r);
                fail(d, true);
            } else {
                timings.timed("(failed batch)", r);
                progress.error("transitions batch of " + pending.size(), r);
                pending.forEach(d -> fail(d, false));
                return;
            }
        }
    }

    private void fail(Loaded d, boolean counted) {
        d.failed = true;
        if (!counted) {
            progress.errors.incrementAndGet();
        }
        progress.done.incrementAndGet();
    }

    private static Map<String, Object> item(Loaded d, Step step) {
        return Map.of("dossierCode", d.code, "action", step.action(), "body", step.body());
    }

    private static String field(Api.Result r) {
        return r.json().path("errors").path(0).path("field").asText("");
    }

    /** The index of the item a problem names ({@code transitions[17]…}), or -1. */
    private static int failedItem(Api.Result r) {
        if (r.status() < 400 || r.status() >= 500) {
            return -1;
        }
        try {
            Matcher m = ITEM.matcher(field(r));
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
