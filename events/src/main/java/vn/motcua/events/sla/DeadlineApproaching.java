package vn.motcua.events.sla;

import java.time.Instant;

/**
 * The current appointment is within the warning lead (working days of the deciding agency, default 2) and
 * processing has not ended. {@code apologyDeadline}: the last moment an apology with a new appointment is still in
 * time, one working day before the appointment on the agency calendar (Decree 61/2018/NĐ-CP art. 12).
 */
public record DeadlineApproaching(
        String dossierCode,
        Instant occurredAt,
        int episode,
        Instant dueAt,
        String procedureCode,
        String decidingAgencyCode,
        String holdingUnitCode,
        String holdingOfficer,
        Instant apologyDeadline) implements DossierSlaEvent {
}
