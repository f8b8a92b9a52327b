package vn.motcua.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers a step's last accepted receipt (highest index answered 201) while passing every answer on, so that the
 * step's CPU can be counted until the consumers have caught up with it.
 */
final class LastCode implements ReceiptBenchmark.Answers {
    private final ReceiptBenchmark.Answers next;
    private final AtomicLong lastIndex = new AtomicLong(-1);
    private volatile String code;
    private volatile long lastAnswerNanos;
    private volatile long consumedNanos;

    LastCode(ReceiptBenchmark.Answers next) {
        this.next = next;
    }

    @Override
    public void answered(long index, long finishedNanos, Api.Result result) {
        next.answered(index, finishedNanos, result);
        if (result.status() == 201) {
            synchronized (this) {
                if (index > lastIndex.get()) {
                    lastIndex.set(index);
                    code = result.json().path("dossierCode").asText();
                }
                lastAnswerNanos = Math.max(lastAnswerNanos, finishedNanos);
            }
        }
    }

    /** Waits (at most {@code timeoutSeconds}) until processing and sla both answer 200 for the last receipt. */
    void awaitConsumed(Api api, Auth auth, String processingUrl, String slaUrl, int timeoutSeconds)
            throws InterruptedException {
        if (code == null) {
            return;
        }
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        boolean processing = false;
        boolean sla = false;
        while (!(processing && sla) && System.nanoTime() < deadline) {
            processing = processing || api.get(processingUrl + "/api/v1/dossiers/" + code, auth.admin()).status() == 200;
            sla = sla || api.get(slaUrl + "/api/v1/deadlines/" + code, auth.admin()).status() == 200;
            if (!(processing && sla)) {
                Thread.sleep(200);
            }
        }
        consumedNanos = processing && sla ? System.nanoTime() : 0;
    }

    /** Seconds from the step's last answer until processing and sla held its last receipt; NaN if they never did. */
    double consumedAfterSeconds() {
        return consumedNanos == 0 ? Double.NaN : (consumedNanos - lastAnswerNanos) / 1e9;
    }
}
