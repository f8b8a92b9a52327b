package vn.motcua.events.lifecycle;

import java.time.Instant;

/**
 * The deciding agency sets the one allowed new appointment, with a reason: the apology request.
 * Opens deadline episode 2. The original appointment is never overwritten.
 */
public record DossierRescheduled(
        String dossierCode,
        Instant occurredAt,
        String actor,
        String reason,
        Instant originalDueAt,
        Instant newDueAt,
        String signerTitle) implements DossierLifecycleEvent {
}
