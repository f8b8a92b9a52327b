package vn.motcua.notification.domain;

import java.time.Duration;

/** Retries of one channel: a bounded number of attempts, exponential backoff with a ceiling. */
public record RetryPolicy(int maxAttempts, Duration backoff, Duration maxBackoff) {

    /** Wait after the {@code failures}-th consecutive failure (1-based). */
    public Duration delayAfter(int failures) {
        Duration delay = backoff.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    public boolean exhausted(int failures) {
        return failures >= maxAttempts;
    }
}
