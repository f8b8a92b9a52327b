package vn.motcua.notification.application;

import java.time.Instant;
import java.util.List;
import vn.motcua.events.Contact;
import vn.motcua.events.NoticeKind;

/**
 * Everything needed to issue one notice: its key, the agency, the dates and the recipient (a citizen
 * contact, or staff addresses). Built by {@link NoticeDrafts}, consumed by {@link NoticeIssuer}.
 */
record NoticeDraft(
        String dossierCode,
        int episode,
        NoticeKind kind,
        String agencyCode,
        String agencyName,
        String accessPath,
        String procedureName,
        Instant receivedAt,
        Instant originalDueAt,
        Instant dueAt,
        Instant newDueAt,
        /** Staff alert of episode 1: the last moment an apology is still in time; null otherwise. */
        Instant apologyDeadline,
        String reason,
        String signerTitle,
        Contact citizen,
        List<String> staffEmails,
        String counterEmail,
        String holdingUnitCode,
        String holdingOfficer,
        /** A citizen letter: the slip's lookup PIN, told by e-mail only; null otherwise. */
        String lookupPin,
        /** The result notice: when the result was handed over; null otherwise. */
        Instant returnedAt) {
}
