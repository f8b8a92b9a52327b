package vn.motcua.events.lifecycle;

import java.time.Instant;
import vn.motcua.events.LateCause;

/**
 * An officer recorded why a late step of the process-control sheet ran late. {@code stepSeq} is the step's position in
 * the dossier's hand-overs (1 = the first), as every consumer counts them; the step keeps its unit and officer. A
 * later record for the same step replaces the earlier one. Changes no status ({@link #statusAfter()} is null).
 */
public record StepLateCauseRecorded(
        String dossierCode,
        Instant occurredAt,
        String actor,
        int stepSeq,
        String stepName,
        String unitCode,
        String officer,
        LateCause cause,
        String explanation) implements DossierLifecycleEvent {
}
