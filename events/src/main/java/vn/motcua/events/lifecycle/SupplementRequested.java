package vn.motcua.events.lifecycle;

import java.time.Instant;
import java.util.List;

/**
 * Phiếu yêu cầu bổ sung: the clock pauses (or will restart, per the procedure's policy).
 * {@code requestNumber} 2 or more is counted late by national scoring.
 */
public record SupplementRequested(
        String dossierCode,
        Instant occurredAt,
        String actor,
        String reason,
        List<String> missingDocuments,
        int requestNumber) implements DossierLifecycleEvent {

    public SupplementRequested {
        missingDocuments = missingDocuments == null ? List.of() : List.copyOf(missingDocuments);
    }
}
