package vn.motcua.events.lifecycle;

import java.time.Instant;

/** Processing stopped with a notice and reason (status 8); ends processing. */
public record ProcessingStopped(String dossierCode, Instant occurredAt, String actor, String reason)
        implements DossierLifecycleEvent {
}
