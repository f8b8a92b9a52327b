package vn.motcua.events.lifecycle;

import java.time.Instant;

/**
 * Processing done, result ready (status 9); ends processing for statistics. {@code resultDigitised}: the result was
 * issued as (or also as) an electronic document; {@code resultReusedFromPortal}: it was put in the citizen's store on
 * the portal for reuse. Both null when not stated (older events).
 */
public record ProcessingCompleted(String dossierCode, Instant occurredAt, String actor, String resultReference,
        Boolean resultDigitised, Boolean resultReusedFromPortal) implements DossierLifecycleEvent {

    /** A completion without the result's digitisation (the contract before it). */
    public ProcessingCompleted(String dossierCode, Instant occurredAt, String actor, String resultReference) {
        this(dossierCode, occurredAt, actor, resultReference, null, null);
    }
}
