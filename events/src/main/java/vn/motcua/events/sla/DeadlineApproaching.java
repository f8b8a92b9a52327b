package vn.motcua.events.sla;

import java.time.Instant;

/**
 * The current appointment is within the warning lead (default one working day, the legal
 * minimum notice for an apology) and processing has not ended.
 */
public record DeadlineApproaching(
        String dossierCode,
        Instant occurredAt,
        int episode,
        Instant dueAt,
        String procedureCode,
        String decidingAgencyCode,
        String holdingUnitCode,
        String holdingOfficer) implements DossierSlaEvent {
}
