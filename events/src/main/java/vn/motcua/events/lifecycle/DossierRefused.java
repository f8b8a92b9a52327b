package vn.motcua.events.lifecycle;

import java.time.Instant;

/** Refused (status 3), with the reason on the Phiếu từ chối. */
public record DossierRefused(String dossierCode, Instant occurredAt, String actor, String reason)
        implements DossierLifecycleEvent {
}
