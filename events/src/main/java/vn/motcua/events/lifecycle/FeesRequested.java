package vn.motcua.events.lifecycle;

import java.time.Instant;

/** Waiting for fees or taxes (status 6); the clock pauses. */
public record FeesRequested(String dossierCode, Instant occurredAt, String actor, String description)
        implements DossierLifecycleEvent {
}
