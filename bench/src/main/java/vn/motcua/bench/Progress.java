package vn.motcua.bench;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of a load and a line about them every few seconds: done, rate, errors, ETA. */
final class Progress {
    private static final int SHOWN_ERRORS = 8;

    final AtomicLong done = new AtomicLong();
    final AtomicLong requests = new AtomicLong();
    /** Receipts imported and actions applied: dossiers complete a wave at a time, this moves with every batch. */
    final AtomicLong applied = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    private final AtomicInteger shown = new AtomicInteger();
    private final long total;
    private final long startNanos = System.nanoTime();
    private Thread printer;

    Progress(long total) {
        this.total = total;
    }

    void start(long everyMillis) {
        printer = Thread.ofPlatform().daemon().name("progress").start(() -> {
            long lastDone = 0;
            long lastApplied = 0;
            long lastAt = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(everyMillis);
                } catch (InterruptedException e) {
                    return;
                }
                long d = done.get();
                long a = applied.get();
                long at = System.nanoTime();
                double recent = (d - lastDone) / ((at - lastAt) / 1e9);
                double recentApplied = (a - lastApplied) / ((at - lastAt) / 1e9);
                lastDone = d;
                lastApplied = a;
                lastAt = at;
                System.out.println(line(recent) + (a == 0 ? "" : String.format("  (%,d receipts and actions applied,"
                        + " %.0f/s now)", a, recentApplied)));
            }
        });
    }

    void stop() {
        if (printer != null) {
            printer.interrupt();
        }
    }

    /** Counts an error and prints its body, for the first few only. */
    void error(String what, Api.Result result) {
        errors.incrementAndGet();
        if (shown.incrementAndGet() <= SHOWN_ERRORS) {
            String body = result.body() == null ? "" : result.body();
            System.out.println("  error: " + what + " -> " + result.status() + " "
                    + (body.length() > 600 ? body.substring(0, 600) + "..." : body));
        }
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    double rate() {
        return done.get() / Math.max(0.001, seconds());
    }

    private String line(double recent) {
        long d = done.get();
        double overall = rate();
        long eta = overall > 0 ? (long) ((total - d) / Math.max(recent, overall * 0.5)) : -1;
        return String.format("  %,d / %,d dossiers (%.0f%%)  %.0f/s now, %.0f/s overall, %.1f requests/s  errors %d"
                        + "  elapsed %s  ETA %s",
                d, total, 100.0 * d / Math.max(1, total), recent, overall, requests.get() / Math.max(0.001, seconds()),
                errors.get(), clock((long) seconds()), eta < 0 ? "?" : clock(eta));
    }

    static String clock(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
