package vn.motcua.processing.domain;

import java.time.Instant;

/**
 * Who recorded an action and when: {@code occurredAt} is business time (may be earlier for work
 * recorded late), {@code recordedAt} the clock's time; {@code occurredAtField} names the request
 * field it came from, for error messages; {@code leader} whether the recorder holds the leader role, which work
 * recorded beyond the {@link BackdatingWindow} needs.
 */
public record Audit(String actor, Instant occurredAt, Instant recordedAt, String occurredAtField, boolean leader) {

    public Audit(String actor, Instant occurredAt, Instant recordedAt, String occurredAtField) {
        this(actor, occurredAt, recordedAt, occurredAtField, false);
    }

    public static Audit now(String actor, Instant now) {
        return new Audit(actor, now, now, "occurredAt");
    }

    public boolean backdated() {
        return occurredAt.isBefore(recordedAt);
    }
}
