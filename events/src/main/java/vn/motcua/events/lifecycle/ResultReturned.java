package vn.motcua.events.lifecycle;

import java.time.Instant;
import vn.motcua.events.Channel;

/** The result was handed to the applicant (status 10). */
public record ResultReturned(String dossierCode, Instant occurredAt, String actor, Channel channel)
        implements DossierLifecycleEvent {
}
