package vn.motcua.portalsync.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The synchronisation of one agency's dossiers: changes received from the lifecycle topic, acknowledged by the
 * portal, the oldest one still waiting and the last error on it. The sync rate is acknowledged / received.
 */
public record AgencySyncStatus(String agency, long received, long acknowledged, Instant oldestPendingAt,
        String lastError) {

    public long pending() {
        return received - acknowledged;
    }

    /** Percent with one decimal, null when nothing was received (nothing to rate). */
    public BigDecimal syncRate() {
        if (received == 0) {
            return null;
        }
        return BigDecimal.valueOf(acknowledged * 100).divide(BigDecimal.valueOf(received), 1, RoundingMode.DOWN);
    }

    /** Age of the oldest unacknowledged change; zero when none waits. */
    public Duration lag(Instant now) {
        return oldestPendingAt == null || oldestPendingAt.isAfter(now) ? Duration.ZERO
                : Duration.between(oldestPendingAt, now);
    }
}
