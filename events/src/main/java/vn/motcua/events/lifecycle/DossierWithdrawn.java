package vn.motcua.events.lifecycle;

import java.time.Instant;

/** Withdrawn at the applicant's request (status 7); counts as on time. */
public record DossierWithdrawn(String dossierCode, Instant occurredAt, String actor, String reason)
        implements DossierLifecycleEvent {
}
