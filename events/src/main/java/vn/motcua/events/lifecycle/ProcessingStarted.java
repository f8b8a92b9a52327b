package vn.motcua.events.lifecycle;

import java.time.Instant;

/** The first hand-over of a received dossier (status 2 to 4); later hand-overs are {@link StepAssigned}. */
public record ProcessingStarted(
        String dossierCode,
        Instant occurredAt,
        String actor,
        String stepName,
        String toUnitCode,
        String toOfficer,
        Instant stepDueAt) implements DossierLifecycleEvent {
}
