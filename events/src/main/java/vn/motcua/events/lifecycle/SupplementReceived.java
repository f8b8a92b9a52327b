package vn.motcua.events.lifecycle;

import java.time.Instant;

/** The applicant completed the dossier; the clock resumes (PAUSE) or restarts (RESTART). */
public record SupplementReceived(String dossierCode, Instant occurredAt, String actor) implements DossierLifecycleEvent {
}
