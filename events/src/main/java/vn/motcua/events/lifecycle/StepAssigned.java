package vn.motcua.events.lifecycle;

import java.time.Instant;

/** A hand-over: the dossier moves to a unit/officer for a named step with its own deadline. */
public record StepAssigned(
        String dossierCode,
        Instant occurredAt,
        String actor,
        String stepName,
        String fromUnitCode,
        String fromOfficer,
        String toUnitCode,
        String toOfficer,
        Instant stepDueAt) implements DossierLifecycleEvent {
}
