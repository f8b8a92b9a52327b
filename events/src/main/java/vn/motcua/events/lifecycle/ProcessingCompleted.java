package vn.motcua.events.lifecycle;

import java.time.Instant;

/** Processing done, result ready (status 9); ends processing for statistics. */
public record ProcessingCompleted(String dossierCode, Instant occurredAt, String actor, String resultReference)
        implements DossierLifecycleEvent {
}
