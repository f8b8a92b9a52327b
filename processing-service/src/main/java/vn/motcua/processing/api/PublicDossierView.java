package vn.motcua.processing.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a citizen sees of a dossier without logging in: statuses in plain Vietnamese, dates and the
 * notices sent. Nothing personal but the masked applicant name; no officer names. {@code newAppointment} is the one
 * new appointment, set by the agency or automatically ({@code reschedule} says which, and whether it was late).
 * {@code rating}: whether the citizen is invited to rate the service now (the result was returned, no rating yet).
 */
public record PublicDossierView(String dossierCode, Status status, String procedureName, String agencyName,
        String applicantName, OffsetDateTime receivedAt, OffsetDateTime appointment, boolean rescheduled,
        OffsetDateTime newAppointment, RescheduleView reschedule, List<TimelineEntry> timeline,
        List<NoticeEntry> notices, RatingState rating) {

    public record Status(int code, String label) {
    }

    /** {@code open}: a rating may be given (POST .../rating); {@code rated}: it was given. */
    public record RatingState(boolean open, boolean rated) {
    }

    public record TimelineEntry(OffsetDateTime at, String event, Status status) {
    }

    public record NoticeEntry(String kind, String label, OffsetDateTime sentAt, String channel, String channelLabel,
            OffsetDateTime newAppointment) {
    }
}
