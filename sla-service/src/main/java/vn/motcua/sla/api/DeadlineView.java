package vn.motcua.sla.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * GET /api/v1/deadlines/{code}: everything sla-service knows about one dossier's deadline. {@code apologyDeadline}:
 * the last moment an apology is in time for the current appointment (episode 1 only); {@code apology}: NONE,
 * OFFICER_IN_TIME, OFFICER_LATE or AUTOMATIC.
 */
public record DeadlineView(
        String dossierCode,
        String procedureCode,
        String procedureName,
        String decidingAgencyCode,
        String receivingAgencyCode,
        String channel,
        Status status,
        OffsetDateTime receivedAt,
        ProcessingTimeView processingTime,
        String supplementPolicy,
        OffsetDateTime originalDueAt,
        OffsetDateTime scoringDueAt,
        OffsetDateTime currentDueAt,
        int currentEpisode,
        boolean rescheduled,
        OffsetDateTime apologyDeadline,
        String apology,
        boolean paused,
        List<PauseView> pausedIntervals,
        long totalPausedWorkingSeconds,
        String totalPausedWorkingTime,
        List<EpisodeView> episodes,
        Holder holder,
        List<StepView> steps,
        OffsetDateTime processingEnd,
        String outcome,
        OffsetDateTime nextCheckAt,
        OffsetDateTime migratedAt) {

    public record Status(String name, int code, String label) {
    }

    public record ProcessingTimeView(int amount, String unit) {
    }

    public record PauseView(String kind, OffsetDateTime start, OffsetDateTime end, Long workingSeconds) {
    }

    public record EpisodeView(int episode, OffsetDateTime dueAt, OffsetDateTime openedAt,
            OffsetDateTime approachingAt, OffsetDateTime missedAt) {
    }

    public record Holder(String unitCode, String officer, String stepName, OffsetDateTime stepDueAt) {
    }

    public record StepView(int seq, String stepName, String unitCode, String officer, OffsetDateTime assignedAt,
            OffsetDateTime dueAt) {
    }
}
