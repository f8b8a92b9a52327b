package vn.motcua.events.lifecycle;

import java.time.Instant;
import vn.motcua.events.FeePayment;

/** Fees paid; the clock resumes. {@code payment} says how much and through which channel (null in older events). */
public record FeesPaid(String dossierCode, Instant occurredAt, String actor, FeePayment payment)
        implements DossierLifecycleEvent {

    /** A payment recorded without its amount and channel (the contract before them). */
    public FeesPaid(String dossierCode, Instant occurredAt, String actor) {
        this(dossierCode, occurredAt, actor, null);
    }
}
