package vn.motcua.events.sla;

import java.time.Instant;

/**
 * The current appointment passed without a processing end. Episode 1 without a reschedule asks
 * for an automatic apology; episode 2 means the one allowed new appointment was missed too.
 */
public record DeadlineMissed(
        String dossierCode,
        Instant occurredAt,
        int episode,
        Instant dueAt,
        Instant originalDueAt,
        String procedureCode,
        String decidingAgencyCode,
        String holdingUnitCode,
        String holdingOfficer) implements DossierSlaEvent {
}
