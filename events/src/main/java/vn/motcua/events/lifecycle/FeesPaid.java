package vn.motcua.events.lifecycle;

import java.time.Instant;

/** Fees paid; the clock resumes. */
public record FeesPaid(String dossierCode, Instant occurredAt, String actor) implements DossierLifecycleEvent {
}
