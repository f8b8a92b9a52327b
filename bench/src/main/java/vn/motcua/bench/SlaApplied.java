package vn.motcua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End to end, receipt → applied by sla-service: a sample of the receipts (every n-th answer of a step) is looked up
 * in sla's REST deadline view ({@code GET /api/v1/deadlines/{code}}, 404 until sla has consumed the receipt) until it
 * answers 200. The time counts from intake's 201; each code is asked again after a tenth of its wait so far (at
 * least 50 ms, at most 1 s apart), so a figure is at most ~10% + 50 ms late while the polling stays a few requests a
 * second.
 */
final class SlaApplied implements ReceiptBenchmark.Answers {
    private static final long MIN_GAP = 50_000_000L;
    private static final long MAX_GAP = 1_000_000_000L;

    private final Api api;
    private final String slaUrl;
    private final String token;
    private final long every;
    private final ConcurrentLinkedQueue<Pending> incoming = new ConcurrentLinkedQueue<>();
    private final Latencies latencies = new Latencies();
    private final AtomicLong sampled = new AtomicLong();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Thread poller;
    private volatile long lastAppliedNanos;

    private record Pending(String code, long receivedNanos, long[] nextPoll) {
    }

    /** Samples one answer in {@code every} (at least 1). */
    SlaApplied(Api api, String slaUrl, String token, long every) {
        this.api = api;
        this.slaUrl = slaUrl;
        this.token = token;
        this.every = Math.max(1, every);
        this.poller = Thread.ofPlatform().name("sla-applied").daemon().start(this::poll);
    }

    @Override
    public void answered(long index, long finishedNanos, Api.Result result) {
        if (index % every == 0 && result.status() == 201) {
            sampled.incrementAndGet();
            incoming.add(new Pending(result.json().path("dossierCode").asText(), finishedNanos,
                    new long[] {finishedNanos + MIN_GAP}));
        }
    }

    /** Waits until every sampled code is applied (or {@code timeoutSeconds} pass) and returns the figures. */
    Latencies finish(int timeoutSeconds) throws InterruptedException {
        stopping.set(true);
        poller.join(timeoutSeconds * 1000L);
        poller.interrupt();
        return latencies;
    }

    /** The figures so far (all of them once {@link #finish} returned). */
    Latencies finishedLatencies() {
        return latencies;
    }

    long sampled() {
        return sampled.get();
    }

    long applied() {
        return latencies.count();
    }

    /** When the last sampled receipt was seen applied (System.nanoTime), 0 if none. */
    long lastAppliedNanos() {
        return lastAppliedNanos;
    }

    private void poll() {
        List<Pending> pending = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            for (Pending p; (p = incoming.poll()) != null; ) {
                pending.add(p);
            }
            if (pending.isEmpty() && stopping.get()) {
                return;
            }
            long now = System.nanoTime();
            pending.removeIf(p -> p.nextPoll()[0] <= now && applied(p));
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean applied(Pending p) {
        Api.Result r = api.get(slaUrl + "/api/v1/deadlines/" + p.code(), token);
        long now = System.nanoTime();
        if (r.status() == 200) {
            latencies.add(now - p.receivedNanos());
            lastAppliedNanos = now;
            return true;
        }
        p.nextPoll()[0] = now + Math.min(MAX_GAP, Math.max(MIN_GAP, (now - p.receivedNanos()) / 10));
        return false;
    }
}
