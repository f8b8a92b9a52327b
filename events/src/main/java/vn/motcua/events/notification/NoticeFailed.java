package vn.motcua.events.notification;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.events.NoticeKind;

/** A notice failed on every channel after the retries. */
public record NoticeFailed(
        UUID noticeId,
        String dossierCode,
        Instant occurredAt,
        int episode,
        NoticeKind kind,
        String error) implements NotificationOutcomeEvent {
}
