package vn.motcua.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One dossier of the demo history: its receipt (body without receivedAt, and the time) and the officers' actions in
 * chronological order, each with the body of POST /api/v1/dossiers/{code}/{action} (occurredAt included).
 */
record DossierPlan(Catalogue.Procedure procedure, String receivingAgencyCode, String channel, Instant receivedAt,
        Instant dueAt, Instant scoringDueAt, Ending ending, Outcome outcome, List<Step> steps, Map<String, Object> receipt) {

    /** How processing ends (OPEN: not yet, the dossier is still being processed now). */
    enum Ending { COMPLETED, REFUSED, WITHDRAWN, STOPPED, OPEN }

    /** The outcome the statistics should find, by sla-service's rule (docs/domain.md § Statistics); null while open. */
    enum Outcome { EARLY, ON_TIME, LATE }

    /** An action at a time; the body already carries occurredAt. */
    record Step(String action, Instant at, Map<String, Object> body) {
    }

    boolean overdueAt(Instant now) {
        return ending == Ending.OPEN && scoringDueAt != null && scoringDueAt.isBefore(now);
    }

    boolean rescheduled() {
        return steps.stream().anyMatch(s -> s.action().equals("reschedule"));
    }
}
