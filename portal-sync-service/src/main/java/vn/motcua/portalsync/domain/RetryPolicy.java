package vn.motcua.portalsync.domain;

import java.time.Duration;

/**
 * Retries of a change the portal did not acknowledge: exponential backoff with a ceiling, never given up, because a
 * dossier's later changes are sent only after it (the operator sees the lag grow and the last error).
 */
public record RetryPolicy(Duration backoff, Duration maxBackoff) {

    /** Wait after the {@code failures}-th consecutive failure (1-based). */
    public Duration delayAfter(int failures) {
        Duration delay = backoff.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
