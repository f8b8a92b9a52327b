package vn.motcua.support.messaging;

import java.time.Duration;

/** Waits that double from {@code first} up to {@code max}, for retries that have no limit. */
record Backoff(Duration first, Duration max) {

    /** The wait after the {@code failures}-th failure in a row (1 = the first). */
    Duration after(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
